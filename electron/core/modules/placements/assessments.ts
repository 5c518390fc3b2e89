// BR-23 年度考核 of a placement (DOMAIN §3.8; shared/contract/placement-renewals.ts): one result per placement and year,
// assessing a year again replaces it; removing one keeps what it was in the audit row. The placement row itself is
// not touched (its updated_at guards the contract term, which a result does not change).
import type { z } from 'zod';
import { notFound } from '../../../../shared/contract';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import type { assessmentRemoveInput, placementAssessInput } from '../../../../shared/contract/placement-renewals';
import { assessmentResultLabel } from '../../../../shared/enums/post-codes';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { nextStamp } from '../../db/stamp';
import { newId } from '../../ids';
import { refuseField } from '../../refuse-field';
import {
  assessmentOfYear,
  deleteAssessment,
  getAssessmentRow,
  insertAssessment,
  patchAssessment,
  type AssessmentRow,
} from './history';
import type { PlacementRow } from './queries';
import { detailOf, requireLivePlacement, where, who } from './service';

export const ASSESSMENT_NOT_FOUND = '找不到该考核记录。';

const resultText = (a: Pick<AssessmentRow, 'year' | 'result' | 'assessed_on'>) =>
  `${a.year}年度考核${assessmentResultLabel(a.result)}（考核日期 ${a.assessed_on}）`;
const yearOf = (date: string) => Number(date.slice(0, 4));

/** A year the placement was on post in, up to today: from its start year to the year of its leave date (or today). */
function checkYear(ctx: CoreContext, r: PlacementRow, year: number): void {
  const first = yearOf(r.start_date);
  if (year < first) refuseField(`考核年度不能早于上岗年度 ${first} 年`, 'year');
  const last = yearOf(r.leave_date ?? ctx.today());
  if (year > last) {
    const why = r.leave_date ? `离岗年度 ${last} 年` : `今年（${last} 年）`;
    refuseField(`考核年度不能晚于${why}`, 'year');
  }
}

export function assessPlacement(ctx: CoreContext, v: z.output<typeof placementAssessInput>): Saved<PlacementDetail> {
  const r = requireLivePlacement(ctx.db, v.placementId);
  checkYear(ctx, r, v.year);
  if (v.assessedOn > ctx.today()) refuseField(`考核日期不能晚于今天（${ctx.today()}）`, 'assessedOn');
  const row = { result: v.result, assessed_on: v.assessedOn, remark: v.remark };
  const before = assessmentOfYear(ctx.db, r.id, v.year);
  if (before) patchAssessment(ctx.db, before.id, row, ctx.operator(), nextStamp(ctx.now(), before.updated_at));
  else insertAssessment(ctx.db, newId(), { placement_id: r.id, year: v.year, ...row }, ctx.operator(), ctx.now());
  const was = before ? `（原为${assessmentResultLabel(before.result)}，考核日期 ${before.assessed_on}）` : '';
  return {
    data: detailOf(ctx, r.id),
    summary: `${who(ctx, r)}在${where(r)}的${resultText({ year: v.year, ...row })}${was}`,
  };
}

export function removeAssessment(ctx: CoreContext, v: z.output<typeof assessmentRemoveInput>): Saved<PlacementDetail> {
  const a = getAssessmentRow(ctx.db, v.id);
  if (!a) throw notFound(ASSESSMENT_NOT_FOUND);
  const r = requireLivePlacement(ctx.db, a.placement_id);
  deleteAssessment(ctx.db, a.id);
  return { data: detailOf(ctx, r.id), summary: `删除${who(ctx, r)}在${where(r)}的${resultText(a)}` };
}
