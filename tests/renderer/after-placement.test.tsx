import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CancelRegistrationOffer } from '../../renderer/src/components/CancelRegistrationOffer';
import { SETTINGS, createFakeApi } from './fake-api';
import { ABDU } from './person-fixtures';
import { CANCEL_AS_EMPLOYED, REG, REG_ID } from './contact-fixtures';
import { renderWithApp } from './render';
import { showRegistrationTab } from './registration-tab';

// Issue 18, after a placement: the registration is cancelled where the clerk is (one click, reason and date
// chosen); a person with an active registration is not offered 新增失业登记; an overdue first contact stands
// out on the person page. INFO.today is 2025-03-15.

describe('after a placement', { timeout: 60_000 }, () => {
  it('cancels the active registration in one click, reason 被用人单位录用 on the 上岗日期', async () => {
    const fake = createFakeApi(CANCEL_AS_EMPLOYED);
    const onClose = vi.fn();
    renderWithApp(
      <CancelRegistrationOffer
        employed={{ personId: ABDU.id, personName: ABDU.name, startDate: '2025-03-12' }}
        event="placement"
        onClose={onClose}
      />,
      { api: fake.api, settings: SETTINGS },
    );
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/2025-03-03 登记的有效失业登记/)).toHaveTextContent(
      '注销日期 2025-03-12，注销原因“被用人单位录用”',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: '注销失业登记' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(fake.callsTo('registrations.cancel')).toEqual([
      { id: REG_ID, cancelDate: '2025-03-12', cancelReason: 'C01', cancelNote: '公益性岗位安置上岗' },
    ]);
    expect(await screen.findByText(/已注销“.+”的失业登记，就业状态改为“单位就业”/)).toBeInTheDocument();
  });

  it('the person page: no 新增失业登记 while a registration is active, and the missed first contact in red', async () => {
    const card = await showRegistrationTab(REG);
    expect(within(card).getByText('首次联系已逾期')).toBeInTheDocument();
    expect(within(card).getByText('2025-03-10（已逾期，尚未联系）')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: '记录联系' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /新增失业登记/ })).not.toBeInTheDocument();
  });
});
