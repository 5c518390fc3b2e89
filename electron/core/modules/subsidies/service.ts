// Subsidy rosters (DOMAIN §3.10; BR-21, BR-24, BR-27): generate a month's draft, review (freeze + lock), un-review
// with a reason, report, pay, and the supplementary 补发/扣回 rosters that correct locked months. Every refusal of a
// locked roster or row goes through lock.ts. Writes run in dispatch's transaction with the audit row.
import { idMaskerOn } from '../settings/display';
import type Database from 'better-sqlite3';
import { notFound, ruleViolation } from '../../../../shared/contract/result';
import {
  batchKindLabel,
  batchStatusLabel,
  type BatchDetail,
  type BatchKind,
  type BatchSummary,
  type GenerateBatchInput,
  type generatedBatch,
} from '../../../../shared/contract/subsidies';
import type { z } from 'zod';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { prepared } from '../../db/prepared';
import { enteredBy } from '../accounts/caller';
import { newId } from '../../ids';
import { chineseMonth } from '../../../../shared/domain/dates';
import { claimPeriodOf, subsidyRulesForMonth } from './config';
import { addPendingRows, refreshBatchItems, unverifiedOffRoster } from './items';
import { internshipRulesOn } from '../internships/config';
import { assertNoOtherPeriod, assertScopeFree, periodWords, resolveScope, rowSource, scopeRows } from './scope';
import { assertBatchDraft, batchName, headSql, type BatchHead } from './lock';
import { assertMonthEnded, assertMonthStarted } from './month-order';
import { clearPayees, copyPayees, purgedPayee } from './payee-copies';
import { assertAccountsConfirmed, assertUnenteredConfirmed, missingAccounts, unenteredPersons } from './roster-checks';
import {
  batchItems,
  getBatch,
  getItem,
  insertBatch,
  insertItem,
  listBatches,
  ordinaryBatch,
  setStatus,
  type BatchRow,
  type ItemRow,
} from './queries';
import { localDate } from '../../clock';

const yuan = (fen: number) => (fen / 100).toFixed(2);

function liveTotals(db: Database.Database, id: string): { persons: number; fen: number } {
  const r = prepared(
    db,
    `SELECT count(DISTINCT coalesce(a.placement_id, ia.internship_id, te.id)) AS persons, coalesce(sum(i.amount_fen), 0) AS fen
    FROM subsidy_batch_items i LEFT JOIN attendance_months a ON a.id = i.attendance_id LEFT JOIN internship_allowances ia ON ia.id = i.allowance_id
    LEFT JOIN training_enrolments te ON te.id = i.enrolment_id
    WHERE i.batch_id = ?`,
  ).get(id) as { persons: number; fen: number };
  return r;
}

/** `items`: the roster's items when already read (a draft's totals then come from them, not a second query). */
export function toSummary(db: Database.Database, b: BatchRow, items?: readonly ItemRow[]): BatchSummary {
  const live =
    b.status !== 'draft'
      ? { persons: b.total_persons ?? 0, fen: b.total_fen ?? 0 }
      : items
        ? { persons: new Set(items.map((i) => i.source_id)).size, fen: items.reduce((sum, i) => sum + i.amount_fen, 0) }
        : liveTotals(db, b.id);
  return {
    id: b.id,
    kind: b.kind,
    kindLabel: batchKindLabel(b.kind),
    month: b.month,
    supplementary: b.supplementary === 1,
    scope: b.township_id ? 'township' : b.employer_id ? 'employer' : 'county',
    scopeId: b.township_id ?? b.employer_id,
    scopeName: b.scope_name ?? null,
    name: batchName(b),
    status: b.status,
    statusLabel: batchStatusLabel(b.status),
    persons: live.persons,
    totalFen: live.fen,
    preparedBy: b.prepared_by,
    reviewedBy: b.reviewed_by,
    reviewedAt: b.reviewed_at,
    approvedBy: b.approved_by,
    paidDate: b.paid_date,
  };
}

/** `today`: the CFG-29 mask in force (settings/display.ts). */
export function batchDetail(db: Database.Database, id: string, today: string): BatchDetail {
  const mask = idMaskerOn(db, today);
  const b = requireBatch(db, id);
  const names = new Map<string, string>();
  const adjustedName = (itemId: string | null) => {
    if (!itemId) return null;
    if (!names.has(itemId)) {
      const o = prepared(
        db,
        `SELECT ${headSql('b')} FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id WHERE i.id = ?`,
      ).get(itemId) as BatchHead;
      names.set(itemId, batchName(o));
    }
    return names.get(itemId)!;
  };
  const items = batchItems(db, id, b.kind, !!b.month_to);
  return {
    ...toSummary(db, b, items),
    unentered: b.status === 'draft' ? unenteredPersons(db, id) : 0,
    missingAccounts: b.status === 'paid' ? [] : missingAccounts(db, id),
    items: items.map((i) => ({
      id: i.id,
      personId: i.person_id,
      personName: i.person_name,
      idNumberMasked: mask(i.id_number),
      townshipName: i.township_name,
      employerName: i.employer_name,
      position: i.position,
      month: i.row_month,
      amountFen: i.amount_fen,
      adjustsItemId: i.adjusts_item_id,
      adjustsBatchName: adjustedName(i.adjusts_item_id),
      reason: i.reason,
    })),
  };
}

export function requireBatch(db: Database.Database, id: string): BatchRow {
  const b = getBatch(db, id);
  if (!b) throw notFound('找不到该补贴发放花名册。');
  return b;
}

/**
 * BR-21: the month's draft roster of `kind` for the scope (scope.ts: the county by default, a 乡镇 or a 单位) with every
 * row of the month and scope not yet on one (made when missing). A 乡镇 or 单位 roster refuses rows already on another.
 * BR-24: refused while a roster of the other claim period (by month / by quarter) covers any of its months.
 * BR-27: with internships.requireHostAllowanceVerified on the period's first day, a 见习补贴 roster takes only the
 * months whose host allowance was verified, and says how many it left off.
 */
export function generateBatch(ctx: CoreContext, input: GenerateBatchInput): Saved<z.output<typeof generatedBatch>> {
  const { kind, month } = input;
  const db = ctx.db;
  if (kind === 'si' && subsidyRulesForMonth(db, month).siClaim !== 'separate') {
    throw ruleViolation('本县社会保险补贴与岗位补贴合并发放，已列入岗位补贴花名册，不单独编制社保补贴花名册。', {
      kind: '社保补贴不单独编制花名册',
    });
  }
  if (kind === 'training')
    throw ruleViolation('职业培训补贴申领花名册请在“职业技能培训 → 培训补贴”中编制。', {
      kind: '请在职业技能培训中编制',
    });
  const scope = resolveScope(db, input);
  // BR-24: claimed by quarter, a roster covers the quarter of the month chosen; not before its first month.
  const period = claimPeriodOf(db, month);
  assertMonthStarted(ctx.today(), period.from);
  const monthTo = period.to === period.from ? null : period.to;
  assertNoOtherPeriod(db, kind, period);
  const by = ctx.operator();
  const at = ctx.now();
  let b = ordinaryBatch(db, kind, period.from, scope.ids, monthTo);
  if (b) assertBatchDraft(b);
  assertScopeFree(db, kind, period, scope, b?.id ?? null);
  if (!b) {
    const { what } = rowSource(kind);
    const rows = scopeRows(db, kind, period, scope.ids);
    const where = `${periodWords(period)}${scope.name ?? ''}`;
    if (rows.all === 0)
      throw ruleViolation(`${where}还没有${what}记录，请先生成${what}。`, {
        [scope.ids.township_id ? 'townshipId' : scope.ids.employer_id ? 'employerId' : 'month']: `本月没有${what}记录`,
      });
    if (rows.free === 0 && !scope.name)
      throw ruleViolation(`${where}的${what}记录都已列入乡镇或单位的发放花名册，无需再编制全县花名册。`, {
        month: `本月${what}记录都已列入花名册`,
      });
    const id = newId();
    insertBatch(db, id, kind, period.from, false, by, at, scope.ids, monthTo);
    b = getBatch(db, id)!;
  }
  const verifiedOnly = kind === 'internship' && internshipRulesOn(db, `${period.from}-01`).requireHostVerified;
  const added = addPendingRows(db, b.id, kind, period, by, at, scope.ids, verifiedOnly);
  const unverifiedLeftOut = verifiedOnly ? unverifiedOffRoster(db, period, scope.ids) : 0;
  const data = batchDetail(db, b.id, ctx.today());
  const leftOut = unverifiedLeftOut ? `，未核实单位已发放岗位补助未列入 ${unverifiedLeftOut} 人` : '';
  return {
    data: { ...data, unverifiedLeftOut },
    summary: `编制${data.name}（草稿）：新增 ${added} 人，共 ${data.persons} 人，合计 ${yuan(data.totalFen)} 元${leftOut}`,
  };
}

/**
 * 草稿 → 已审核: amounts frozen, totals stored, what the roster prints about each payee copied (payee-copies.ts), the
 * roster and its rows locked. An ordinary roster of months on post
 * (岗位、社保、见习补贴) only once its last month has ended (month-order.ts); a 培训补贴 roster pays closed classes.
 * Rows on attendance never entered pay a full month: refused unless `confirmUnentered` says the clerk agreed.
 */
export function reviewBatch(
  ctx: CoreContext,
  id: string,
  reviewedBy: string,
  confirmUnentered = false,
): Saved<BatchDetail> {
  const db = ctx.db;
  const b = requireBatch(db, id);
  assertBatchDraft(b);
  if (!b.supplementary && b.kind !== 'training') assertMonthEnded(ctx.today(), b.month_to ?? b.month);
  const by = ctx.operator();
  const at = ctx.now();
  refreshBatchItems(db, id, by, at);
  const t = liveTotals(db, id);
  if (t.persons === 0) throw ruleViolation(`“${batchName(b)}”没有人员，不能审核。`);
  assertUnenteredConfirmed(db, id, confirmUnentered);
  copyPayees(db, id, by, at);
  setStatus(
    db,
    id,
    'reviewed',
    { reviewed_by: reviewedBy, reviewed_at: at, total_persons: t.persons, total_fen: t.fen },
    by,
    at,
  );
  return {
    data: batchDetail(db, id, ctx.today()),
    summary: `审核${batchName(b)}：${t.persons} 人，合计 ${yuan(t.fen)} 元，审核人 ${reviewedBy}${enteredBy(ctx, reviewedBy)}`,
  };
}

/**
 * 已审核 → 草稿, with a reason (audited); the payee copies cleared. Not once reported or paid, nor while a reviewed
 * 补发/扣回 roster corrects it, nor once a purge kept rows of it without their records.
 */
export function unreviewBatch(ctx: CoreContext, id: string, reason: string): Saved<BatchDetail> {
  const db = ctx.db;
  const b = requireBatch(db, id);
  if (b.status !== 'reviewed') {
    throw ruleViolation(
      b.status === 'draft'
        ? `“${batchName(b)}”还是草稿，无需撤销审核。`
        : `“${batchName(b)}”${batchStatusLabel(b.status)}，不能撤销审核。如需更正，请在以后月份的补发/扣回花名册中办理。`,
    );
  }
  const corrected = prepared(
    db,
    `SELECT ${headSql('s')} FROM subsidy_batch_items o JOIN subsidy_batch_items a ON a.adjusts_item_id = o.id
    JOIN subsidy_batches s ON s.id = a.batch_id WHERE o.batch_id = ? LIMIT 1`,
  ).get(id) as BatchHead | undefined;
  if (corrected) throw ruleViolation(`“${batchName(b)}”已有“${batchName(corrected)}”对其补发/扣回，不能撤销审核。`);
  // A row whose person was purged past retention keeps only what the roster prints (payee-copies.ts): no draft of it.
  const purged = prepared(db, 'SELECT count(*) FROM subsidy_batch_items WHERE batch_id = ? AND printed IS NOT NULL')
    .pluck()
    .get(id) as number;
  if (purged)
    throw ruleViolation(
      `“${batchName(b)}”中有 ${purged} 条记录的人员档案已按保存期限清理，花名册只保留发放记录，不能撤销审核。`,
    );
  const by = ctx.operator();
  const at = ctx.now();
  setStatus(db, id, 'draft', { reviewed_by: null, reviewed_at: null, total_persons: null, total_fen: null }, by, at);
  clearPayees(db, id, by, at);
  return {
    data: batchDetail(db, id, ctx.today()),
    summary: `撤销审核${batchName(b)}（原审核人 ${b.reviewed_by}），原因：${reason}`,
  };
}

/** 已审核 → 已上报; payees without an account only once `confirmMissingAccounts` says the clerk agreed (roster-checks.ts). */
export function reportBatch(
  ctx: CoreContext,
  id: string,
  approvedBy: string,
  confirmMissingAccounts = false,
): Saved<BatchDetail> {
  const b = requireBatch(ctx.db, id);
  if (b.status !== 'reviewed')
    throw ruleViolation(`“${batchName(b)}”${batchStatusLabel(b.status)}，只有已审核的花名册可以上报。`);
  assertAccountsConfirmed(ctx.db, id, confirmMissingAccounts, '上报');
  setStatus(ctx.db, id, 'reported', { approved_by: approvedBy, reported_at: ctx.now() }, ctx.operator(), ctx.now());
  return { data: batchDetail(ctx.db, id, ctx.today()), summary: `上报${batchName(b)}，审批人 ${approvedBy}` };
}

/**
 * VR-06 order (§3.10 prepared, reviewed, paid): the paid date is neither in the future, nor before the review, nor
 * before the roster's month. Payees without an account as for 上报.
 */
export function payBatch(
  ctx: CoreContext,
  id: string,
  paidDate: string,
  confirmMissingAccounts = false,
): Saved<BatchDetail> {
  const b = requireBatch(ctx.db, id);
  if (b.status !== 'reported')
    throw ruleViolation(`“${batchName(b)}”${batchStatusLabel(b.status)}，只有已上报的花名册可以登记拨付。`);
  const refuse = (message: string) => {
    throw ruleViolation(message, { paidDate: message });
  };
  if (paidDate > ctx.today()) refuse('拨付日期不能晚于今天');
  const reviewed = b.reviewed_at ? localDate(b.reviewed_at) : '';
  if (paidDate < reviewed) refuse(`拨付日期不能早于审核日期（${reviewed}）`);
  if (paidDate < `${b.month}-01`) refuse(`拨付日期不能早于${chineseMonth(b.month)}1日`);
  assertAccountsConfirmed(ctx.db, id, confirmMissingAccounts, '拨付');
  setStatus(ctx.db, id, 'paid', { paid_date: paidDate }, ctx.operator(), ctx.now());
  return { data: batchDetail(ctx.db, id, ctx.today()), summary: `登记拨付${batchName(b)}，拨付日期 ${paidDate}` };
}

/** A new draft 补发/扣回 roster of `kind` for `month`. */
export function createSupplement(ctx: CoreContext, kind: BatchKind, month: string): Saved<BatchDetail> {
  // Like any roster, not for a month that has not begun: it could be neither reviewed nor paid before then.
  assertMonthStarted(ctx.today(), month);
  const id = newId();
  insertBatch(ctx.db, id, kind, month, true, ctx.operator(), ctx.now());
  const data = batchDetail(ctx.db, id, ctx.today());
  return { data, summary: `新建${data.name}（草稿）` };
}

/**
 * One correction on a draft 补发/扣回 roster: a signed amount (+ 补发, − 扣回) with a reason against an item of a
 * reviewed ordinary roster of the same kind and an EARLIER month; a 扣回 never takes back more than was paid for
 * that row (original + earlier corrections on rosters that are not drafts + this one ≥ 0).
 */
export function adjust(
  ctx: CoreContext,
  v: { batchId: string; originalItemId: string; amountFen: number; reason: string },
): Saved<BatchDetail> {
  const db = ctx.db;
  const b = requireBatch(db, v.batchId);
  if (!b.supplementary)
    throw ruleViolation(`“${batchName(b)}”不是补发/扣回花名册，更正请新建补发/扣回花名册。`, {
      batchId: '请选择补发/扣回花名册',
    });
  assertBatchDraft(b);
  const o = getItem(db, v.originalItemId);
  const purged = o ? undefined : purgedPayee(db, v.originalItemId);
  if (purged !== undefined)
    throw ruleViolation(
      `${purged}的档案已超过保存期限并已清理，原花名册中的这一行只保留为发放记录，不能再补发或扣回。`,
      {
        originalItemId: '该人员的档案已清理，不能补发/扣回',
      },
    );
  if (!o || o.adjusts_item_id)
    throw ruleViolation('找不到要更正的原花名册记录。', { originalItemId: '请选择原花名册中的人员' });
  const origin = {
    kind: o.kind,
    month: o.batch_month,
    month_to: o.batch_month_to,
    supplementary: o.batch_supplementary,
    scope_name: o.batch_scope_name,
  };
  if (o.kind !== b.kind)
    throw ruleViolation(`原记录属于“${batchName(origin)}”，与本花名册的补贴类别不同。`, {
      originalItemId: '补贴类别不同',
    });
  if (o.batch_status === 'draft')
    throw ruleViolation(`“${batchName(origin)}”还是草稿，直接修改考勤即可，无需补发/扣回。`, {
      originalItemId: '原花名册未审核',
    });
  if ((o.batch_month_to ?? o.batch_month) >= b.month)
    throw ruleViolation(`补发/扣回应在原花名册（${o.batch_month_to ?? o.batch_month}）以后的月份办理。`, {
      originalItemId: '补发/扣回应在以后月份办理',
    });
  const done = prepared(
    db,
    `SELECT coalesce(sum(i.amount_fen), 0) FROM subsidy_batch_items i JOIN subsidy_batches s ON s.id = i.batch_id
    WHERE i.adjusts_item_id = ? AND (s.status <> 'draft' OR s.id = ?)`,
  )
    .pluck()
    .get(o.id, b.id) as number;
  const net = o.amount_fen + done + v.amountFen;
  if (net < 0) {
    throw ruleViolation(
      `扣回 ${yuan(-v.amountFen)} 元超过${o.person_name}该月已发的 ${yuan(o.amount_fen + done)} 元。`,
      { amountFen: '扣回金额超过已发金额' },
    );
  }
  insertItem(
    db,
    {
      id: newId(),
      batchId: b.id,
      kind: b.kind,
      attendanceId: o.attendance_id,
      allowanceId: o.allowance_id,
      enrolmentId: o.enrolment_id,
      amountFen: v.amountFen,
      adjustsItemId: o.id,
      reason: v.reason,
    },
    ctx.operator(),
    ctx.now(),
  );
  const what = v.amountFen > 0 ? `补发 ${yuan(v.amountFen)} 元` : `扣回 ${yuan(-v.amountFen)} 元`;
  return {
    data: batchDetail(db, b.id, ctx.today()),
    summary: `${batchName(b)}：${o.person_name} ${o.row_month} ${what}，原因：${v.reason}`,
  };
}

/** `scope`: a 乡镇经办's townships (scopeParam): the county's rosters and their own townships' only. */
export function listSummaries(
  db: Database.Database,
  month: string | null,
  kind: BatchKind | null,
  scope: string | null = null,
): BatchSummary[] {
  return listBatches(db, month, kind, scope).map((b) => toSummary(db, b));
}
