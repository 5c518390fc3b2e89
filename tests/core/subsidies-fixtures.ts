// Shared set-up for the attendance, roster and subsidy report tests: the posts test county with two placements from
// October 2026 (an urban post with the social-insurance subsidy, a rural one without) and the 2026 国庆 calendar.
import type { Core } from '../../electron/core/core';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import type { ChannelInput } from '../../shared/contract';
import type { AttendanceRow } from '../../shared/contract/attendance';
import { addMonths, monthOf } from '../../shared/domain/dates';
import { defaultMarks } from '../../shared/domain/subsidy-amounts';
import { makeCore, must, signedInAs } from './harness';
import { place, postCounty, ruralPerson, town2Post, urbanPerson, type PostCounty } from './posts-fixtures';

/** 2026 National Day: weekdays 1, 2, 5, 6, 7 October off, Saturday 10 October worked (调休). */
export const CALENDAR_2026 = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
};

export const COUNTY_WAGES = {
  monthly: { 1: 182_000, 2: 162_000, 3: 154_000, 4: 146_000 },
  hourly: { 1: 1_820, 2: 1_620, 3: 1_540, 4: 1_460 },
};

export interface SubsidyCounty extends PostCounty {
  /** Urban post from 2026-10-01. */
  urbanPersonId: string;
  urbanPlacementId: string;
  /** Rural post from 2026-10-16. */
  ruralPersonId: string;
  ruralPlacementId: string;
}

export async function subsidyCounty(core: Core): Promise<SubsidyCounty> {
  const c = await postCounty(core);
  writeSetting(core.ctx.db, 'calendar.workingDays', CALENDAR_2026, '古丽', '2026-01-01T00:00:00.000Z');
  // The county's minimum-wage table from 2026-01-01 (the 2018 amounts): posts on the default standard follow the
  // table in force on each month's first day, so the amounts below are 1,820 yuan a month for tier 1.
  writeSetting(core.ctx.db, 'wages.minimum', COUNTY_WAGES, '古丽', '2026-01-01T00:00:00.000Z', '2026-01-01');
  const urbanPersonId = await urbanPerson(c);
  const ruralPersonId = await ruralPerson(c);
  const u = await place(core, urbanPersonId, c.urbanPostId, { startDate: '2026-10-01' });
  const r = await place(core, ruralPersonId, c.ruralPostId, {
    basisList: 'E24',
    basisCode: '1',
    startDate: '2026-10-16',
    contractEnd: '2027-10-15',
  });
  return { ...c, urbanPersonId, urbanPlacementId: u.placement.id, ruralPersonId, ruralPlacementId: r.placement.id };
}

/** A grid row as attendance.save takes it, with changes. */
export function entry(
  r: AttendanceRow,
  over: Partial<ChannelInput<'attendance.save'>['rows'][number]> = {},
): ChannelInput<'attendance.save'>['rows'][number] {
  return {
    id: r.id,
    requiredDays: r.requiredDays,
    attendedDays: r.attendedDays,
    dailyMarks: r.dailyMarks,
    deductionFen: r.deductionFen,
    deductionReason: r.deductionReason,
    siPensionFen: r.siPensionFen,
    siMedicalFen: r.siMedicalFen,
    siUnemploymentFen: r.siUnemploymentFen,
    siInjuryFen: r.siInjuryFen,
    assessment: r.assessment,
    remark: r.remark,
    ...over,
  };
}

/** The employer's social insurance for the urban person's October: 456.00 yuan together. */
export const OCTOBER_SI = { siPensionFen: 30_400, siMedicalFen: 14_250, siUnemploymentFen: 950, siInjuryFen: 380 };

/** The urban person's October marks: one 旷 and one 假 in place of the first two √. */
export const OCTOBER_TWO_ABSENCES = defaultMarks('2026-10', '2026-10-01', '2026-10-31', CALENDAR_2026)
  .replace('√', '旷')
  .replace('√', '假');

/** The urban person's October with the two absences: 16 days attended, a 50.00 deduction for 旷工 and OCTOBER_SI. */
export const OCTOBER_TWO_ABSENCES_ENTRY = {
  attendedDays: 16,
  dailyMarks: OCTOBER_TWO_ABSENCES,
  deductionFen: 5_000,
  deductionReason: '旷工一天',
  ...OCTOBER_SI,
};

/** Generates October 2026's attendance; the employer's grid with the urban (u) and rural (r) rows. */
/** 生成考勤 of each month in turn. */
/** CFG-09 PRORATE_ATTENDANCE for the county (attended ÷ required days pays), in force from the start. */
export function prorateAttendance(core: Core): void {
  core.ctx.db
    .prepare(
      "INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('subsidy.prorationMode', '\"PRORATE_ATTENDANCE\"', 'x', 'y')",
    )
    .run();
}

export async function generateAttendance(core: Core, ...months: string[]) {
  for (const month of months) await must(core, 'attendance.generate', { month });
}

export async function octoberGrid(c: SubsidyCounty) {
  await must(c.core, 'attendance.generate', { month: '2026-10' });
  const grid = await must(c.core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
  const u = grid.rows.find((x) => x.placementId === c.urbanPlacementId)!;
  const r = grid.rows.find((x) => x.placementId === c.ruralPlacementId)!;
  return { grid, u, r };
}

/**
 * Runs `fn` on the first day after `month` when the working date is still inside it (an ordinary roster is reviewed
 * only once its month has ended), then puts the working date back.
 */
export async function afterMonthEnd<T>(core: Core, month: string, fn: () => Promise<T>): Promise<T> {
  const today = core.ctx.today;
  if (monthOf(today()) > month) return fn();
  core.ctx.today = () => `${addMonths(month, 1)}-01`;
  try {
    return await fn();
  } finally {
    core.ctx.today = today;
  }
}

/**
 * Generates the month's roster of `kind` and reviews it (审核人 阿依古丽) once the month has ended (afterMonthEnd);
 * returns the roster as generated.
 */
export async function reviewedRoster(core: Core, kind: 'post' | 'si' | 'internship', month: string) {
  const batch = await must(core, 'subsidies.generateBatch', { kind, month });
  await afterMonthEnd(core, month, () =>
    must(core, 'subsidies.review', { id: batch.id, reviewedBy: '阿依古丽', confirmUnentered: true }),
  );
  return batch;
}

/** Generates the 见习补贴 roster of one 见习单位 (scope 单位) for `month`. */
export const hostRoster = (core: Core, month: string, hostId: string) =>
  must(core, 'subsidies.generateBatch', { kind: 'internship', month, scope: 'employer', employerId: hostId });

/** A 补发/扣回 line's input: its roster, the roster line it corrects, the amount (negative: 扣回) and the reason. */
export const adjustment = (batchId: string, originalItemId: string, amountFen: number, reason: string) => ({
  batchId,
  originalItemId,
  amountFen,
  reason,
});

/** Generates October 2026 and saves the urban person's row with `over`; the grid and row as generated (u) and the save's answer. */
export async function saveUrbanOctober(c: SubsidyCounty, over: Parameters<typeof entry>[1]) {
  const { grid, u } = await octoberGrid(c);
  const saved = await must(c.core, 'attendance.save', {
    month: '2026-10',
    employerId: c.employerId,
    rows: [entry(u, over)],
  });
  return { grid, u, saved };
}

/**
 * A person on the urban post since 2023-10-01 (born 1980, far from retirement): the 36 months of the subsidy period
 * are 2023-10 … 2026-09, so October 2026 keeps the row and pays nothing (BR-18).
 */
export async function placedBeyondPeriod(c: SubsidyCounty): Promise<{ personId: string; placementId: string }> {
  const personId = await urbanPerson(c, '19800101');
  const p = await place(c.core, personId, c.urbanPostId, {
    basisDate: '2023-09-01',
    startDate: '2023-10-01',
    contractEnd: '2027-09-30',
  });
  return { personId, placementId: p.placement.id };
}

/** subsidyCounty (two persons on posts of 乌帕尔镇人民政府 in 乌帕尔镇) and a third on a post of 塔什米里克乡人民政府. */
export async function twoTownships() {
  const core = makeCore();
  const c = await subsidyCounty(core);
  const { employerId: employer2, post: post2 } = await town2Post(c, {
    title: '护林员',
    postType: 'V02',
    areaType: 'rural',
    siSubsidy: false,
    contractType: '2',
  });
  const person3 = await ruralPerson(c, '19900101', '1');
  await place(core, person3, post2.id, {
    basisList: 'E24',
    basisCode: '1',
    startDate: '2026-10-01',
    contractEnd: '2027-09-30',
  });
  await must(core, 'attendance.generate', { month: '2026-10' });
  const town = { kind: 'post', month: '2026-10', scope: 'township', townshipId: c.town2 } as const;
  return { core, c, employer2, person3, town };
}

/**
 * twoTownships with October's post rosters of 乌帕尔镇 (A: a 乡镇 roster) and of 塔什米里克乡人民政府 (a 单位 of B,
 * whose post has person3 of A), both reviewed when `reviewed`; and a 乡镇经办 of A.
 */
export async function townshipRosters(reviewed: boolean) {
  const s = await twoTownships();
  const month = '2026-10';
  const own = await must(s.core, 'subsidies.generateBatch', {
    kind: 'post',
    month,
    scope: 'township',
    townshipId: s.c.town1,
  });
  const other = await must(s.core, 'subsidies.generateBatch', {
    kind: 'post',
    month,
    scope: 'employer',
    employerId: s.employer2,
  });
  if (reviewed)
    for (const b of [own, other])
      await must(s.core, 'subsidies.review', { id: b.id, reviewedBy: '阿依古丽', confirmUnentered: true });
  const clerk = signedInAs(s.core, 'clerk-a', 'clerk', { townshipIds: [s.c.town1], displayName: '甲镇经办' });
  return { ...s, own, other, clerk };
}
