import type { ReactElement } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ContactEntryDrawer } from '../../renderer/src/features/registrations/ContactEntryDrawer';
import { RegistrationContactEntry } from '../../renderer/src/features/registrations';
import { targetOfLookup } from '../../renderer/src/features/registrations/contact-values';
import type { HomeVisitStateOut, RegistrationDetail } from '../../shared/contract/registrations';
import { GULI, REG, REG_ID } from './contact-fixtures';
import { ok, type FakeHandlers } from './fake-api';
import { dialogTitled } from './queries';
import { renderWithFakeApi } from './render';
import { showRegistrationTab } from './registration-tab';

// BR-09 / CFG-22: a level-A registration shows the quarter's home visit on the person's 失业登记 tab, and the contact
// drawer says so near 联系方式 while a visit is due (INFO.today is 2025-03-15: the quarter ends 2025-03-31).

const DUE: HomeVisitStateOut = {
  required: 1,
  count: 0,
  lastDate: null,
  due: true,
  quarterStart: '2025-01-01',
  quarterEnd: '2025-03-31',
};
const DUE_TEXT = '本季度尚未入户走访（重点帮扶对象每季度至少1次，季度末 2025-03-31）';
const levelA = (homeVisit: HomeVisitStateOut): RegistrationDetail => ({ ...REG, serviceLevel: 'A', homeVisit });

function openDrawer(node: ReactElement, handlers: FakeHandlers) {
  return renderWithFakeApi(node, handlers);
}

/** A pre-filled drawer puts the focus in 联系结果 once open: wait for it before the test ends. */
const ready = () =>
  waitFor(() => expect(within(dialogTitled('记录联系')).getByRole('combobox', { name: '联系结果' })).toHaveFocus());

describe('入户走访 each quarter for 重点帮扶 (level A)', { timeout: 60_000 }, () => {
  it('the registration tab: an orange tag while due, with the quarter end', async () => {
    const card = await showRegistrationTab(levelA(DUE));
    expect(within(card).getByText(DUE_TEXT)).toHaveClass('ant-tag-orange');
  });

  it('the registration tab: 本季度已入户走访 with the date', async () => {
    const card = await showRegistrationTab(levelA({ ...DUE, count: 1, lastDate: '2025-03-05', due: false }));
    expect(within(card).getByText('本季度已入户走访 2025-03-05')).toBeInTheDocument();
    expect(within(card).queryByText(DUE_TEXT)).not.toBeInTheDocument();
  });

  it('the contact drawer opened on the registration hints at 入户走访 while due', async () => {
    openDrawer(<RegistrationContactEntry registrationId={REG_ID} phoneMasked={null} onClose={vi.fn()} />, {
      'registrations.get': () => ok(levelA(DUE)),
    });
    expect(await screen.findByText(DUE_TEXT)).toBeInTheDocument();
    await ready();
  });

  it('a level-A person picked from the lookup: the drawer reads the registration for the hint', async () => {
    const fake = openDrawer(
      <ContactEntryDrawer target={targetOfLookup({ ...GULI, serviceLevel: 'A' })} onClose={vi.fn()} />,
      {
        'registrations.get': () => ok(levelA(DUE)),
      },
    );
    expect(await screen.findByText(DUE_TEXT)).toBeInTheDocument();
    expect(fake.callsTo('registrations.get')).toEqual([{ id: GULI.registrationId }]);
    await ready();
  });

  it('no read and no hint for level C', async () => {
    const fake = openDrawer(<ContactEntryDrawer target={targetOfLookup(GULI)} onClose={vi.fn()} />, {});
    await screen.findByText('138****5678');
    await ready();
    await waitFor(() => expect(screen.queryByText(DUE_TEXT)).not.toBeInTheDocument());
    expect(fake.callsTo('registrations.get')).toEqual([]);
  });
});
