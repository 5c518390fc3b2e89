import { describe, expect, it } from 'vitest';
import { call, callUnchanged, makeCore, must, signedInAs, snapshot } from './harness';
import { exportReport } from './reports-export-read';
import { refusedRuleFields } from './refusals';
import { enrolInput, trainingCounty } from './training-fixtures';

// 移除学员 is a soft delete (UI.md: deleted records can be restored from 已删除; migration 0024): the trainee moves
// to deleted_training_enrolments, counts nowhere (the class's 已报名 and capacity, BR-34, RPT-13/15), is listed by
// training.removedTrainees and comes back with training.restoreTrainee after the enrol checks again — refused,
// nothing written, when the class is full, the person is enrolled there again or in an overlapping class, the class
// has closed, or the caller is another township's clerk.

/** A class filed on 2026-11-10 (`capacity` places) with two registered trainees a and b. */
async function scene(capacity = 30) {
  const core = makeCore();
  const c = await trainingCounty(core);
  const id = await c.newClass({ capacity });
  await must(core, 'training.classes.act', { id, action: 'file', date: '2026-11-10' });
  const a = await c.registered('19800315');
  const b = await c.registered('19810316');
  await must(core, 'training.enrol', enrolInput(id, a));
  const both = await must(core, 'training.enrol', enrolInput(id, b));
  const ta = both.trainees.find((t) => t.personId === a)!;
  return { core, c, id, a, b, ta };
}

describe('移除学员 and 恢复', () => {
  it('removes with a reason, lists the trainee removed, skips it everywhere and restores it', async () => {
    const { core, id, a, b, ta } = await scene();
    const after = await must(core, 'training.unenrol', { enrolmentId: ta.id, reason: '报错班级' });
    expect([after.enrolled, after.trainees.map((t) => t.personId)]).toEqual([1, [b]]);
    const listed = await must(core, 'training.removedTrainees', { classId: id });
    expect(listed.items).toEqual([
      expect.objectContaining({ id: ta.id, personId: a, deletedBy: '古丽', deleteReason: '报错班级' }),
    ]);
    expect(listed.items[0]!.idNumberMasked).toMatch(/\*/);
    const classes = await must(core, 'training.classes.list', {});
    expect(classes.items.find((x) => x.id === id)?.enrolled).toBe(1);
    expect((await must(core, 'training.person', { personId: a })).items).toEqual([]);
    const log = await must(core, 'audit.search', { channel: 'training.unenrol' });
    expect(log.items[0]?.summary).toBe(`培训班 ${after.code} 移除学员：${ta.personName}，原因：报错班级`);

    // RPT-13 lists the class's trainees: the removed one is not among them.
    await must(core, 'training.classes.act', { id, action: 'open', date: '2026-11-16' });
    expect((await exportReport(core, { report: 'RPT-13', from: '2026-11', to: '2026-11' })).r.rows).toBe(1);

    const restored = await must(core, 'training.restoreTrainee', { id: ta.id });
    expect(restored.trainees.map((t) => t.personId).sort()).toEqual([a, b].sort());
    expect(restored.trainees.find((t) => t.id === ta.id)).toMatchObject({ category: '01', enrolDate: '2026-11-12' });
    expect((await must(core, 'training.removedTrainees', { classId: id })).items).toEqual([]);
    expect((await exportReport(core, { report: 'RPT-13', from: '2026-11', to: '2026-11' })).r.rows).toBe(2);
    const again = await callUnchanged(core, 'training.restoreTrainee', { id: ta.id });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', message: '该学员未被移除，无需恢复。' },
    });
  });

  it('restore re-runs the enrol checks: a full class, the person enrolled again, a closed class', async () => {
    const { core, c, id, a, ta } = await scene(3);
    await must(core, 'training.unenrol', { enrolmentId: ta.id });
    // Enrolled again: the restore would make the person twice in the class.
    const back = await must(core, 'training.enrol', enrolInput(id, a));
    const twice = await callUnchanged(core, 'training.restoreTrainee', { id: ta.id });
    expect(twice).toMatchObject(refusedRuleFields({ id: expect.stringMatching(/已在本班报名$/) }));
    const newer = back.trainees.find((t) => t.personId === a)!;
    await must(core, 'training.unenrol', { enrolmentId: newer.id });

    // A full class (3 places, two others enrolled meanwhile).
    for (const birth of ['19820317', '19830318'])
      await must(core, 'training.enrol', enrolInput(id, await c.registered(birth)));
    const full = await callUnchanged(core, 'training.restoreTrainee', { id: ta.id });
    expect(full).toMatchObject(refusedRuleFields({ id: '培训班计划人数 3 人已满' }));

    // BR-34: meanwhile enrolled in another class whose dates overlap.
    const b = (await must(core, 'training.classes.get', { id })).trainees[0]!;
    await must(core, 'training.unenrol', { enrolmentId: b.id });
    const other = await c.newClass({ startDate: '2026-11-20', endDate: '2026-11-30', occupation: '养老护理员' });
    const moved = await must(core, 'training.enrol', enrolInput(other, b.personId));
    const overlap = await callUnchanged(core, 'training.restoreTrainee', { id: b.id });
    expect(overlap).toMatchObject(
      refusedRuleFields({
        id: `${b.personName}已报名培训班 ${moved.code}（2026-11-20 至 2026-11-30），与本班培训时间重叠`,
      }),
    );

    // A closed class.
    await must(core, 'training.classes.act', { id, action: 'open', date: '2026-11-16' });
    await must(core, 'training.classes.act', { id, action: 'close', date: '2026-11-25' });
    const closed = await callUnchanged(core, 'training.restoreTrainee', { id: newer.id });
    expect(closed).toMatchObject(refusedRuleFields({ id: '培训班已结业或撤销，不能再报名' }));
  });

  it('refuses another township’s clerk and hides their removed trainees from them, nothing written', async () => {
    const { core, c, id, ta } = await scene();
    await must(core, 'training.unenrol', { enrolmentId: ta.id });
    const clerkB = signedInAs(core, 'clerk-b', 'clerk', { townshipIds: [c.town2] });
    const before = snapshot(core);
    const r = await core.invoke('training.restoreTrainee', { id: ta.id }, clerkB);
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    const list = await core.invoke('training.removedTrainees', { classId: id }, clerkB);
    expect(list).toMatchObject({ ok: true, data: { items: [] } });
    expect(snapshot(core)).toBe(before);
    expect((await call(core, 'training.removedTrainees', { classId: id })).ok).toBe(true);
  });
});
