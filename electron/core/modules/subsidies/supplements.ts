// 补发/扣回 rosters (DOMAIN §3.10): corrections of locked months go into a supplementary roster of a later month, one
// signed amount with a reason per corrected row of a reviewed ordinary roster.
import { ruleViolation } from '../../../../shared/contract/result';
import type { BatchDetail, BatchKind } from '../../../../shared/contract/subsidies';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { newId } from '../../ids';
import { batchDetail, requireBatch, yuan } from './detail';
import { assertBatchDraft, batchName } from './lock';
import { assertMonthStarted } from './month-order';
import { purgedPayee } from './payee-copies';
import { getItem, insertBatch, insertItem } from './queries';
import { assertCorrectionFits, correctionShare } from './supplement-cap';

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
 * that row (original + earlier corrections on rosters that are not drafts + this one ≥ 0), and a 补发 never pays
 * more than the row's month could have been due; `part` 'si': the 社保补贴 of a 岗位补贴 item claimed together
 * (supplement-cap.ts).
 */
export function adjust(
  ctx: CoreContext,
  v: { batchId: string; originalItemId: string; amountFen: number; reason: string; part?: 'post' | 'si' },
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
  const share = correctionShare(db, o, v.part ?? 'post');
  assertCorrectionFits(db, o, share, b.id, v.amountFen);
  insertItem(
    db,
    {
      id: newId(),
      batchId: b.id,
      kind: share.kind,
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
