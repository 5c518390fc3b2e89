import { z } from 'zod';
import { attendanceGenerateOutput, lockInfo, monthPay } from './attendance';
import { channel, writeChannel } from './define';
import {
  requiredText,
  uuid,
  itemsOf,
  personColumns,
  optRef,
  dateField,
  monthField,
  fenField,
  optText,
  editKey,
  orNull,
  idInput,
} from './fields';
import { codeList, type CodeItem, type CodeOf } from '../enums/code-list';
import { custom } from './refine';

// Subsidy batches (补贴发放批次, DOMAIN §3.10; BR-21, BR-24, BR-27, CFG-03) and internship allowance months.
//
// A batch is the roster of one kind for one month: post 公益性岗位岗位补贴, si 公益性岗位社保补贴 (only when the county
// claims social insurance separately, setting subsidy.siClaim = 'separate'; otherwise the 岗位补贴 roster carries both
// amounts), internship 见习补贴. Status 草稿 → 已审核 → 已上报 → 已拨付. generateBatch puts every row of the month
// not yet on a roster of that kind into the month's draft (made when missing); review freezes the amounts and
// totals and LOCKS the batch and the rows it covers: from then on any write that would change them is refused with
// a message naming the batch. unreview (已审核 → 草稿 only) needs a reason and is audited. Corrections of a locked
// month go into a supplementary roster (补发/扣回) of a later month: createSupplement, then adjust with a signed amount
// (+ 补发, − 扣回) and a reason against an item of a reviewed batch of an earlier month.
// Kind training (职业培训补贴, DOMAIN §11) pays trainees of closed classes; its month's roster is made by
// training.generateBatch (the eligibility rules live with the classes), everything after that is the same.

export const BATCH_KIND_LIST = [
  { code: 'post', label: '公益性岗位岗位补贴' },
  { code: 'si', label: '公益性岗位社保补贴' },
  { code: 'internship', label: '见习补贴' },
  { code: 'training', label: '职业培训补贴' },
] as const satisfies readonly CodeItem[];
export type BatchKind = CodeOf<typeof BATCH_KIND_LIST>;
export const { codes: BATCH_KINDS, label: batchKindLabel } = codeList(BATCH_KIND_LIST);
/**
 * A month's ordinary roster of a kind, as every screen, message and report names it: 职业培训补贴申领花名册 (RPT-14's
 * DOMAIN title, audit7 gap 8), the others …发放花名册.
 */
export const rosterTitle = (kind: BatchKind): string =>
  `${batchKindLabel(kind)}${kind === 'training' ? '申领' : '发放'}花名册`;
export const BATCH_STATUS_LIST = [
  { code: 'draft', label: '草稿' },
  { code: 'reviewed', label: '已审核' },
  { code: 'reported', label: '已上报' },
  { code: 'paid', label: '已拨付' },
] as const satisfies readonly CodeItem[];
export type BatchStatus = CodeOf<typeof BATCH_STATUS_LIST>;
export const { codes: BATCH_STATUSES, label: batchStatusLabel } = codeList(BATCH_STATUS_LIST);

const kind = z.enum(BATCH_KINDS, { error: '请选择补贴类别' });

/**
 * 范围 of an ordinary roster (DOMAIN §3.10): the whole county (the default), one 乡镇(街道) (the rows of posts, or of
 * 见习单位, in it) or one 用人单位 / 见习单位 (its rows). A row is on at most one ordinary roster of its kind: a county
 * roster takes the rows not yet on one, a 乡镇 or 单位 roster refuses rows already on another.
 */
export const BATCH_SCOPE_LIST = [
  { code: 'county', label: '全县' },
  { code: 'township', label: '乡镇(街道)' },
  { code: 'employer', label: '用人单位' },
] as const satisfies readonly CodeItem[];
export type BatchScope = CodeOf<typeof BATCH_SCOPE_LIST>;
export const { codes: BATCH_SCOPES, label: batchScopeLabel } = codeList(BATCH_SCOPE_LIST);
export const BATCH_SCOPE_LABEL = '花名册范围';

/** generateBatch's input: kind, month and scope; a 乡镇 or 单位 scope names it. */
export const generateBatchInput = z
  .object({
    kind,
    month: monthField,
    scope: z
      .enum(BATCH_SCOPES, { error: `请选择${BATCH_SCOPE_LABEL}` })
      .nullish()
      .transform((v) => v ?? 'county'),
    townshipId: optRef,
    employerId: optRef,
  })
  .superRefine((v, ctx) => {
    if (v.scope === 'township' && !v.townshipId) custom(ctx, '请选择乡镇(街道)', ['townshipId']);
    if (v.scope === 'employer' && !v.employerId) custom(ctx, '请选择用人单位', ['employerId']);
  })
  .transform((v) => ({
    kind: v.kind,
    month: v.month,
    scope: v.scope,
    townshipId: v.scope === 'township' ? v.townshipId : null,
    employerId: v.scope === 'employer' ? v.employerId : null,
  }));
export type GenerateBatchInput = z.output<typeof generateBatchInput>;

/** The county's roster of a kind and month, as generateBatch takes it (the default scope). */
export const countyRoster = (kind: BatchKind, month: string): GenerateBatchInput => ({
  kind,
  month,
  scope: 'county',
  townshipId: null,
  employerId: null,
});

export const batchSummary = z.object({
  id: z.string(),
  kind: z.enum(BATCH_KINDS),
  kindLabel: z.string(),
  month: z.string(),
  supplementary: z.boolean(),
  /** 范围: county, or the 乡镇(街道) / 用人单位 named by scopeId and scopeName. */
  scope: z.enum(BATCH_SCOPES),
  scopeId: z.string().nullable(),
  scopeName: z.string().nullable(),
  /** e.g. 2026年11月公益性岗位岗位补贴发放花名册, 2026年11月乌帕尔镇公益性岗位岗位补贴发放花名册. */
  name: z.string(),
  status: z.enum(BATCH_STATUSES),
  statusLabel: z.string(),
  persons: z.number(),
  totalFen: z.number(),
  preparedBy: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  paidDate: z.string().nullable(),
});
export type BatchSummary = z.infer<typeof batchSummary>;

export const batchItem = z.object({
  id: z.string(),
  ...personColumns,
  townshipName: z.string(),
  employerName: z.string(),
  /** 岗位名称 or 见习岗位. */
  position: z.string(),
  /** The attendance or allowance month the item pays. */
  month: z.string(),
  amountFen: z.number(),
  /**
   * Supplementary items: the corrected item, its batch and the reason; `siPart`: the correction is of the 社保补贴 of
   * a 岗位补贴 item claimed together (its own column in RPT-07).
   */
  adjustsItemId: z.string().nullable(),
  adjustsBatchName: z.string().nullable(),
  reason: z.string().nullable(),
  siPart: z.boolean(),
});

export const batchDetail = batchSummary.extend({
  /** A draft's persons whose attendance was never entered: the roster pays them a full month (全勤). */
  unentered: z.number(),
  /** Payees without an account until the roster is paid (RPT-06 社会保障卡号(银行账号)); hostName: the 见习单位 paid an early-hire remainder. */
  missingAccounts: z.array(z.object({ personId: z.string(), personName: z.string(), hostName: z.string().nullable() })),
  items: z.array(batchItem),
});
export type BatchDetail = z.infer<typeof batchDetail>;

const byId = idInput('花名册');
/** 上报/拨付: the clerk agreed to go on although payees lack an account (the confirm names them). */
const confirmMissingAccounts = z.boolean().optional().default(false);

/** The same account as generating a month's attendance: rows made, refreshed, removed, left locked, and the total. */
/** The allowance generation's counts, and one warning per internship whose host allowance is under the month's floor. */
export const allowancesGenerateOutput = attendanceGenerateOutput.extend({ warnings: z.array(z.string()) });

export const allowanceRow = z.object({
  id: z.string(),
  internshipId: z.string(),
  personId: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
  hostName: z.string(),
  position: z.string(),
  agreementStart: z.string(),
  agreementEnd: z.string(),
  endDate: z.string().nullable(),
  month: z.string(),
  days: z.number(),
  calendarDays: z.number(),
  standardFen: z.number(),
  /** 应发, 扣减 with its reason, and 实发 = 应发 − 扣减 (DOMAIN §3.11 mirrors §3.9). */
  ...monthPay,
  earlyHireFen: z.number(),
  /** What a roster pays for the month: the paid allowance plus any early-hire remainder (BR-27). */
  totalFen: z.number(),
  /** 单位已发放岗位补助: the clerk checked that the host paid its own share this month (BR-27). */
  hostAllowanceVerified: z.boolean(),
  /** The row's updated_at as read: allowances.save sends it back (stale-save check). */
  updatedAt: z.string(),
  lock: lockInfo,
});
export type AllowanceRow = z.infer<typeof allowanceRow>;

/**
 * One allowance month's correction (allowances.save): a deduction with its reason (an absent month, a host that did
 * not pay its share) and whether the host's own allowance was seen paid. Refused once a reviewed roster covers the
 * month, or in a locked month, as attendance is; refused as stale when someone saved the month since it was read.
 */
export const allowanceSaveInput = z.object({
  ...editKey('见习补贴记录'),
  deductionFen: fenField('扣减金额'),
  deductionReason: optText('扣减原因', 100),
  hostAllowanceVerified: z.boolean({ error: '请选择单位是否已发放岗位补助' }),
});
export type AllowanceSaveInput = z.input<typeof allowanceSaveInput>;

/**
 * A generated roster, and how many allowance months the generation left off because the host's own allowance was
 * not verified (setting 见习补贴须核实单位已发放; always 0 for other kinds or with the setting off).
 */
export const generatedBatch = batchDetail.extend({ unverifiedLeftOut: z.number() });

export const monthOverview = z.object({
  month: z.string(),
  /**
   * Attendance per employer: placements on post, rows generated, rows entered, rows still to enter (generated, not
   * entered, not locked by a reviewed roster: persons on post without a row are onPost − rows) and rows locked.
   */
  employers: z.array(
    z.object({
      employerId: z.string(),
      employerName: z.string(),
      townshipName: z.string(),
      onPost: z.number(),
      rows: z.number(),
      entered: z.number(),
      missing: z.number(),
      locked: z.number(),
    }),
  ),
  internships: z.object({ running: z.number(), rows: z.number() }),
  batches: z.array(batchSummary),
});
export type MonthOverview = z.infer<typeof monthOverview>;

/**
 * The period a roster generated for a month covers (BR-24, 补贴申领周期 in force on the quarter's first day): the
 * month, or its quarter; label: 2026年11月 or 2026年第四季度（10–12月）. The generate forms show it.
 */
export const claimPeriod = z.object({
  from: z.string(),
  to: z.string(),
  byQuarter: z.boolean(),
  label: z.string(),
});
export type ClaimPeriod = z.infer<typeof claimPeriod>;

export const subsidiesChannels = {
  'subsidies.claimPeriod': channel({ input: z.object({ month: monthField }), output: claimPeriod }),
  'subsidies.generateBatch': writeChannel(generateBatchInput, generatedBatch, 'subsidyBatch'),
  /**
   * Before generating: the persons of the roster-to-be (its period and scope) whose attendance was never entered —
   * what its review will ask the clerk to confirm (subsidies.get's `unentered`); 0 for kinds without attendance.
   */
  'subsidies.rosterUnentered': channel({ input: generateBatchInput, output: z.object({ persons: z.number() }) }),
  'subsidies.get': channel({ input: byId, output: batchDetail }),
  'subsidies.list': channel({
    input: z.object({
      month: orNull(monthField),
      kind: orNull(kind),
    }),
    output: itemsOf(batchSummary),
  }),
  /** The months (earliest first) holding a 草稿 roster of one kind that the caller may list: what still awaits 审核. */
  'subsidies.draftMonths': channel({
    input: z.object({ kind: z.enum(BATCH_KINDS) }),
    output: z.object({ months: z.array(z.string()) }),
  }),
  'subsidies.review': writeChannel(
    byId.extend({
      reviewedBy: requiredText('审核人', 30),
      /** The clerk agreed that rows on attendance never entered are paid as full months (the review confirm says how many). */
      confirmUnentered: z.boolean().optional().default(false),
    }),
    batchDetail,
    'subsidyBatch',
  ),
  'subsidies.unreview': writeChannel(
    byId.extend({ reason: requiredText('撤销审核原因', 200) }),
    batchDetail,
    'subsidyBatch',
  ),
  'subsidies.report': writeChannel(
    byId.extend({ approvedBy: requiredText('审批人', 30), confirmMissingAccounts }),
    batchDetail,
    'subsidyBatch',
  ),
  'subsidies.pay': writeChannel(
    byId.extend({ paidDate: dateField('拨付日期'), confirmMissingAccounts }),
    batchDetail,
    'subsidyBatch',
  ),
  'subsidies.createSupplement': writeChannel(z.object({ kind, month: monthField }), batchDetail, 'subsidyBatch'),
  'subsidies.adjust': writeChannel(
    z.object({
      batchId: uuid('补发/扣回花名册'),
      originalItemId: uuid('原花名册记录'),
      amountFen: z
        .number({ error: '请填写补发/扣回金额' })
        .int({ error: '补发/扣回金额应为以分为单位的整数' })
        .refine((v) => v !== 0, { error: '补发/扣回金额不能为0' }),
      reason: requiredText('补发/扣回原因', 200),
      /**
       * What of the original item is corrected: its 岗位补贴 (default, and the whole item of any other kind) or — a
       * 岗位补贴 item claimed together with the social-insurance subsidy — its 社保补贴 (RPT-07 col 20, not 19).
       */
      part: z.enum(['post', 'si'], { error: '请选择更正的补贴项目' }).optional().default('post'),
    }),
    batchDetail,
    'subsidyBatch',
  ),
  /** townshipId: the attendance of employers in one 乡镇(街道) (the 首页's reminder opens it so); rosters stay whole. */
  'subsidies.overview': channel({
    input: z.object({
      month: monthField,
      townshipId: optRef,
    }),
    output: monthOverview,
  }),
  'allowances.generate': writeChannel(z.object({ month: monthField }), allowancesGenerateOutput, 'internshipAllowance'),
  'allowances.list': channel({
    input: z.object({ month: monthField }),
    output: z.object({ rows: z.array(allowanceRow) }),
  }),
  'allowances.save': writeChannel(allowanceSaveInput, allowanceRow, 'internshipAllowance'),
};
