import { z } from 'zod';
import { channel, writeChannel } from './define';
import { optText, uuid, personColumns, monthField, orNull } from './fields';
import { ASSESSMENT_RESULT_CODES } from '../enums/post-codes';

// Monthly attendance of placements on 公益性岗位 (DOMAIN §3.9; BR-19, BR-20, BR-21, BR-22, VR-14, CFG-03, CFG-09).
//
// attendance.generate makes one row per placement on post in the month (days on post > 0), idempotently: rows that
// exist keep what the clerk entered; rows of unlocked months follow later changes of the placement dates (days on
// post) and drop when the placement no longer falls in the month; rows covered by a reviewed batch never change.
// The standard is copied from the post when the row is made. attendance.save takes one employer's grid; every row is
// checked (shared/domain/subsidy-amounts.ts) and the whole grid is refused, with `fields` keyed rows.<i>.<field> and a
// message naming the row and the person, when any row is wrong. A row covered by a batch that is no longer a draft
// cannot be written: the refusal names the batch.
// Money in integer fen; amounts are finite numbers here so that the core can name the row of a fractional fen.

const amount = (label: string) =>
  z.number({ error: `${label}应为金额（分）` }).refine(Number.isFinite, { error: `${label}应为金额（分）` });
const days = (label: string) =>
  z.number({ error: `请填写${label}` }).refine(Number.isFinite, { error: `请填写${label}` });

export const attendanceGenerateInput = z.object({ month: monthField });
export const attendanceGenerateOutput = z.object({
  month: z.string(),
  /** Rows made now. */
  created: z.number(),
  /** Unlocked rows whose days on post followed a change of the placement. */
  refreshed: z.number(),
  /** Unlocked rows dropped: the placement was deleted or no longer falls in the month. */
  removed: z.number(),
  /** Rows left as they are because a reviewed batch covers them. */
  locked: z.number(),
  /** Rows of the month after generation. */
  total: z.number(),
});

export const lockInfo = z.object({ batchId: z.string(), batchName: z.string(), status: z.string() }).nullable();

/** A month's days on the post, days to attend and days attended, in the attendance sheet and on the person page. */
const monthDays = {
  daysOnPost: z.number(),
  requiredDays: z.number(),
  attendedDays: z.number(),
};

/**
 * A month's subsidy in fen: due, deducted (and why) and paid = due − deducted. The 岗位补贴 of the attendance sheet
 * and the person page, and the 见习补贴 of an allowance month (DOMAIN §3.11 mirrors §3.9).
 */
export const monthPay = {
  dueFen: z.number(),
  deductionFen: z.number(),
  deductionReason: z.string().nullable(),
  paidFen: z.number(),
};

export const attendanceRow = z.object({
  id: z.string(),
  placementId: z.string(),
  ...personColumns,
  postCode: z.string(),
  postTitle: z.string(),
  startDate: z.string(),
  leaveDate: z.string().nullable(),
  month: z.string(),
  ...monthDays,
  /** E28 marks, one per day of the month; null = not kept. */
  dailyMarks: z.string().nullable(),
  /** The marks a row starts from when the clerk begins marking days: √ working day, 休 休息日, — off post. */
  defaultMarks: z.string(),
  standardFen: z.number(),
  ...monthPay,
  siPensionFen: z.number(),
  siMedicalFen: z.number(),
  siUnemploymentFen: z.number(),
  siInjuryFen: z.number(),
  /** The post carries the social-insurance subsidy. */
  siEnabled: z.boolean(),
  siSubsidyFen: z.number(),
  /** 本月考核: 合格 / 不合格, the same 考核结果 codes as the 年度考核. */
  assessment: z.enum(ASSESSMENT_RESULT_CODES).nullable(),
  remark: z.string().nullable(),
  enteredAt: z.string().nullable(),
  /** The batch that locks the row (no longer a draft), if any. */
  lock: lockInfo,
  /** Set when the month lies after the person's subsidy period: why nothing is due (the row stays for attendance). */
  entitlementNote: z.string().nullable(),
});
export type AttendanceRow = z.infer<typeof attendanceRow>;

export const attendanceGridInput = z.object({ month: monthField, employerId: uuid('用人单位') });
export const attendanceGrid = z.object({
  month: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  calendarDays: z.number(),
  /** Days of the month (1-based) that are 休息日 by the working-day calendar (weekends, holidays, not 调休 days). */
  restDays: z.array(z.number()),
  rows: z.array(attendanceRow),
});
export type AttendanceGrid = z.infer<typeof attendanceGrid>;

export const attendanceEntry = z.object({
  id: uuid('考勤记录'),
  requiredDays: days('应出勤天数'),
  attendedDays: days('实际出勤天数'),
  dailyMarks: z
    .string()
    .nullish()
    .transform((v) => (v ? v : null)),
  deductionFen: amount('扣减'),
  deductionReason: optText('扣减原因', 100),
  siPensionFen: amount('单位缴纳养老保险'),
  siMedicalFen: amount('单位缴纳医疗保险'),
  siUnemploymentFen: amount('单位缴纳失业保险'),
  siInjuryFen: amount('单位缴纳工伤保险'),
  assessment: orNull(z.enum(ASSESSMENT_RESULT_CODES, { error: '本月考核只能是合格或不合格' })),
  remark: optText('备注', 200),
});
export type AttendanceEntry = z.input<typeof attendanceEntry>;

export const attendanceSaveInput = z.object({
  month: monthField,
  employerId: uuid('用人单位'),
  rows: z.array(attendanceEntry).min(1, { error: '没有要保存的考勤记录' }).max(2000, { error: '一次最多保存2000行' }),
});

/** One person's months on 公益性岗位 with their amounts and what rosters did with them (the person page). */
export const personMonth = z.object({
  id: z.string(),
  month: z.string(),
  employerName: z.string(),
  postTitle: z.string(),
  ...monthDays,
  ...monthPay,
  siSubsidyFen: z.number(),
  entitlementNote: z.string().nullable(),
  /** The ordinary 岗位补贴 roster that carries the month, if any. */
  roster: z.object({ batchId: z.string(), batchName: z.string(), status: z.string() }).nullable(),
  /** 补发 (+) / 扣回 (−) on supplementary rosters of later months. */
  adjustments: z.array(
    z.object({
      batchId: z.string(),
      batchName: z.string(),
      status: z.string(),
      amountFen: z.number(),
      reason: z.string().nullable(),
      /** A correction of the 社保补贴 claimed with the 岗位补贴 (subsidies.adjust part 'si'). */
      siPart: z.boolean(),
    }),
  ),
});
export type PersonMonth = z.infer<typeof personMonth>;

export const attendanceChannels = {
  'attendance.ofPerson': channel({
    input: z.object({ personId: uuid('人员') }),
    output: z.object({ rows: z.array(personMonth) }),
  }),
  'attendance.generate': writeChannel(attendanceGenerateInput, attendanceGenerateOutput, 'attendance'),
  'attendance.grid': channel({ input: attendanceGridInput, output: attendanceGrid }),
  'attendance.save': writeChannel(attendanceSaveInput, attendanceGrid, 'attendance'),
};
