// One internship allowance month corrected by the clerk (DOMAIN §3.11 mirrors §3.9; BR-27, VR-14): a deduction with
// its reason (an absent month, a host that did not pay its share), paid = due − deduction, and 单位已发放岗位补助
// (host_allowance_verified). Refused as an attendance row is: in a locked month (period-locks/guard.ts) and once a
// reviewed roster covers the month (lock.ts), and as stale when the row was saved since the clerk read it
// (assertFresh); a draft roster's item follows the new paid amount. Runs in the transaction dispatch opened, with
// the audit row.
import { badInput, notFound } from '../../../../shared/contract/result';
import type { AllowanceRow, AllowanceSaveInput } from '../../../../shared/contract/subsidies';
import { chineseMonth } from '../../../../shared/domain/dates';
import { fenToYuanText } from '../../../../shared/domain/money';
import { deductionIssues } from '../../../../shared/domain/subsidy-amounts';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import { assertFresh, nextStamp } from '../../db/stamp';
import { updateRow } from '../../db/update-row';
import type { Saved } from '../../handlers';
import { assertMonthOpen } from '../period-locks/guard';
import { ALLOWANCE_WHAT, allowanceRows } from './allowances';
import { refreshDraftItems } from './items';
import { assertRowWritable } from './lock';

interface Found {
  id: string;
  month: string;
  due_amount: number;
  updated_at: string;
  person_name: string;
}

export function saveAllowance(ctx: CoreContext, input: AllowanceSaveInput): Saved<AllowanceRow> {
  const db = ctx.db;
  const r = prepared(
    db,
    `SELECT ia.id, ia.month, ia.due_amount, ia.updated_at, pe.name AS person_name FROM internship_allowances ia
    JOIN internships it ON it.id = ia.internship_id JOIN persons pe ON pe.id = it.person_id WHERE ia.id = ?`,
  ).get(input.id) as Found | undefined;
  if (!r) throw notFound('找不到该见习补贴记录，请刷新后重试。');
  const what = `${r.person_name}${chineseMonth(r.month)}的见习补贴`;
  assertMonthOpen(db, r.month, ALLOWANCE_WHAT);
  assertRowWritable(db, 'allowance_id', r.id, what, ctx.scope);
  assertFresh(r.updated_at, input.expectedUpdatedAt, '见习补贴记录');
  const deduction = input.deductionFen;
  const reason = input.deductionReason ?? null;
  const issues = deductionIssues(deduction, reason, '应发生活费补助', () => r.due_amount);
  // The form is of this one month: its fields say what is wrong; the message names the month as well.
  if (issues.length)
    throw badInput(Object.fromEntries(issues.map((i) => [i.field, i.message])), `${what}：${issues[0].message}`);
  const by = ctx.operator();
  const at = nextStamp(ctx.now(), r.updated_at);
  const verified = input.hostAllowanceVerified;
  updateRow(
    db,
    'internship_allowances',
    r.id,
    { deduction, deduction_reason: deduction > 0 ? reason : null, host_allowance_verified: verified ? 1 : 0 },
    by,
    at,
  );
  refreshDraftItems(db, 'allowance_id', [r.id], by, at);
  const cut = deduction > 0 ? `扣减 ${fenToYuanText(deduction)} 元（${reason}）` : '无扣减';
  return {
    data: allowanceRows(db, 'ia.id = ?', [r.id], ctx.today())[0],
    summary: `修改${what}：${cut}，实发 ${fenToYuanText(r.due_amount - deduction)} 元，单位已发放岗位补助：${verified ? '是' : '否'}`,
  };
}
