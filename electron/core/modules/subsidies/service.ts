// A subsidy roster's steps after generation (DOMAIN §3.10; BR-21): review (freeze + lock), un-review with a reason,
// report, pay. Generating is generate.ts, the 补发/扣回 rosters that correct locked months supplements.ts, reading
// detail.ts. Every refusal of a locked roster or row goes through lock.ts. Writes run in dispatch's transaction with
// the audit row.
import { ruleViolation } from '../../../../shared/contract/result';
import { batchStatusLabel, type BatchDetail } from '../../../../shared/contract/subsidies';
import { chineseMonth } from '../../../../shared/domain/dates';
import { localDate } from '../../clock';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import type { Saved } from '../../handlers';
import { enteredBy } from '../accounts/caller';
import { batchDetail, liveTotals, requireBatch, yuan } from './detail';
import { refreshBatchItems } from './items';
import { assertBatchDraft, batchName, headSql, type BatchHead } from './lock';
import { assertMonthEnded } from './month-order';
import { clearPayees, copyPayees } from './payee-copies';
import { assertAccountsConfirmed, assertUnenteredConfirmed } from './roster-checks';
import { setStatus } from './queries';

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
