import { describe, expect, it } from 'vitest';
import { call, callUnchanged, makeCore, must, snapshot } from './harness';
import { enrolInput, filedClassOfTwo } from './training-fixtures';
import { refusedRuleFields } from './refusals';

// 移除学员 (training.unenrol): allowed while the class is 计划/已备案/开班 — the enrolment goes, the audit log keeps
// who was removed — and refused after 结业 or 撤销 with the reason in Chinese, nothing written.

describe('removing a trainee', () => {
  it('removes before 结业 and logs it; refuses after 结业 and after 撤销 writing nothing', async () => {
    const core = makeCore();
    const { c, id, a, b } = await filedClassOfTwo(core);
    const enrolled = await must(core, 'training.enrol', enrolInput(id, a));
    const both = await must(core, 'training.enrol', enrolInput(id, b));
    expect(both.enrolled).toBe(2);

    const after = await must(core, 'training.unenrol', { enrolmentId: enrolled.trainees[0].id });
    expect([after.enrolled, after.trainees.map((t) => t.personId)]).toEqual([1, [b]]);
    const log = await must(core, 'audit.search', { channel: 'training.unenrol' });
    expect(log.items.map((i) => i.summary)).toEqual([
      `培训班 ${after.code} 移除学员：${enrolled.trainees[0].personName}`,
    ]);

    // The removed person may be enrolled again.
    const again = await must(core, 'training.enrol', enrolInput(id, a));
    expect(again.enrolled).toBe(2);

    await must(core, 'training.classes.act', { id, action: 'open', date: '2026-11-16' });
    await must(core, 'training.classes.act', { id, action: 'close', date: '2026-11-25' });
    const refused = await callUnchanged(core, 'training.unenrol', { enrolmentId: again.trainees[0].id });
    expect(refused).toMatchObject(refusedRuleFields({ enrolmentId: '培训班已结业或撤销，不能移除学员' }));

    const other = await c.newClass({ startDate: '2026-12-01', endDate: '2026-12-10' });
    const one = await must(core, 'training.enrol', enrolInput(other, b, { enrolDate: '2026-11-20' }));
    await must(core, 'training.classes.act', { id: other, action: 'cancel', date: '2026-11-20', reason: '报名不足' });
    const before2 = snapshot(core);
    expect((await call(core, 'training.unenrol', { enrolmentId: one.trainees[0].id })).ok).toBe(false);
    expect(snapshot(core)).toBe(before2);
  });
});
