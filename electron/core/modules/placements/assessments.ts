// BR-23 年度考核 of a placement (DOMAIN §3.8; shared/contract/placement-renewals.ts): one result per placement and year,
// assessing a year again replaces it; removing one moves it to 已删除 (migration 0024), from where it can be restored
// while its year is still free and within the placement's years. The placement row itself is not touched (its
// updated_at guards the contract term, which a result does not change). Like assessing, neither checks a locked
// month: a result is dated by its year, not a month's figures.
import type { z } from 'zod';
import { notFound, ruleViolation } from '../../../../shared/contract';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import type { assessmentRemoveInput, placementAssessInput } from '../../../../shared/contract/placement-renewals';
import { assessmentResultLabel } from '../../../../shared/enums/post-codes';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { moveBack, moveToDeleted } from '../../db/deleted-rows';
import { nextStamp } from '../../db/stamp';
import { newId } from '../../ids';
import { refuseField } from '../../refuse-field';
import {
  assessmentOfYear,
  deletedAssessmentsOf,
  getAssessmentRow,
  getDeletedAssessmentRow,
  insertAssessment,
  patchAssessment,
  type AssessmentRow,
} from './history';
import type { PlacementRow } from './queries';
import { detailOf, requireLivePlacement, where, who } from './service';

const ASSESSMENT_NOT_FOUND = '找不到该考核记录。';

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
  moveToDeleted(ctx.db, 'placement_assessments', a.id, ctx.operator(), ctx.now(), v.reason);
  const why = v.reason ? `，原因：${v.reason}` : '';
  return { data: detailOf(ctx, r.id), summary: `删除${who(ctx, r)}在${where(r)}的${resultText(a)}${why}` };
}

/** A deleted result back as it was, after the assess checks again (the placement live, the year its own and free). */
export function restoreAssessmentRecord(ctx: CoreContext, id: string): Saved<PlacementDetail> {
  const a = getDeletedAssessmentRow(ctx.db, id);
  if (!a) {
    if (getAssessmentRow(ctx.db, id)) throw ruleViolation('该考核记录未删除，无需恢复。');
    throw notFound(ASSESSMENT_NOT_FOUND);
  }
  const r = requireLivePlacement(ctx.db, a.placement_id);
  checkYear(ctx, r, a.year);
  const now = assessmentOfYear(ctx.db, r.id, a.year);
  if (now)
    refuseField(
      `${a.year}年度已录入考核结果（${assessmentResultLabel(now.result)}，考核日期 ${now.assessed_on}），不能再恢复该年度的考核结果`,
      'year',
    );
  moveBack(ctx.db, 'placement_assessments', a.id, ctx.operator(), nextStamp(ctx.now(), a.updated_at));
  return { data: detailOf(ctx, r.id), summary: `恢复${who(ctx, r)}在${where(r)}的${resultText(a)}` };
}

/** placements.deletedAssessments: the placement's deleted results (a deleted placement's too, read-only). */
export function deletedAssessments(ctx: CoreContext, placementId: string) {
  return { items: deletedAssessmentsOf(ctx.db, placementId) };
}
