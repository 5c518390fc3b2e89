import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { must, signedInAs, snapshot } from './harness';
import { placementAudit, placementScene, refused } from './posts-fixtures';

// 年度考核 删除 is a soft delete (UI.md: deleted records can be restored from 已删除; migration 0024): the result
// moves to deleted_placement_assessments, leaves the placement's results and BR-23's renewal decision, is listed by
// placements.deletedAssessments and comes back with placements.restoreAssessment — refused, nothing written, when
// its year has been assessed again, the placement is deleted, or the caller is another township's clerk.

const assessInput = (placementId: string, over: Partial<ChannelInput<'placements.assess'>> = {}) =>
  ({
    placementId,
    year: 2026,
    result: 'fail',
    assessedOn: '2026-11-20',
    ...over,
  }) satisfies ChannelInput<'placements.assess'>;

describe('年度考核 删除 and 恢复', () => {
  it('deletes with a reason, leaves BR-23 and the detail, lists it deleted and restores it', async () => {
    const { core, placement } = await placementScene();
    const saved = await must(core, 'placements.assess', assessInput(placement.id));
    const id = saved.assessments[0]!.id;

    const removed = await must(core, 'placements.removeAssessment', { id, reason: '录错人员' });
    expect([removed.assessments, removed.deletedAssessments]).toEqual([[], 1]);
    expect((await must(core, 'placements.get', { id: placement.id })).assessments).toEqual([]);
    const listed = await must(core, 'placements.deletedAssessments', { placementId: placement.id });
    expect(listed.items).toEqual([
      expect.objectContaining({ id, year: 2026, result: 'fail', deletedBy: '古丽', deleteReason: '录错人员' }),
    ]);
    expect((await placementAudit(core, placement.id))[0]).toMatch(
      /的2026年度考核不合格（考核日期 2026-11-20），原因：录错人员$/,
    );

    // BR-23 no longer sees the 不合格 year: the renewal is not refused, only warned of a missing result (checked on a
    // copy of the scene so the restore below starts from the deleted result).
    const other = await placementScene();
    const o = await must(other.core, 'placements.assess', assessInput(other.placement.id));
    await must(other.core, 'placements.removeAssessment', { id: o.assessments[0]!.id });
    const renewed = await must(other.core, 'placements.renew', {
      id: other.placement.id,
      expectedUpdatedAt: other.placement.updatedAt,
      contractEnd: '2027-12-14',
    });
    expect(renewed.warnings).toEqual({ assessment: '2026年度考核结果尚未录入，请及时补录' });

    const restored = await must(core, 'placements.restoreAssessment', { id });
    expect(restored.assessments.map((a) => [a.id, a.year, a.resultLabel])).toEqual([[id, 2026, '不合格']]);
    expect(restored.deletedAssessments).toBe(0);
    expect((await must(core, 'placements.deletedAssessments', { placementId: placement.id })).items).toEqual([]);
    expect((await placementAudit(core, placement.id))[0]).toMatch(
      /^恢复.+的2026年度考核不合格（考核日期 2026-11-20）$/,
    );
    await refused(core, 'placements.restoreAssessment', { id }, 'RULE_VIOLATION', '该考核记录未删除，无需恢复。');
  });

  it('a deleted year may be assessed again; restoring the old result is then refused, nothing written', async () => {
    const { core, placement } = await placementScene();
    const first = await must(core, 'placements.assess', assessInput(placement.id));
    const id = first.assessments[0]!.id;
    await must(core, 'placements.removeAssessment', { id });
    const again = await must(core, 'placements.assess', assessInput(placement.id, { result: 'pass' }));
    expect(again.assessments.map((a) => a.resultLabel)).toEqual(['合格']);
    const msg = '2026年度已录入考核结果（合格，考核日期 2026-11-20），不能再恢复该年度的考核结果';
    await refused(core, 'placements.restoreAssessment', { id }, 'RULE_VIOLATION', msg, { year: msg });
  });

  it('refuses the restore of a deleted placement’s result and another township’s clerk, nothing written', async () => {
    const { c, core, placement } = await placementScene();
    const saved = await must(core, 'placements.assess', assessInput(placement.id));
    const id = saved.assessments[0]!.id;
    await must(core, 'placements.removeAssessment', { id });

    const clerkB = signedInAs(core, 'clerk-b', 'clerk', { townshipIds: [c.town2] });
    const before = snapshot(core);
    const r = await core.invoke('placements.restoreAssessment', { id }, clerkB);
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    const list = await core.invoke('placements.deletedAssessments', { placementId: placement.id }, clerkB);
    expect(list.ok).toBe(false);
    expect(snapshot(core)).toBe(before);

    await must(core, 'placements.delete', { id: placement.id, reason: '录入错误' });
    await refused(core, 'placements.restoreAssessment', { id }, 'RULE_VIOLATION', '该安置记录已删除，请先恢复再修改。');
  });
});
