// postWorklists.contractsEnding (shared/contract/post-worklists.ts; DOMAIN §3.8, CFG-14, BR-23), judged on today:
// open placements (no leave date, not deleted) whose contract (协议) in force ends on or before today + withinDays,
// including those already ended (daysLeft < 0): to renew (续签) or to leave. Each row carries the 年度考核 of the year
// that decides the renewal (renewalAssessmentYear; placement_assessments), which says whether it needs a reason. A renewal moves
// the placement's own contract_end, so a renewed contract leaves the list by itself. The page's rows also carry their
// BR-18 subsidy end (补贴截止, subsidyEndMonth / extendedToRetirement), so the clerk sees before a 续签 whether the new
// term would run past it (placements.renew warns then).
import type { z } from 'zod';
import type { ContractWorkItem, contractsEndingInput } from '../../../../shared/contract/post-worklists';
import { addDays, daysBetween } from '../../../../shared/domain/working-days';
import type { AssessmentResultCode } from '../../../../shared/enums/post-codes';
import { renewalAssessmentYear } from '../../../../shared/domain/renewal-assessment';
import type { CoreContext } from '../../context';
import { keptUntilWrite } from '../../db/memo';
import { prepared } from '../../db/prepared';
import { scopeParam } from '../../scope/scope';
import { subsidiesOf, type SubsidyTarget } from '../placements/subsidy';
import { pageOf, placeTerms, type Ranked } from './worklist-page';

type ContractExtra = Pick<
  ContractWorkItem,
  'areaType' | 'contractStart' | 'contractEnd' | 'assessmentYear' | 'assessmentResult' | 'updatedAt'
>;

interface ContractRow {
  id: string;
  start_date: string;
  contract_start: string;
  contract_end: string;
  updated_at: string;
  area_type: 'urban' | 'rural';
  assessment_result: AssessmentResultCode | null;
}

/** The open placements whose contract ends by today + withinDays, with the 年度考核 deciding their renewal. */
function contractsEndingRanked(ctx: CoreContext, withinDays: number, townshipId?: string): Ranked<ContractExtra>[] {
  const today = ctx.today();
  const rows = prepared(
    ctx.db,
    `SELECT pl.id, pl.start_date, pl.contract_start, pl.contract_end, pl.updated_at, po.area_type,
       pa.result AS assessment_result
     FROM placements pl JOIN posts po ON po.id = pl.post_id
     LEFT JOIN placement_assessments pa ON pa.placement_id = pl.id
       AND pa.year = CAST(substr(date(pl.contract_end, '+1 day', '+6 months'), 1, 4) AS INTEGER) - 1
     WHERE pl.leave_date IS NULL AND pl.deleted_at IS NULL AND pl.contract_end <= @horizon${placeTerms(ctx, townshipId)}`,
  ).all({ horizon: addDays(today, withinDays), townshipId, scope: scopeParam(ctx.scope) }) as ContractRow[];
  return rows.map((r) => ({
    id: r.id,
    start: r.start_date,
    daysLeft: daysBetween(today, r.contract_end),
    extra: {
      areaType: r.area_type,
      contractStart: r.contract_start,
      contractEnd: r.contract_end,
      assessmentYear: renewalAssessmentYear(r.contract_end),
      assessmentResult: r.assessment_result,
      updatedAt: r.updated_at,
    },
  }));
}

/** Kept until the next write (db/memo.ts), like the other ranked lists; the caller's townships only. */
export const contractsEndingList = (ctx: CoreContext, days: number, t?: string) =>
  keptUntilWrite(ctx, `contracts|${days}|${t ?? ''}`, () => contractsEndingRanked(ctx, days, t));

/** The page's placements with their persons' retirement data, for BR-18 (the page only: the ranking needs none). */
function subsidyTargets(ctx: CoreContext, ids: readonly string[]): SubsidyTarget[] {
  return prepared(
    ctx.db,
    `SELECT pl.id, pl.person_id, pe.birth_date, pe.retirement_category
     FROM placements pl JOIN persons pe ON pe.id = pl.person_id WHERE pl.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as SubsidyTarget[];
}

export function contractsEnding(ctx: CoreContext, q: z.output<typeof contractsEndingInput>) {
  const page = pageOf(ctx.db, contractsEndingList(ctx, q.withinDays, q.townshipId), q, ctx.today());
  const ids = page.items.map((i) => i.placementId);
  const subsidies = subsidiesOf(ctx.db, subsidyTargets(ctx, ids), ctx.today());
  const items = page.items.map((i) => {
    const s = subsidies.get(i.placementId);
    return { ...i, subsidyEndMonth: s?.endMonth ?? null, extendedToRetirement: s?.extendedToRetirement ?? null };
  });
  return { ...page, items };
}
