import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { PostPlacementsTable } from '../../renderer/src/features/posts/PostPlacementsTable';
import { PostWorklistsPage } from '../../renderer/src/features/posts/PostWorklistsPage';
import type { Role } from '../../shared/contract/accounts';
import { SETTINGS, createFakeApi, failed, ok, type FakeHandlers } from './fake-api';
import {
  assessment,
  contractItem,
  leftPlacement,
  placement,
  postCounts,
  renewal,
  ruralContractMonths,
} from './placement-fixtures';
import { as, renderPersonPosts } from './placement-scene';
import { SOON, dialogTitled, onlyCallTo } from './queries';
import { renderWithApp } from './render';

// Where placements are listed: 续签 / 年度考核 on open placements for those who may write, the history under the
// row (删除 of an assessment after a confirmation), and the 合同到期 work list with its badge, its 补贴截止 and its
// 续签 / 年度考核 / 修改 (the last two read the whole placement first; none for an account that only reads).

const COUNTS = postCounts({ contractsEnding: 2 });
const ENDED = contractItem({ contractEnd: '2025-03-12', daysLeft: -3 });
const ENDING = contractItem({
  placementId: 'pl-2',
  personId: 'p2',
  personName: '阿依古丽·吐尔逊',
  idNumberMasked: '653121********2228',
  contractStart: '2024-04-11',
  contractEnd: '2025-04-10',
  daysLeft: 26,
  assessmentResult: 'fail',
  updatedAt: '2025-03-01T10:00:00Z',
});

/** The 合同到期 tab listing ENDED and ENDING, with `handlers` besides, for an account with `role` (default 管理员). */
function renderContracts(handlers: FakeHandlers = {}, role?: Role) {
  const fake = createFakeApi({
    'postWorklists.counts': () => ok(COUNTS),
    'postWorklists.contractsEnding': () => ok({ asOf: '2025-03-15', items: [ENDED, ENDING], total: 2 }),
    ...handlers,
  });
  renderWithApp(
    <Routes>
      <Route path="/posts/worklists" element={<PostWorklistsPage />} />
    </Routes>,
    { api: fake.api, settings: SETTINGS, route: '/posts/worklists?tab=contractsEnding', account: role && as(role) },
  );
  return fake;
}

/** The work list's table and its two rows, once read. */
async function contractRows() {
  const table = await screen.findByRole('table', { name: '合同到期' }, SOON);
  const rowWith = (name: string) => within(table).getByText(name).closest('tr') as HTMLElement;
  await within(table).findByText('阿依古丽·吐尔逊', {}, SOON);
  return { table, ended: rowWith('买买提江·艾力'), ending: rowWith('阿依古丽·吐尔逊') };
}

describe('合同到期 work list', () => {
  it('lists the contracts with days left and the year’s assessment, its badge, and renews a row', async () => {
    const fake = renderContracts({
      'ruleSettings.list': () => ok(ruralContractMonths(12)),
      'placements.renew': () => ok({ placement: placement({ id: 'pl-2' }), warnings: {} }),
    });
    const tab = await screen.findByRole('tab', { name: /合同30天内到期/ }, SOON);
    await waitFor(() => expect(tab).toHaveTextContent('合同30天内到期 2'));
    const { ended, ending } = await contractRows();
    expect(ended).toHaveTextContent('653121********1134');
    expect(ended).toHaveTextContent('乌帕尔镇');
    expect(within(ended).getByText('已到期 3 天')).toBeInTheDocument();
    expect(within(ended).getByText('2025 未考核')).toBeInTheDocument();
    expect(within(ending).getByText('2025-04-10')).toBeInTheDocument();
    expect(within(ending).getByText('26 天')).toBeInTheDocument();
    expect(within(ending).getByText('2025 不合格')).toBeInTheDocument();
    expect(fake.callsTo('postWorklists.contractsEnding')[0]).toMatchObject({ page: 1, withinDays: 30 });

    await userEvent.click(within(ending).getByRole('button', { name: '续签' }));
    const dialog = dialogTitled('续签：阿依古丽·吐尔逊（社区保洁员）');
    expect(within(dialog).getByText('2024-04-11 至 2025-04-10')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('续签理由'), '考核后已整改');
    await userEvent.click(within(dialog).getByRole('button', { name: '续签' }));
    expect(await onlyCallTo(fake.callsTo, 'placements.renew')).toEqual({
      id: 'pl-2',
      expectedUpdatedAt: '2025-03-01T10:00:00Z',
      contractEnd: '2026-04-10',
      override: { reason: '考核后已整改' },
    });
    await waitFor(() => expect(screen.queryByText('续签：阿依古丽·吐尔逊（社区保洁员）')).not.toBeInTheDocument());
  });

  it('shows each row’s 补贴截止 (至退休 when it is the retirement limit)', async () => {
    renderContracts({
      'ruleSettings.list': () => ok(ruralContractMonths(12)),
      'postWorklists.contractsEnding': () =>
        ok({
          asOf: '2025-03-15',
          items: [
            { ...ENDED, subsidyEndMonth: '2027-02', extendedToRetirement: false },
            { ...ENDING, subsidyEndMonth: '2025-06', extendedToRetirement: true },
          ],
          total: 2,
        }),
    });
    const { table, ended, ending } = await contractRows();
    expect(within(table).getByRole('columnheader', { name: '补贴截止年月' })).toBeInTheDocument();
    expect(ended).toHaveTextContent('2027年2月');
    expect(ended).not.toHaveTextContent('至退休');
    expect(ending).toHaveTextContent('2025年6月（至退休）');
    // The 续签 from the row shows it too.
    await userEvent.click(within(ending).getByRole('button', { name: '续签' }));
    const dialog = dialogTitled('续签：阿依古丽·吐尔逊（社区保洁员）');
    expect(within(dialog).getByText('2025年6月（至退休）')).toBeInTheDocument();
  });

  it('opens 年度考核 and 修改 of a row with the placement read in full', async () => {
    const full = placement({
      id: 'pl-2',
      personName: '阿依古丽·吐尔逊',
      contractStart: '2024-04-11',
      contractEnd: '2025-04-10',
      accidentInsurance: 'PICC-2024-7',
      assessments: [assessment('as-9', 2024, 'pass')],
    });
    const fake = renderContracts({ 'placements.get': () => ok(full) });
    const { ending } = await contractRows();
    expect(within(ending).getByRole('button', { name: '续签' })).toBeInTheDocument();

    await userEvent.click(within(ending).getByRole('button', { name: '年度考核' }));
    await waitFor(() => expect(dialogTitled('年度考核：阿依古丽·吐尔逊（社区保洁员）')).toBeInTheDocument(), SOON);
    expect(fake.callsTo('placements.get')).toEqual([{ id: 'pl-2' }]);
    const assess = dialogTitled('年度考核：阿依古丽·吐尔逊（社区保洁员）');
    // The year deciding the renewal of a contract ending 2025-04-10, and the record's own assessments.
    expect(within(assess).getByLabelText('考核年度')).toHaveValue('2024');
    expect(within(assess).getByText('该年度已记录为合格，保存将替换')).toBeInTheDocument();
    await userEvent.click(within(assess).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByText('年度考核：阿依古丽·吐尔逊（社区保洁员）')).not.toBeInTheDocument());

    await userEvent.click(within(ending).getByRole('button', { name: '修改' }));
    await waitFor(() => expect(dialogTitled('修改安置信息：阿依古丽·吐尔逊（社区保洁员）')).toBeInTheDocument(), SOON);
    const edit = dialogTitled('修改安置信息：阿依古丽·吐尔逊（社区保洁员）');
    expect(within(edit).getByLabelText('合同(协议)截止日期')).toHaveValue('2025-04-10');
    expect(within(edit).getByLabelText('意外伤害保险保单号')).toHaveValue('PICC-2024-7');
  });

  it('says why when the placement cannot be read, and opens no dialog', async () => {
    renderContracts({ 'placements.get': () => failed('NOT_FOUND', '找不到该安置记录。') });
    const { ending } = await contractRows();
    await userEvent.click(within(ending).getByRole('button', { name: '修改' }));
    expect(await screen.findByText('找不到该安置记录。', {}, SOON)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a 只读 account sees the rows but no 续签, 年度考核, 修改 nor 操作 column', async () => {
    renderContracts({}, 'readonly');
    const { table, ending } = await contractRows();
    expect(ending).toHaveTextContent('2025-04-10');
    for (const name of ['续签', '年度考核', '修改'])
      expect(within(table).queryByRole('button', { name })).not.toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: '操作' })).not.toBeInTheDocument();
  });
});

describe('placements on the post page and the person page', () => {
  const OPEN = placement({
    assessments: [assessment('as-2', 2025, 'fail'), assessment('as-1', 2024, 'pass')],
    renewals: [renewal({ overrideReason: '2023年度考核不合格，已整改' })],
  });
  const LEFT = leftPlacement();

  const rowOf = (name: string) => screen.getAllByRole('row').find((r) => r.textContent?.includes(name))!;

  it('offers 续签 and 年度考核 on an open placement only, and shows its assessments and renewals under the row', async () => {
    const fake = createFakeApi({ 'placements.removeAssessment': () => ok(OPEN) });
    renderWithApp(<PostPlacementsTable items={[OPEN, LEFT]} loading={false} onLeave={vi.fn()} onReport={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
      account: as('clerk'),
    });
    const open = rowOf('买买提江·艾力');
    expect(within(open).getByRole('button', { name: '续签' })).toBeInTheDocument();
    expect(within(open).getByRole('button', { name: '年度考核' })).toBeInTheDocument();
    expect(within(rowOf('热依拉·买买提')).queryByRole('button', { name: '续签' })).not.toBeInTheDocument();

    await userEvent.click(within(open).getByRole('button', { name: '展开行' }));
    const assessments = await screen.findByRole('table', { name: '买买提江·艾力的年度考核' });
    const years = within(assessments).getAllByRole('row').slice(1);
    expect(years.map((r) => r.textContent)).toEqual([
      expect.stringContaining('2025不合格'),
      expect.stringContaining('2024合格'),
    ]);
    const renewals = screen.getByRole('table', { name: '买买提江·艾力的续签记录' });
    expect(within(renewals).getAllByRole('row')[1]).toHaveTextContent(
      /2023-03-15 至\s*2024-03-14\s*2024-03-15 至\s*2025-03-14\s*2024-03-10/,
    );
    expect(within(renewals).getByText('2023年度考核不合格，已整改')).toBeInTheDocument();

    await userEvent.click(within(years[0]).getByRole('button', { name: '删除' }));
    const confirm = await screen.findByRole('dialog', {}, SOON);
    expect(confirm).toHaveTextContent('确定删除买买提江·艾力 2025年度考核结果（不合格）吗？');
    expect(fake.callsTo('placements.removeAssessment')).toEqual([]);
    await userEvent.click(within(confirm).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(fake.callsTo('placements.removeAssessment')).toEqual([{ id: 'as-2' }]), SOON);
    expect(await screen.findByText('已删除2025年度考核结果')).toBeInTheDocument();
  });

  it('opens 年度考核 from the person page; a 只读 account sees the history but no actions', async () => {
    const { unmount } = renderPersonPosts([OPEN, LEFT], 'clerk');
    const open = await screen.findByRole('button', { name: '年度考核' }, SOON);
    expect(screen.getAllByRole('button', { name: '续签' })).toHaveLength(1);
    await userEvent.click(open);
    expect(dialogTitled('年度考核：买买提江·艾力（社区保洁员）')).toBeInTheDocument();
    unmount();

    renderPersonPosts([OPEN, LEFT], 'readonly');
    const table = await screen.findByRole('table', { name: '公益性岗位安置' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2));
    expect(within(table).queryByRole('button', { name: '续签' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: '年度考核' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: '操作' })).not.toBeInTheDocument();
    await userEvent.click(within(table).getAllByRole('button', { name: '展开行' })[0]);
    const assessments = await screen.findByRole('table', { name: '买买提江·艾力的年度考核' });
    expect(within(assessments).queryByRole('button', { name: '删除' })).not.toBeInTheDocument();
  });
});
