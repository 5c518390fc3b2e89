// Generating an ordinary roster (DOMAIN §3.10; BR-21, BR-24, BR-27): the period's draft for a scope, made when
// missing, with every row of the period and scope not yet on one.
import { ruleViolation } from '../../../../shared/contract/result';
import type { GenerateBatchInput, generatedBatch } from '../../../../shared/contract/subsidies';
import type { z } from 'zod';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { newId } from '../../ids';
import { internshipRulesOn } from '../internships/config';
import { claimPeriodOf, subsidyRulesForMonth } from './config';
import { batchDetail, yuan } from './detail';
import { addPendingRows, unverifiedOffRoster } from './items';
import { assertBatchDraft } from './lock';
import { assertMonthStarted } from './month-order';
import { getBatch, insertBatch, ordinaryBatch } from './queries';
import { assertNoOtherPeriod, assertScopeFree, periodWords, resolveScope, rowSource, scopeRows } from './scope';

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
