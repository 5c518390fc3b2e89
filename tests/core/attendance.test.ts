// Monthly attendance through dispatch on a real SQLite file: generation (BR-21, BR-22, working-day calendar),
// entry by employer with the amounts of BR-19/BR-20, and the refusals of VR-14 — each with nothing written.
import { describe, expect, it } from 'vitest';
import { POST_SETTING_KEYS } from '../../electron/core/modules/posts/config';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { defaultMarks } from '../../shared/domain/subsidy-amounts';
import { call, lastAuditSummary, makeCore, must, snapshot } from './harness';
import {
  CALENDAR_2026,
  entry,
  generateAttendance,
  OCTOBER_SI,
  OCTOBER_TWO_ABSENCES_ENTRY,
  placedBeyondPeriod,
  prorateAttendance,
  saveUrbanOctober,
  subsidyCounty,
} from './subsidies-fixtures';
import { place, urbanPerson } from './posts-fixtures';
import { fieldsOf } from './refusals';

describe('attendance.generate', () => {
  it('makes one row per placement on post with days from the placement dates, required days from the calendar and full attendance', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    const gen = await must(core, 'attendance.generate', { month: '2026-10' });
    expect(gen).toEqual({ month: '2026-10', created: 2, refreshed: 0, removed: 0, locked: 0, total: 2 });
    const grid = await must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
    expect(grid.calendarDays).toBe(31);
    // 休息日 by the county calendar: 国庆 1–7, the weekends, not the 调休 Saturday 10 October.
    expect(grid.restDays).toEqual([1, 2, 3, 4, 5, 6, 7, 11, 17, 18, 24, 25, 31]);
    const [u, r] = [
      grid.rows.find((x) => x.placementId === c.urbanPlacementId)!,
      grid.rows.find((x) => x.placementId === c.ruralPlacementId)!,
    ];
    // The posts were made in 2020: standard = the 2018 tier-1 minimum wage 1820.00. Urban: whole month; 22 weekdays − 5 holiday weekdays + the 调休 Saturday = 18.
    expect(u).toMatchObject({
      daysOnPost: 31,
      requiredDays: 18,
      attendedDays: 18,
      standardFen: 182_000,
      dueFen: 182_000,
      paidFen: 182_000,
      siEnabled: true,
      lock: null,
    });
    // The marks a row starts from in the grid: √ on working days on post, 休 on 休息日, — off post.
    expect(u.defaultMarks).toBe('休休休休休休休√√√休' + '√√√√√休休' + '√√√√√休休' + '√√√√√休');
    expect(grid.rows.find((x) => x.placementId === c.ruralPlacementId)!.defaultMarks).toBe(
      '—'.repeat(15) + '√休休√√√√√休休√√√√√休',
    );
    // Rural from Friday 16 October: 16 days, 11 working days; 1820 × 16/31 = 939.354… → 939.35.
    expect(r).toMatchObject({
      daysOnPost: 16,
      requiredDays: 18,
      attendedDays: 11,
      dueFen: 93_935,
      paidFen: 93_935,
      siEnabled: false,
    });

    // Idempotent.
    const rowsNow = () => core.ctx.db.prepare('SELECT * FROM attendance_months ORDER BY id').all();
    const before = rowsNow();
    expect(await must(core, 'attendance.generate', { month: '2026-10' })).toMatchObject({
      created: 0,
      refreshed: 0,
      removed: 0,
      total: 2,
    });
    expect(rowsNow()).toEqual(before);
  });

  it('follows a leave date entered later, and drops a placement deleted by mistake', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-11' });
    // The leave's save re-counts the generated month itself (placement-months.ts): 生成考勤 finds nothing left to do.
    await must(core, 'placements.leave', { id: c.ruralPlacementId, leaveDate: '2026-11-10', leaveReason: 'L09' });
    expect(lastAuditSummary(core, { channel: 'placements.leave' })).toMatch(/，已重算2026年11月考勤$/);
    const g = await must(core, 'attendance.generate', { month: '2026-11' });
    expect(g).toMatchObject({ created: 0, refreshed: 0, total: 2 });
    const grid = await must(core, 'attendance.grid', { month: '2026-11', employerId: c.employerId });
    // 10 days of 30: 1820 × 10/30 = 606.666… → 606.67; full attendance = 7 working days.
    expect(grid.rows.find((x) => x.placementId === c.ruralPlacementId)).toMatchObject({
      daysOnPost: 10,
      attendedDays: 7,
      dueFen: 60_667,
    });
    await must(core, 'placements.delete', { id: c.urbanPlacementId, reason: '录入错误' });
    expect(lastAuditSummary(core, { channel: 'placements.delete' })).toMatch(/，已移除2026年11月考勤$/);
    expect(await must(core, 'attendance.generate', { month: '2026-11' })).toMatchObject({ removed: 0, total: 1 });
  });
});

describe('attendance.save', () => {
  it('two absences, a deduction and the employer social insurance give the amounts, confirmed per employer', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    const { u, saved } = await saveUrbanOctober(c, { ...OCTOBER_TWO_ABSENCES_ENTRY, assessment: 'pass' });
    const row = saved.rows.find((x) => x.id === u.id)!;
    expect(row).toMatchObject({
      attendedDays: 16,
      dueFen: 182_000,
      deductionFen: 5_000,
      paidFen: 177_000,
      siSubsidyFen: 45_600,
      assessment: 'pass',
    });
    expect(row.enteredAt).not.toBeNull();
    expect(lastAuditSummary(core, { channel: 'attendance.save' })).toBe('录入考勤：乌帕尔镇人民政府 2026年10月，1 人');
    const overview = await must(core, 'subsidies.overview', { month: '2026-10' });
    expect(overview.employers).toEqual([
      {
        employerId: c.employerId,
        employerName: '乌帕尔镇人民政府',
        townshipName: '乌帕尔镇',
        onPost: 2,
        rows: 2,
        entered: 1,
        missing: 1,
        locked: 0,
      },
    ]);
  });

  it('PRORATE_ATTENDANCE pays attended ÷ required days', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    prorateAttendance(core);
    const { u, saved } = await saveUrbanOctober(c, { attendedDays: 16 });
    // 1820 × 16/18 = 1617.777… → 1617.78.
    expect(saved.rows.find((x) => x.id === u.id)).toMatchObject({ dueFen: 161_778, paidFen: 161_778 });
  });

  describe('bad input is refused with the row and field named, nothing written', async () => {
    const cases: [string, (r: import('../../shared/contract/attendance').AttendanceRow) => object, string, string][] = [
      [
        'attended > required',
        (r) => ({ attendedDays: r.requiredDays + 1 }),
        'attendedDays',
        '实际出勤天数（19天）不能多于应出勤天数（18天）',
      ],
      [
        'negative amount',
        () => ({ siMedicalFen: -100 }),
        'siMedicalFen',
        '单位缴纳医疗保险应为不小于0、最多两位小数的金额',
      ],
      [
        'fractional fen',
        () => ({ siPensionFen: 100.5 }),
        'siPensionFen',
        '单位缴纳养老保险应为不小于0、最多两位小数的金额',
      ],
      [
        'deduction above due',
        () => ({ deductionFen: 182_001, deductionReason: '多扣' }),
        'deductionFen',
        '扣减（1820.01元）不能超过应发岗位补贴（1820.00元）',
      ],
      [
        'attendance outside the placement dates',
        (r) => ({
          dailyMarks: '√' + defaultMarks('2026-10', '2026-10-16', '2026-10-31', CALENDAR_2026).slice(1),
          attendedDays: r.attendedDays + 1,
        }),
        'dailyMarks',
        '1日不在岗（上岗日期 2026-10-16），只能记“—”',
      ],
      [
        'absence marked on a 休息日',
        () => ({ dailyMarks: defaultMarks('2026-10', '2026-10-16', '2026-10-31', CALENDAR_2026).replace('休', '旷') }),
        'dailyMarks',
        '17日是休息日，不能记“旷”（请假、旷工只记在工作日）',
      ],
    ];
    it.each(cases)('%s', async (_n, change, field, text) => {
      const core = makeCore();
      const c = await subsidyCounty(core);
      await must(core, 'attendance.generate', { month: '2026-10' });
      const grid = await must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
      const idx =
        field === 'dailyMarks'
          ? grid.rows.findIndex((x) => x.placementId === c.ruralPlacementId)
          : grid.rows.findIndex((x) => x.placementId === c.urbanPlacementId);
      const target = grid.rows[idx];
      const before = snapshot(core);
      const rows = grid.rows.map((r) =>
        r.id === target.id ? entry(r, change(r)) : entry(r, { attendedDays: r.attendedDays }),
      );
      const res = await call(core, 'attendance.save', { month: '2026-10', employerId: c.employerId, rows });
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.code).toBe('BAD_INPUT');
      expect(res.error.fields?.[`rows.${idx}.${field}`]).toContain(text);
      expect(res.error.message).toContain(`第${idx + 1}行（${target.personName}）：`);
      expect(snapshot(core)).toBe(before);
    });
  });

  it('a row of another employer or month is refused by row', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await generateAttendance(core, '2026-10', '2026-11');
    const nov = await must(core, 'attendance.grid', { month: '2026-11', employerId: c.employerId });
    const before = snapshot(core);
    const res = await call(core, 'attendance.save', {
      month: '2026-10',
      employerId: c.employerId,
      rows: [entry(nov.rows[0])],
    });
    expect(fieldsOf(res)).toEqual({
      'rows.0.id': '第1行：不是“乌帕尔镇人民政府”2026年10月的考勤记录',
    });
    expect(snapshot(core)).toBe(before);
  });

  // audit6: the row is made when the placement is saved (a 乡镇经办 cannot generate); the generation finds it there.
  it('a person placed later in the month has a row already at the next generation', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-11' });
    const p = await urbanPerson(c, '19790101');
    await place(core, p, c.urbanPostId, { startDate: '2026-11-16' });
    expect(await must(core, 'attendance.generate', { month: '2026-11' })).toMatchObject({ created: 0, total: 3 });
  });
});

describe('attendance and the subsidy period (BR-18)', () => {
  it('a month after the 36-month entitlement keeps its row but pays nothing, says why, and refuses a deduction', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    // Placed since 2023-10-01 (born 1980: far from retirement): 36 months are 2023-10 … 2026-09.
    const { personId: longId, placementId } = await placedBeyondPeriod(c);
    const long = { placement: { id: placementId } };
    await generateAttendance(core, '2026-09', '2026-10');
    const sep = await must(core, 'attendance.grid', { month: '2026-09', employerId: c.employerId });
    expect(sep.rows.find((x) => x.placementId === long.placement.id)).toMatchObject({
      dueFen: 182_000,
      paidFen: 182_000,
      entitlementNote: null,
    });
    const oct = await must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
    const row = oct.rows.find((x) => x.placementId === long.placement.id)!;
    expect(row).toMatchObject({ daysOnPost: 31, attendedDays: 18, dueFen: 0, paidFen: 0, siSubsidyFen: 0 });
    expect(row.entitlementNote).toBe('补贴期限已于2026年9月届满，本月在岗但不再发放岗位补贴和社保补贴');
    // The others are untouched.
    expect(oct.rows.find((x) => x.placementId === c.urbanPlacementId)).toMatchObject({
      dueFen: 182_000,
      entitlementNote: null,
    });

    // Employer social insurance entered: still no subsidy; a deduction is refused naming the row, nothing written.
    const saved = await must(core, 'attendance.save', {
      month: '2026-10',
      employerId: c.employerId,
      rows: [entry(row, { siPensionFen: 30_400, siMedicalFen: 14_250 })],
    });
    expect(saved.rows.find((x) => x.id === row.id)).toMatchObject({ siPensionFen: 30_400, siSubsidyFen: 0, dueFen: 0 });
    const before = snapshot(core);
    const bad = await call(core, 'attendance.save', {
      month: '2026-10',
      employerId: c.employerId,
      rows: [entry(row, { deductionFen: 100, deductionReason: '迟到' })],
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('不能超过应发岗位补贴（0.00元）');
    expect(snapshot(core)).toEqual(before);

    // The roster carries the person with 0 (every placement on post is listed) and the month's total excludes them.
    const batch = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    expect(batch.items.find((i) => i.personId === longId)?.amountFen).toBe(0);
  });

  it('a later placement that ends the entitlement earlier brings an unlocked month back to 0 on the next generation', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    const id = await urbanPerson(c, '19800101');
    // Generated while the only recorded placement started in 2024-01: October 2026 is month 34, still paid.
    const p = await place(core, id, c.urbanPostId, {
      basisDate: '2022-12-01',
      startDate: '2024-01-01',
      contractEnd: '2027-09-30',
    });
    await must(core, 'attendance.generate', { month: '2026-10' });
    const grid = () => must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
    expect((await grid()).rows.find((x) => x.placementId === p.placement.id)).toMatchObject({ dueFen: 182_000 });
    // An earlier placement (2023-01 … 2023-06, 6 months) recorded later: 36 months end in 2026-06.
    await place(core, id, c.urbanPostId, {
      basisDate: '2022-12-01',
      startDate: '2023-01-01',
      contractEnd: '2023-06-30',
      leaveDate: '2023-06-30',
      leaveReason: 'L09',
    });
    expect(await must(core, 'attendance.generate', { month: '2026-10' })).toMatchObject({ refreshed: 1 });
    expect((await grid()).rows.find((x) => x.placementId === p.placement.id)).toMatchObject({
      dueFen: 0,
      paidFen: 0,
      entitlementNote: '补贴期限已于2026年6月届满，本月在岗但不再发放岗位补贴和社保补贴',
    });
  });

  it('retirement inside a month while still on post: that month pays nothing (CFG-08 default), or all of it when the county pays the retirement month', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    // M60 born 1966-05-15: 60 years 5 months (BR-02), retiring on 2026-10-15. First approved in 2026-01, less than
    // 5 years before it: the subsidy runs to the month before retirement (BR-18, CFG-05/08).
    const id = await urbanPerson(c, '19660515');
    const { placement } = await place(core, id, c.urbanPostId, {
      basisDate: '2025-12-01',
      startDate: '2026-01-01',
      contractEnd: '2026-12-31',
    });
    expect(placement.retirementDate).toBe('2026-10-15');
    expect(placement.subsidy).toMatchObject({ extendedToRetirement: true, endMonth: '2026-09' });
    await generateAttendance(core, '2026-09', '2026-10');
    const rowOf = async (month: string) =>
      (await must(core, 'attendance.grid', { month, employerId: c.employerId })).rows.find(
        (x) => x.placementId === placement.id,
      )!;
    expect(await rowOf('2026-09')).toMatchObject({ daysOnPost: 30, dueFen: 182_000, entitlementNote: null });
    // October: still on post all month (no leave recorded), the row kept, nothing due — 社保补贴 neither.
    const oct = await rowOf('2026-10');
    await must(core, 'attendance.save', { month: '2026-10', employerId: c.employerId, rows: [entry(oct, OCTOBER_SI)] });
    expect(await rowOf('2026-10')).toMatchObject({
      daysOnPost: 31,
      dueFen: 0,
      paidFen: 0,
      siPensionFen: OCTOBER_SI.siPensionFen,
      siSubsidyFen: 0,
      entitlementNote: '补贴期限已于2026年9月届满，本月在岗但不再发放岗位补贴和社保补贴',
    });
    // CFG-08 alternative (the retirement month is the last subsidised one): October is paid as any month on post,
    // by its days on post (BR-19) — the retirement date within it does not prorate it.
    writeSetting(core.ctx.db, POST_SETTING_KEYS.endRule, 'retirementMonth', '古丽', 'x');
    expect(await must(core, 'attendance.generate', { month: '2026-10' })).toMatchObject({ refreshed: 1 });
    expect(await rowOf('2026-10')).toMatchObject({ dueFen: 182_000, siSubsidyFen: 45_600, entitlementNote: null });
  });
});
