// Corrections of an internship (internships.update), its soft delete and restore (DOMAIN §3.11, UI.md 编辑 / 删除 /
// 已删除 → 恢复). Every write re-runs what create checks on the values it leaves (planInternship, the record itself
// left out of CFG-19 and VR-13) and refuses a change of the living allowance (BR-27) of a month that is locked
// (period-locks) or whose allowance row is on a reviewed roster (BR-21): the allowance months before and after are
// compared as allowance generation computes them. Runs in the transaction dispatch opened, with its audit row.
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../shared/contract';
import type { InternshipDetail, InternshipUpdateParsed } from '../../../../shared/contract/internships';
import { chineseMonth } from '../../../../shared/domain/dates';
import { fenToYuanText } from '../../../../shared/domain/money';
import type { CoreContext } from '../../context';
import { assertFresh, nextStamp } from '../../db/stamp';
import { prepared } from '../../db/prepared';
import type { Saved } from '../../handlers';
import { refuseField } from '../../refuse-field';
import { assertMonthOpen, assertMonthsOpen } from '../period-locks/guard';
import { ALLOWANCE_WHAT, allowanceByMonth, removeAllowanceRow, type InternshipSpan } from '../subsidies/allowances';
import { assertRowWritable } from '../subsidies/lock';
import { planInternship, plannedColumns } from './checks';
import { internshipStartedBy, setPersonFlags } from './person-flags';
import { patchInternship, type InternshipRow } from './queries';
import { internshipDetail, requireAnyInternship, requireInternship, who } from './service';

/** Period lock: an internship is dated by its agreement start and its end (period-locks/guard.ts). */
const INTERNSHIP_WHAT = '见习记录';

const spanOf = (r: InternshipRow): InternshipSpan => ({
  id: r.id,
  agreement_start: r.agreement_start,
  agreement_end: r.agreement_end,
  end_date: r.end_date,
  end_type: r.end_type,
  allowance_standard: r.allowance_standard,
  allowance_source: r.allowance_source,
});

/** The months whose allowance differs between two spans of one internship (null: none, deleted or not yet there). */
function changedMonths(db: Database.Database, before: InternshipSpan | null, after: InternshipSpan | null): string[] {
  const a = before ? allowanceByMonth(db, before) : new Map();
  const b = after ? allowanceByMonth(db, after) : new Map();
  const months = new Set([...a.keys(), ...b.keys()]);
  return [...months].sort().filter((m) => JSON.stringify(a.get(m)) !== JSON.stringify(b.get(m)));
}

/**
 * Refuses when one of `months` is locked, or the internship's allowance row of it is on a reviewed roster (BR-21);
 * `field` marks the form field the change comes from. A roster outside the caller's townships (a 见习基地 of another
 * 乡镇) is not named to a 乡镇经办 (lockViewOf).
 */
function assertAllowancesOpen(ctx: CoreContext, id: string, months: readonly string[], field?: string): void {
  const db = ctx.db;
  const rows = new Map(
    (
      prepared(db, 'SELECT month, id FROM internship_allowances WHERE internship_id = ?').all(id) as {
        month: string;
        id: string;
      }[]
    ).map((r) => [r.month, r.id]),
  );
  for (const m of months) {
    assertMonthOpen(db, m, ALLOWANCE_WHAT, field);
    const row = rows.get(m);
    if (row) assertRowWritable(db, 'allowance_id', row, `${chineseMonth(m)}的见习补贴`, ctx.scope);
  }
}

/** internships.update: the labels the audit summary names a change by (before → after). */
const UPDATE_LABELS = {
  host_id: '见习单位',
  position: '见习岗位',
  intern_type: '见习人员类别',
  school: '毕业院校',
  major: '专业',
  degree: '学历',
  graduation_date: '毕业(离校)时间',
  agreement_start: '见习协议开始日期',
  agreement_end: '见习协议截止日期',
  allowance_standard: '生活费补助标准',
  host_allowance: '单位岗位补助',
  insurance_policy: '人身意外伤害保险保单号',
  remark: '备注',
  other_type_note: '其他类别说明',
} as const;
type UpdateColumn = keyof typeof UPDATE_LABELS;
const MONEY: readonly UpdateColumn[] = ['allowance_standard', 'host_allowance'];

const shown = (c: UpdateColumn, v: string | number | null) =>
  v === null ? '（空）' : MONEY.includes(c) ? `${fenToYuanText(v as number)}元` : String(v);

/**
 * Corrects an internship. On an ended one the agreement dates are fixed (the ending was checked against them: E22
 * 期满 is its end date, early endings fall before it); everything else may be corrected there too.
 */
export function updateInternship(ctx: CoreContext, v: InternshipUpdateParsed): Saved<InternshipDetail> {
  const r = requireInternship(ctx.db, v.id);
  assertFresh(r.updated_at, v.expectedUpdatedAt, INTERNSHIP_WHAT);
  const startMoved = v.agreementStart !== r.agreement_start;
  const endMoved = v.agreementEnd !== r.agreement_end;
  if (r.status === 'ended' && (startMoved || endMoved))
    refuseField(
      `该见习已于 ${r.end_date} 结束，见习协议起止日期不能再修改；其他内容仍可更正`,
      startMoved ? 'agreementStart' : 'agreementEnd',
    );
  const values = { ...v, personId: r.person_id };
  const plan = planInternship(ctx, values, { id: r.id, endDate: r.end_date });
  if (startMoved) assertMonthsOpen(ctx.db, [r.agreement_start, v.agreementStart], INTERNSHIP_WHAT, 'agreementStart');
  if (endMoved) assertMonthsOpen(ctx.db, [r.agreement_end, v.agreementEnd], INTERNSHIP_WHAT, 'agreementEnd');
  const write = plannedColumns(values, plan);
  const after = {
    ...spanOf(r),
    agreement_start: v.agreementStart,
    agreement_end: v.agreementEnd,
    allowance_standard: plan.allowanceStandardFen,
    allowance_source: write.allowance_source,
  };
  const field = startMoved ? 'agreementStart' : endMoved ? 'agreementEnd' : 'allowanceStandardFen';
  assertAllowancesOpen(ctx, r.id, changedMonths(ctx.db, spanOf(r), after), field);
  const changed = (Object.keys(UPDATE_LABELS) as UpdateColumn[])
    .filter((c) => write[c] !== r[c])
    .map((c) =>
      c === 'host_id'
        ? `${UPDATE_LABELS[c]} ${r.host_name} → ${plan.hostName}`
        : `${UPDATE_LABELS[c]} ${shown(c, r[c])} → ${shown(c, write[c])}`,
    );
  patchInternship(ctx.db, r.id, write, ctx.operator(), nextStamp(ctx.now(), r.updated_at));
  // BR-28: a start moved past today (or back to it) changes whether the person is 见习中 today.
  if (r.status === 'active')
    setPersonFlags(ctx, r.person_id, internshipStartedBy(ctx, r.person_id, ctx.today()), r.status_before ?? '10');
  return {
    data: internshipDetail(ctx, r.id),
    summary: `修改${who(ctx, r)}的就业见习：${changed.length ? changed.join('，') : '无改动'}`,
  };
}

/**
 * Soft delete: refused while a month of it is locked or one of its allowance rows is on a reviewed roster; its other
 * allowance rows leave the draft rosters. A running internship gives the person back the status before it (BR-28);
 * the status an ending set (单位就业 on retention …) is the person's own later fact and stays.
 */
export function deleteInternship(ctx: CoreContext, id: string): Saved<InternshipDetail> {
  const r = requireAnyInternship(ctx.db, id);
  if (r.deleted_at) throw ruleViolation('该见习记录已删除。');
  assertMonthsOpen(ctx.db, [r.agreement_start, r.end_date], INTERNSHIP_WHAT);
  const rows = prepared(ctx.db, 'SELECT id, month FROM internship_allowances WHERE internship_id = ?').all(r.id) as {
    id: string;
    month: string;
  }[];
  const months = new Set([...changedMonths(ctx.db, spanOf(r), null), ...rows.map((x) => x.month)]);
  assertAllowancesOpen(ctx, r.id, [...months].sort());
  for (const row of rows) removeAllowanceRow(ctx.db, row.id);
  const at = nextStamp(ctx.now(), r.updated_at);
  patchInternship(ctx.db, r.id, { deleted_at: at }, ctx.operator(), at);
  if (r.status === 'active')
    setPersonFlags(ctx, r.person_id, internshipStartedBy(ctx, r.person_id, ctx.today()), r.status_before ?? '10');
  return {
    data: internshipDetail(ctx, r.id, true),
    summary: `删除${who(ctx, r)}在“${r.host_name}”的就业见习（${r.agreement_start} 至 ${r.end_date ?? r.agreement_end}）`,
  };
}

/** Restore re-runs every create check against today's records (the row itself left out), then the person's flags. */
export function restoreInternship(ctx: CoreContext, id: string): Saved<InternshipDetail> {
  const r = requireAnyInternship(ctx.db, id);
  if (!r.deleted_at) throw ruleViolation('该见习记录未删除，无需恢复。');
  assertMonthsOpen(ctx.db, [r.agreement_start, r.end_date], INTERNSHIP_WHAT);
  assertAllowancesOpen(ctx, r.id, changedMonths(ctx.db, null, spanOf(r)));
  planInternship(
    ctx,
    {
      personId: r.person_id,
      hostId: r.host_id,
      position: r.position,
      internType: r.intern_type,
      school: r.school,
      major: r.major,
      degree: r.degree as InternshipUpdateParsed['degree'],
      graduationDate: r.graduation_date,
      agreementStart: r.agreement_start,
      agreementEnd: r.agreement_end,
      allowanceStandardFen: r.allowance_source === 'custom' ? r.allowance_standard : null,
      hostAllowanceFen: r.host_allowance,
      insurancePolicy: r.insurance_policy,
      remark: r.remark,
      otherTypeNote: r.other_type_note,
    },
    { id: r.id, endDate: r.end_date },
  );
  patchInternship(ctx.db, r.id, { deleted_at: null }, ctx.operator(), nextStamp(ctx.now(), r.updated_at));
  if (r.status === 'active') setPersonFlags(ctx, r.person_id, internshipStartedBy(ctx, r.person_id, ctx.today()), '10');
  return {
    data: internshipDetail(ctx, r.id),
    summary: `恢复${who(ctx, r)}在“${r.host_name}”的就业见习（${r.agreement_start} 至 ${r.end_date ?? r.agreement_end}）`,
  };
}
