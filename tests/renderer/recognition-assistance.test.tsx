import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RecognitionWorklistsPage } from '../../renderer/src/features/recognitions/RecognitionWorklistsPage';
import { RecognitionsNavBadge } from '../../renderer/src/features/recognitions/RecognitionsNavBadge';
import { RegistrationContactEntry } from '../../renderer/src/features/registrations';
import type { AssistanceDueItem } from '../../shared/contract/recognitions';
import { REG, REG_ID } from './contact-fixtures';
import { ACCOUNT, SETTINGS, createFakeApi, ok } from './fake-api';
import { ABDU } from './person-fixtures';
import { dialogTitled } from './queries';
import { renderWithApp } from './render';
import { NO_RECOGNITION_COUNTS, RECOGNISED_ITEM } from './recognition-fixtures';

// BR-06's 待就业援助 tab (INFO.today 2025-03-15): the count on the tab, the person's last assistance and contact, the
// days without assistance, and 记录联系 opening the quick contact drawer on the person's active registration.

/** 阿不都热合曼, registered (REG), recognised 2024-09-01 and never assisted since. */
const DUE: AssistanceDueItem = {
  ...RECOGNISED_ITEM,
  idNumberMasked: REG.idNumberMasked,
  registrationId: REG_ID,
  phoneMasked: '138****5678',
  lastAssistanceServiceDate: null,
  lastPostDay: null,
  lastContactDate: '2025-03-01',
  daysWithoutAssistance: 195,
};
/** A 补录 without a registration, once on a post and given an SV7 before that. */
const UNREGISTERED: AssistanceDueItem = {
  ...DUE,
  id: 'rec2',
  personId: 'p2',
  personName: '古丽米拉·艾力',
  recognitionDate: null,
  backfilled: true,
  registrationId: null,
  phoneMasked: null,
  lastAssistanceServiceDate: '2024-05-10',
  lastPostDay: '2024-10-31',
  lastContactDate: null,
  daysWithoutAssistance: 135,
};

const COUNTS = { ...NO_RECOGNITION_COUNTS, assistanceDue: 2 };

function setup(account = ACCOUNT) {
  const fake = createFakeApi({
    'recognitionWorklists.counts': () => ok(COUNTS),
    'recognitionWorklists.assistanceDue': () => ok({ asOf: '2025-03-15', items: [DUE, UNREGISTERED], total: 2 }),
    'registrations.get': () => ok(REG),
  });
  renderWithApp(<RecognitionWorklistsPage contactEntry={RegistrationContactEntry} />, {
    api: fake.api,
    settings: SETTINGS,
    route: '/recognitions?tab=assistanceDue',
    account,
  });
  return fake;
}

const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr') as HTMLElement;

describe('就业困难人员认定 → 待就业援助', () => {
  it('lists the persons with their last assistance, contact and days without; 记录联系 opens the contact drawer', async () => {
    const { callsTo } = setup();
    expect(await screen.findByRole('tab', { name: '待就业援助 2' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('table', { name: '待就业援助' })).toBeInTheDocument();
    expect(callsTo('recognitionWorklists.assistanceDue')).toEqual([{ page: 1, pageSize: 20 }]);

    const due = await rowOf(ABDU.name);
    expect(due).toHaveTextContent('2024-09-01');
    expect(due).toHaveTextContent('无'); // no SV7 service yet
    expect(due).toHaveTextContent('2025-03-01');
    expect(due).toHaveTextContent('195 天（认定以来）');
    expect(within(due).getByRole('link', { name: '联系记录' })).toHaveAttribute(
      'href',
      `/persons/${ABDU.id}?tab=registrations`,
    );
    const other = await rowOf('古丽米拉·艾力');
    expect(other).toHaveTextContent('2024-05-10');
    expect(other).toHaveTextContent('公益性岗位在岗至 2024-10-31');
    expect(other).toHaveTextContent('135 天');
    expect(other).not.toHaveTextContent('认定以来');
    // No active registration: no contact can be recorded.
    expect(within(other).queryByRole('button', { name: '记录联系' })).toBeNull();

    await userEvent.click(within(due).getByRole('button', { name: '记录联系' }));
    const drawer = await waitFor(() => dialogTitled('记录联系'));
    expect(callsTo('registrations.get')).toEqual([{ id: REG_ID }]);
    expect(await within(drawer).findByText('138****5678')).toBeInTheDocument();
    expect(within(drawer).getAllByText(new RegExp(ABDU.name)).length).toBeGreaterThan(0);
  });

  it('gives a read-only account the list without 记录联系', async () => {
    setup({ ...ACCOUNT, role: 'readonly' });
    const due = await rowOf(ABDU.name);
    expect(within(due).queryByRole('button', { name: '记录联系' })).toBeNull();
    expect(within(due).getByRole('link', { name: '联系记录' })).toBeInTheDocument();
  });

  it('adds the persons due to the navigation badge of 就业困难人员认定', async () => {
    const counts = { ...COUNTS, pendingVillage: 1, shouldExit: 1 };
    const fake = createFakeApi({
      'home.badges': () =>
        ok({
          contacts: { month: '2025-03', asOf: '2025-03-15', toContact: 0, lostContact: 0, firstContactDue: 0 },
          recognitions: counts,
          posts: {},
          internships: { ending: 0, expiringBases: 0 },
        }),
    });
    renderWithApp(<RecognitionsNavBadge />, { api: fake.api, settings: SETTINGS });
    const badge = await screen.findByTitle(
      '待初审 1 人，公示中 0 人，待乡镇审核 0 人，待县级确认 0 人，应退出 1 人，待就业援助 2 人',
    );
    expect(badge).toHaveTextContent('4');
  });
});
