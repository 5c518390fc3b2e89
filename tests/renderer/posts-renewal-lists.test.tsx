import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { PostPlacementsTable } from '../../renderer/src/features/posts/PostPlacementsTable';
import { PostWorklistsPage } from '../../renderer/src/features/posts/PostWorklistsPage';
import { SETTINGS, createFakeApi, ok } from './fake-api';
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
import { SOON, dialogTitled } from './queries';
import { renderWithApp } from './render';

// Where placements are listed: 续签 / 年度考核 on open placements for those who may write, the history under the
// row (删除 of an assessment after a confirmation), and the 合同到期 work list with its badge and its 续签.

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

describe('合同到期 work list', () => {
  it('lists the contracts with days left and the year’s assessment, its badge, and renews a row', async () => {
    const fake = createFakeApi({
      'postWorklists.counts': () => ok(COUNTS),
      'postWorklists.contractsEnding': () => ok({ asOf: '2025-03-15', items: [ENDED, ENDING], total: 2 }),
      'ruleSettings.list': () => ok(ruralContractMonths(12)),
      'placements.renew': () => ok({ placement: placement({ id: 'pl-2' }), warnings: {} }),
    });
    renderWithApp(
      <Routes>
        <Route path="/posts/worklists" element={<PostWorklistsPage />} />
      </Routes>,
      { api: fake.api, settings: SETTINGS, route: '/posts/worklists?tab=contractsEnding' },
    );
    const tab = await screen.findByRole('tab', { name: /合同30天内到期/ }, SOON);
    await waitFor(() => expect(tab).toHaveTextContent('合同30天内到期 2'));
    const table = await screen.findByRole('table', { name: '合同到期' }, SOON);
    const rows = await within(table).findAllByRole('row', {}, SOON);
    const ended = rows.find((r) => r.textContent?.includes('买买提江·艾力'))!;
    expect(ended).toHaveTextContent('653121********1134');
    expect(ended).toHaveTextContent('乌帕尔镇');
    expect(within(ended).getByText('已到期 3 天')).toBeInTheDocument();
    expect(within(ended).getByText('2025 未考核')).toBeInTheDocument();
    const ending = rows.find((r) => r.textContent?.includes('阿依古丽·吐尔逊'))!;
    expect(within(ending).getByText('2025-04-10')).toBeInTheDocument();
    expect(within(ending).getByText('26 天')).toBeInTheDocument();
    expect(within(ending).getByText('2025 不合格')).toBeInTheDocument();
    expect(fake.callsTo('postWorklists.contractsEnding')[0]).toMatchObject({ page: 1, withinDays: 30 });

    await userEvent.click(within(ending).getByRole('button', { name: '续签' }));
    const dialog = dialogTitled('续签：阿依古丽·吐尔逊（社区保洁员）');
    expect(within(dialog).getByText('2024-04-11 至 2025-04-10')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('续签理由'), '考核后已整改');
    await userEvent.click(within(dialog).getByRole('button', { name: '续签' }));
    await waitFor(() => expect(fake.callsTo('placements.renew')).toHaveLength(1), SOON);
    expect(fake.callsTo('placements.renew')[0]).toEqual({
      id: 'pl-2',
      expectedUpdatedAt: '2025-03-01T10:00:00Z',
      contractEnd: '2026-04-10',
      override: { reason: '考核后已整改' },
    });
    await waitFor(() => expect(screen.queryByText('续签：阿依古丽·吐尔逊（社区保洁员）')).not.toBeInTheDocument());
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
