// A placement saved after its month's attendance was generated gets its row at once (audit6): 生成考勤 is
// county-wide, so a 乡镇经办 could not make it, and the grid left the new person out.
import { describe, expect, it } from 'vitest';
import { lastAuditSummary, makeCore, must } from './harness';
import { place, urbanPerson } from './posts-fixtures';
import { entry, generateAttendance, prorateAttendance, reviewedRoster, subsidyCounty } from './subsidies-fixtures';

describe('a new placement in a generated month', () => {
  it('gets its attendance row in the generated months of its span (full attendance), none in the others', async () => {
    const core = makeCore(); // today 2026-11-28
    const c = await subsidyCounty(core);
    await generateAttendance(core, '2026-10', '2026-11');
    const personId = await urbanPerson(c, '19820101');
    const { placement } = await place(core, personId, c.urbanPostId, { startDate: '2026-11-16' });
    expect(lastAuditSummary(core, { channel: 'placements.create' })).toContain('，已补入2026年11月考勤');

    const november = await must(core, 'attendance.grid', { month: '2026-11', employerId: c.employerId });
    expect(november.rows.find((r) => r.placementId === placement.id)).toMatchObject({
      daysOnPost: 15,
      attendedDays: 11,
      enteredAt: null,
    });
    const october = await must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
    expect(october.rows.map((r) => r.placementId)).not.toContain(placement.id);
    // 生成考勤 afterwards finds the row there: nothing new to make.
    expect(await must(core, 'attendance.generate', { month: '2026-11' })).toMatchObject({ created: 0, refreshed: 0 });
    // December is not generated yet: no row until 生成考勤.
    const rows = core.ctx.db.prepare('SELECT month FROM attendance_months WHERE placement_id = ?').pluck();
    expect(rows.all(placement.id)).toEqual(['2026-11']);
  });
});

const KEPT = '考勤未随之修改，如需更正，请在以后月份的补发/扣回花名册中办理';

describe('a placement’s later saves in generated months', () => {
  it('a leave re-counts the open months and removes the later ones with their draft items; a reviewed month stays', async () => {
    const core = makeCore(); // today 2026-11-28
    const c = await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-10' });
    const october = await reviewedRoster(core, 'post', '2026-10');
    await must(core, 'attendance.generate', { month: '2026-11' });
    const november = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    const rows = core.ctx.db.prepare('SELECT month, days_on_post FROM attendance_months WHERE placement_id = ?');
    const before = rows.all(c.urbanPlacementId);
    expect(before).toEqual([
      { month: '2026-10', days_on_post: 31 },
      { month: '2026-11', days_on_post: 30 },
    ]);

    const left = await must(core, 'placements.leave', {
      id: c.urbanPlacementId,
      leaveDate: '2026-10-20',
      leaveReason: 'L09',
    });
    expect(lastAuditSummary(core, { channel: 'placements.leave' })).toMatch(
      new RegExp(`，已移除2026年11月考勤；2026年10月考勤已列入已审核的花名册，${KEPT}$`),
    );
    // The clerk is told the same after the leave (the 离岗 dialog shows the answer's attendance).
    expect(left.attendance).toEqual({
      changed: '已移除2026年11月考勤',
      kept: `2026年10月考勤已列入已审核的花名册，${KEPT}`,
    });
    expect(rows.all(c.urbanPlacementId)).toEqual([before[0]]); // October as reviewed
    const draft = await must(core, 'subsidies.get', { id: november.id });
    expect(draft.items.map((i) => i.personId)).toEqual([c.ruralPersonId]);
    expect((await must(core, 'subsidies.get', { id: october.id })).items).toHaveLength(2);
  });

  it('a leave re-counts an entered month within its bounds and the draft roster follows; a period-locked month stays', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await generateAttendance(core, '2026-11', '2026-12');
    const grid = await must(core, 'attendance.grid', { month: '2026-11', employerId: c.employerId });
    const rural = grid.rows.find((r) => r.placementId === c.ruralPlacementId)!;
    await must(core, 'attendance.save', {
      month: '2026-11',
      employerId: c.employerId,
      rows: [entry(rural, { attendedDays: 5, dailyMarks: null })],
    });
    const roster = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    core.ctx.db
      .prepare('INSERT INTO period_locks (month, locked_at, locked_by) VALUES (?, ?, ?)')
      .run('2026-12', '2026-11-28T00:00:00.000Z', '古丽');

    const left = await must(core, 'placements.leave', {
      id: c.ruralPlacementId,
      leaveDate: '2026-11-10',
      leaveReason: 'L09',
    });
    expect(lastAuditSummary(core, { channel: 'placements.leave' })).toMatch(
      new RegExp(`，已重算2026年11月考勤；2026年12月已锁定，${KEPT}$`),
    );
    expect(left.attendance).toEqual({ changed: '已重算2026年11月考勤', kept: `2026年12月已锁定，${KEPT}` });
    const after = await must(core, 'attendance.grid', { month: '2026-11', employerId: c.employerId });
    // 10 days of 30 on post, the 5 entered days kept (within the new bounds); the draft roster pays the new amount.
    const row = after.rows.find((r) => r.placementId === c.ruralPlacementId)!;
    expect(row).toMatchObject({ daysOnPost: 10, attendedDays: 5 });
    expect(row.enteredAt).not.toBeNull();
    const item = (await must(core, 'subsidies.get', { id: roster.id })).items.find(
      (i) => i.personId === c.ruralPersonId,
    )!;
    expect(item.amountFen).toBe(row.paidFen + row.siSubsidyFen);
    expect(item.amountFen).not.toBe(roster.items.find((i) => i.personId === c.ruralPersonId)!.amountFen);
    const december = core.ctx.db.prepare('SELECT count(*) FROM attendance_months WHERE month = ? AND placement_id = ?');
    expect(december.pluck().get('2026-12', c.ruralPlacementId)).toBe(1);
  });

  it('a leave cuts an entered full month to the working days on post, not its calendar days (audit9)', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    // PRORATE_ATTENDANCE pays attended ÷ required days: the attended days are money here.
    prorateAttendance(core);
    await generateAttendance(core, '2026-11', '2026-11');
    const grid = await must(core, 'attendance.grid', { month: '2026-11', employerId: c.employerId });
    const rural = grid.rows.find((r) => r.placementId === c.ruralPlacementId)!;
    expect(rural).toMatchObject({ daysOnPost: 30, requiredDays: 21, attendedDays: 21 });
    await must(core, 'attendance.save', {
      month: '2026-11',
      employerId: c.employerId,
      rows: [entry(rural, { dailyMarks: null })],
    });

    await must(core, 'placements.leave', { id: c.ruralPlacementId, leaveDate: '2026-11-15', leaveReason: 'L09' });
    const after = await must(core, 'attendance.grid', { month: '2026-11', employerId: c.employerId });
    const row = after.rows.find((r) => r.placementId === c.ruralPlacementId)!;
    // 1–15 November 2026: 10 working days (2–6, 9–13), not the 15 calendar days; paid 10/21 of the standard.
    expect(row).toMatchObject({ daysOnPost: 15, requiredDays: 21, attendedDays: 10 });
    expect(row.dueFen).toBe(Math.round((row.standardFen * 10) / 21));
  });

  it('a deleted placement’s rows go, and come back when it is restored', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await generateAttendance(core, '2026-10', '2026-11');
    const deleted = await must(core, 'placements.delete', { id: c.ruralPlacementId, reason: '录入错误' });
    expect(lastAuditSummary(core, { channel: 'placements.delete' })).toMatch(/，已移除2026年10月、2026年11月考勤$/);
    // The clerk is told the same after 删除 and 恢复 (the answer's attendance, as 离岗's).
    expect(deleted.attendance).toEqual({ changed: '已移除2026年10月、2026年11月考勤', kept: null });
    const months = core.ctx.db.prepare('SELECT month FROM attendance_months WHERE placement_id = ? ORDER BY month');
    expect(months.pluck().all(c.ruralPlacementId)).toEqual([]);
    const restored = await must(core, 'placements.restore', { id: c.ruralPlacementId });
    expect(lastAuditSummary(core, { channel: 'placements.restore' })).toMatch(/，已补入2026年10月、2026年11月考勤$/);
    expect(restored.attendance).toEqual({ changed: '已补入2026年10月、2026年11月考勤', kept: null });
    expect(restored.deletedAt).toBeNull();
    expect(months.pluck().all(c.ruralPlacementId)).toEqual(['2026-10', '2026-11']);
    expect(await must(core, 'attendance.generate', { month: '2026-11' })).toMatchObject({ created: 0, refreshed: 0 });
  });

  it('a deletion leaves a month a reviewed roster covers and says so; its restore says nothing changed there', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-10' });
    await reviewedRoster(core, 'post', '2026-10');
    await must(core, 'attendance.generate', { month: '2026-11' });
    const deleted = await must(core, 'placements.delete', { id: c.ruralPlacementId, reason: '录入错误' });
    const kept = `2026年10月考勤已列入已审核的花名册，${KEPT}`;
    expect(deleted.attendance).toEqual({ changed: '已移除2026年11月考勤', kept });
    expect(lastAuditSummary(core, { channel: 'placements.delete' })).toMatch(
      new RegExp(`，已移除2026年11月考勤；${kept}$`),
    );
    const months = core.ctx.db.prepare('SELECT month FROM attendance_months WHERE placement_id = ? ORDER BY month');
    expect(months.pluck().all(c.ruralPlacementId)).toEqual(['2026-10']);
    const restored = await must(core, 'placements.restore', { id: c.ruralPlacementId });
    expect(restored.attendance).toEqual({ changed: '已补入2026年11月考勤', kept: null });
  });
});
