import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RegistrationListItem } from '../../shared/contract/registration-list';
import { WorklistsPage } from '../../renderer/src/features/registrations/WorklistsPage';
import { ok, type CallsTo } from './fake-api';
import { PLACES } from './person-fixtures';
import { SOON, resetsToFirstPage, typeAndPick } from './queries';
import { pageScene } from './render';

// 登记台账 (the last tab of 失业登记与联系): its filters travel in the address to registrations.list, a sort is sent
// to the server, 重置 keeps the tab, a half-typed date is not sent, rows open the person's registration tab, the
// masked 公民身份号码 is revealed in place, and the empty states say why the list is empty.

const FULL = '653121199001010317';
const MASKED = '653121********0317';

const CANCELLED: RegistrationListItem = {
  id: 'r1',
  personId: 'p1',
  personName: '阿不都热合曼·买买提',
  idNumberMasked: MASKED,
  townshipName: '乌帕尔镇',
  villageName: '阿亚格曼干村',
  regDate: '2025-01-06',
  reason: '02',
  serviceLevel: 'C',
  responsibleStaff: '买买提·艾力',
  status: 'cancelled',
  cancelDate: '2025-03-01',
  cancelReason: 'C01',
};
const ACTIVE: RegistrationListItem = {
  ...CANCELLED,
  id: 'r2',
  personId: 'p2',
  personName: '古丽米拉·艾力',
  idNumberMasked: '653121********1234',
  status: 'active',
  cancelDate: null,
  cancelReason: null,
};

const COUNTS = { month: '2025-03', asOf: '2025-03-15', toContact: 0, lostContact: 0, firstContactDue: 0 };

const renderPage = pageScene(<WorklistsPage />, {
  'regions.list': () => ok({ items: PLACES }),
  'contactWorklists.counts': () => ok(COUNTS),
  'registrations.list': () => ok({ items: [CANCELLED, ACTIVE], total: 2 }),
  'registrations.staffNames': () => ok({ items: [{ staff: '买买提·艾力', count: 2 }] }),
  'persons.revealId': () => ok({ idNumber: FULL }),
});

const lastList = (callsTo: CallsTo) => callsTo('registrations.list').at(-1);

describe('登记台账', { timeout: 60_000 }, () => {
  it('reads every filter from the address and shows the rows with their 状态 and 注销原因', async () => {
    const { callsTo } = renderPage(
      '/registrations?list=ledger&q=0317&township=t1&village=v1&status=cancelled&regFrom=2025-01-01&regTo=2025-01-31' +
        '&cancelFrom=2025-03-01&cancelTo=2025-03-31&reason=C01&staff=买买提·艾力&sort=regDate.asc&page=2&size=50',
    );
    const table = await screen.findByRole('table', { name: '登记台账' }, SOON);
    expect(lastList(callsTo)).toEqual({
      query: '0317',
      townshipId: 't1',
      villageId: 'v1',
      status: 'cancelled',
      regFrom: '2025-01-01',
      regTo: '2025-01-31',
      cancelFrom: '2025-03-01',
      cancelTo: '2025-03-31',
      cancelReason: 'C01',
      staff: '买买提·艾力',
      sort: { field: 'regDate', order: 'asc' },
      page: 2,
      pageSize: 50,
    });
    const row = (await within(table).findByText(CANCELLED.personName, {}, SOON)).closest('tr') as HTMLElement;
    expect(within(row).getByText('已注销')).toBeInTheDocument();
    expect(within(row).getByText('被用人单位录用')).toBeInTheDocument();
    const active = within(table).getByText(ACTIVE.personName).closest('tr') as HTMLElement;
    expect(within(active).getByText('有效')).toBeInTheDocument();
    const bar = screen.getByRole('search', { name: '查找失业登记' });
    expect(within(bar).getByRole('searchbox', { name: '搜索' })).toHaveValue('0317');
    expect(within(bar).getByRole('textbox', { name: '登记日期起' })).toHaveValue('2025-01-01');
    expect(within(bar).getByRole('textbox', { name: '注销日期止' })).toHaveValue('2025-03-31');
    expect(screen.getByRole('tab', { name: '登记台账', selected: true })).toBeInTheDocument();
    // The work lists' month belongs to them: not on this tab, and their list is not read.
    expect(screen.queryByRole('textbox', { name: '月份' })).not.toBeInTheDocument();
    expect(callsTo('contactWorklists.toContact')).toEqual([]);
  });

  it('sends what is chosen in the bar; a half-typed date is not sent; 重置 clears and stays on the tab', async () => {
    const { callsTo, router } = renderPage('/registrations?list=ledger');
    await screen.findByRole('table', { name: '登记台账' }, SOON);
    expect(lastList(callsTo)).toEqual({ page: 1, pageSize: 20 });

    await userEvent.click(screen.getByText('已注销'));
    await waitFor(() => expect(lastList(callsTo)).toEqual({ status: 'cancelled', page: 1, pageSize: 20 }), SOON);
    await typeAndPick(screen.getByRole('combobox', { name: '注销原因' }), '被用人单位录用');
    await waitFor(() => expect(lastList(callsTo)).toMatchObject({ cancelReason: 'C01' }), SOON);
    // (Two selects opened in one test share rc-select's test id: the second option is clicked, not taken by Enter.)
    await userEvent.type(screen.getByRole('combobox', { name: '联系责任人' }), '买买提');
    await userEvent.click(await screen.findByText('买买提·艾力（2）', {}, SOON));
    await waitFor(() => expect(lastList(callsTo)).toMatchObject({ staff: '买买提·艾力' }), SOON);

    const from = screen.getByRole('textbox', { name: '注销日期起' });
    await userEvent.type(from, '2025-0{Enter}');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect((lastList(callsTo) as { cancelFrom?: string }).cancelFrom).toBeUndefined();
    await userEvent.clear(from);
    await userEvent.type(from, '2025年3月1日{Enter}');
    await waitFor(() => expect(lastList(callsTo)).toMatchObject({ cancelFrom: '2025-03-01' }), SOON);
    expect(router.state.location.search).toContain('cancelFrom=2025-03-01');

    await userEvent.click(screen.getByRole('columnheader', { name: /注销日期/ }));
    await waitFor(() => expect(lastList(callsTo)).toMatchObject({ sort: { field: 'cancelDate', order: 'asc' } }), SOON);

    await resetsToFirstPage(callsTo, 'registrations.list', '查找失业登记');
    expect(router.state.location.search).toBe('?list=ledger');
    expect(screen.getByRole('textbox', { name: '注销日期起' })).toHaveValue('');
  });

  it('opens the person’s registration tab from a row and reveals the number without opening it', async () => {
    const { callsTo, router } = renderPage('/registrations?list=ledger');
    const table = await screen.findByRole('table', { name: '登记台账' }, SOON);
    const row = (await within(table).findByText(CANCELLED.personName, {}, SOON)).closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: '显示完整号码' }));
    expect(await within(row).findByText(FULL)).toBeInTheDocument();
    expect(callsTo('persons.revealId')).toEqual([{ id: 'p1' }]);
    expect(router.state.location.pathname).toBe('/registrations');
    await userEvent.click(within(row).getByText('乌帕尔镇'));
    expect(router.state.location.pathname).toBe('/persons/p1');
    expect(router.state.location.search).toBe('?tab=registrations');
  });

  it.each([
    ['/registrations?list=ledger', '还没有失业登记。在人员信息中打开人员，于“失业登记与联系”中办理登记。'],
    ['/registrations?list=ledger&status=active', '没有符合条件的失业登记，可点“重置”清除条件'],
  ])('says why %s is empty', async (route, text) => {
    renderPage(route, { 'registrations.list': () => ok({ items: [], total: 0 }) });
    expect(await screen.findByText(text, {}, SOON)).toBeInTheDocument();
  });

  it('keeps the 乡镇 chosen on a work list when the tab is opened', async () => {
    const { callsTo, router } = renderPage('/registrations?township=t1', {
      'contactWorklists.toContact': () =>
        ok({ items: [], total: 0, asOf: '2025-03-15', month: '2025-03', groups: [], staff: [] }),
    });
    await userEvent.click(await screen.findByRole('tab', { name: '登记台账' }, SOON));
    await waitFor(() => expect(lastList(callsTo)).toEqual({ townshipId: 't1', page: 1, pageSize: 20 }), SOON);
    expect(router.state.location.search).toBe('?list=ledger&township=t1');
  });
});
