import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PostPlacementsTable } from '../../renderer/src/features/posts/PostPlacementsTable';
import { ClassPage } from '../../renderer/src/features/training/ClassPage';
import type { ClassDetail } from '../../shared/contract/training';
import { SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { assessment, placement } from './placement-fixtures';
import { as } from './placement-scene';
import { SOON } from './queries';
import { renderWithApp } from './render';
import { CLASS, trainee } from './training-scene';

// 已删除 and 恢复 of the records deleted softly by migration 0024: a placement's 年度考核 results (under its row)
// and a class's removed trainees (on the class page). The switch lists the deleted ones with who deleted them, when
// and why; 恢复 asks first (取消 sends nothing) and shows the core's refusal when the record cannot come back.

const removed = { deletedAt: '2026-11-20T03:00:00.000Z', deletedBy: '古丽', deleteReason: '录错人员' };

describe('年度考核: 已删除 and 恢复', { timeout: 60_000 }, () => {
  // Its one result deleted: the row still opens its history, for 已删除.
  const OPEN = placement({ assessments: [], deletedAssessments: 1 });
  const DELETED = { ...assessment('as-2', 2025, 'fail'), ...removed };

  it('lists the deleted results under the row and restores one after asking', async () => {
    const fake = createFakeApi({
      'placements.deletedAssessments': () => ok({ items: [DELETED] }),
      'placements.restoreAssessment': () => ok(OPEN),
    });
    renderWithApp(<PostPlacementsTable items={[OPEN]} loading={false} onLeave={vi.fn()} onReport={vi.fn()} />, {
      api: fake.api,
      settings: SETTINGS,
      account: as('clerk'),
    });
    const row = screen.getAllByRole('row').find((r) => r.textContent?.includes('买买提江·艾力'))!;
    await userEvent.click(within(row).getByRole('button', { name: '展开行' }));
    expect(await screen.findByRole('table', { name: '买买提江·艾力的年度考核' })).toBeInTheDocument();
    expect(fake.callsTo('placements.deletedAssessments')).toEqual([]);

    await userEvent.click(screen.getByRole('switch', { name: '已删除' }));
    const table = await screen.findByRole('table', { name: '买买提江·艾力已删除的年度考核' });
    const line = await within(table).findByRole('row', { name: /2025/ });
    expect(line).toHaveTextContent(/2025不合格2025-12-20.*古丽录错人员/);
    expect(fake.callsTo('placements.deletedAssessments')).toEqual([{ placementId: OPEN.id }]);

    await userEvent.click(within(line).getByRole('button', { name: '恢复2025年度考核' }));
    const confirm = await screen.findByRole('dialog', {}, SOON);
    expect(confirm).toHaveTextContent('确定恢复“买买提江·艾力 2025年度考核结果（不合格）”吗？');
    await userEvent.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(fake.callsTo('placements.restoreAssessment')).toEqual([]);

    await userEvent.click(within(line).getByRole('button', { name: '恢复2025年度考核' }));
    await waitFor(() => expect(screen.getAllByRole('button', { name: '恢复' }).length).toBeGreaterThan(0));
    await userEvent.click(screen.getAllByRole('button', { name: '恢复' }).at(-1)!);
    await waitFor(() => expect(fake.callsTo('placements.restoreAssessment')).toEqual([{ id: 'as-2' }]), SOON);
    expect(await screen.findByText('已恢复“买买提江·艾力 2025年度考核结果（不合格）”')).toBeInTheDocument();
  });
});

describe('培训学员: 已删除 and 恢复', { timeout: 60_000 }, () => {
  const B = trainee({ id: 'x2', personName: '买买提江' });
  const FILED: ClassDetail = { ...CLASS, status: '02', statusLabel: '已备案', enrolled: 1, trainees: [B] };
  const A = {
    id: 'x1',
    personId: 'pa',
    personName: '阿依古丽',
    idNumberMasked: '653121********2228',
    categoryLabel: '城镇登记失业人员',
    enrolDate: '2026-11-12',
    ...removed,
  };

  it('lists the removed trainees instead of the class’s, and shows the core’s refusal of a restore', async () => {
    const FULL = '培训班计划人数 1 人已满';
    const fake = createFakeApi({
      'training.classes.get': () => ok(FILED),
      'training.removedTrainees': () => ok({ items: [A] }),
      'training.restoreTrainee': () => failed('RULE_VIOLATION', FULL, { id: FULL }),
    });
    renderWithApp(<ClassPage id="c1" />, { api: fake.api, settings: SETTINGS });
    expect(await screen.findByRole('table', { name: '学员' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: '已删除' }));
    const table = await screen.findByRole('table', { name: '已移除的学员' });
    const line = await within(table).findByRole('row', { name: /阿依古丽/ });
    expect(line).toHaveTextContent(/城镇登记失业人员2026-11-12.*古丽录错人员/);
    expect(within(table).queryByText('买买提江')).toBeNull();
    expect(fake.callsTo('training.removedTrainees')).toEqual([{ classId: 'c1' }]);

    await userEvent.click(within(line).getByRole('button', { name: '恢复 阿依古丽' }));
    const confirm = await screen.findByRole('dialog', {}, SOON);
    expect(confirm).toHaveTextContent('确定恢复“阿依古丽（培训班 PX2026-001）”吗？');
    expect(fake.callsTo('training.restoreTrainee')).toEqual([]);
    await userEvent.click(within(confirm).getByRole('button', { name: '恢复' }));
    expect(await screen.findByText(FULL)).toBeInTheDocument();
    expect(fake.callsTo('training.restoreTrainee')).toEqual([{ id: 'x1' }]);

    await userEvent.click(screen.getByRole('switch', { name: '已删除' }));
    expect(await screen.findByRole('table', { name: '学员' })).toBeInTheDocument();
  });
});
