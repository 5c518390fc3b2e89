import { savedWithWarnings, written, writtenAt, type ChannelsOf, type PartialHandlers } from '../../handlers';
import type { CoreContext } from '../../context';
import { idMaskerOn } from '../settings/display';
import { requirePost } from '../posts/service';
import { assessPlacement, deletedAssessments, removeAssessment, restoreAssessmentRecord } from './assessments';
import { toPlacementDetail } from './detail';
import { placementRowsByPerson, placementRowsByPost, type PlacementRow } from './queries';
import {
  createPlacement,
  deletePlacement,
  detailOf,
  leavePlacement,
  previewPlacement,
  reportVacancy,
  requirePlacement,
  restorePlacement,
  updatePlacement,
} from './service';
import { renewPlacement } from './renewal';
import type { RulesCache } from './subsidy';
import { suggestForPost } from './suggest';

type PlacementChannels = ChannelsOf<'placements'>;

/** A list of placements as the screens show them: one rules cache and one ID mask (CFG-29) for all the rows. */
function details(ctx: CoreContext, rows: PlacementRow[]) {
  const cache: RulesCache = new Map();
  const mask = idMaskerOn(ctx.db, ctx.today());
  return { items: rows.map((r) => toPlacementDetail(ctx.db, r, ctx.today(), cache, mask)) };
}

export const placementsHandlers: PartialHandlers<PlacementChannels> = {
  'placements.create': (input, ctx) => writtenAt('placement', createPlacement(ctx, input)),
  'placements.preview': (input, ctx) => previewPlacement(ctx, input),
  'placements.update': (input, ctx) => written(updatePlacement(ctx, input)),
  'placements.leave': (input, ctx) => written(leavePlacement(ctx, input)),
  'placements.reportVacancy': (input, ctx) => written(reportVacancy(ctx, input.id, input.reportDate)),
  'placements.delete': (input, ctx) => written(deletePlacement(ctx, input.id, input.reason)),
  'placements.restore': (input, ctx) => written(restorePlacement(ctx, input.id)),
  'placements.assess': (input, ctx) => written(assessPlacement(ctx, input)),
  'placements.removeAssessment': (input, ctx) => written(removeAssessment(ctx, input)),
  'placements.restoreAssessment': (input, ctx) => written(restoreAssessmentRecord(ctx, input.id)),
  'placements.deletedAssessments': (input, ctx) => {
    requirePlacement(ctx.db, input.placementId);
    return deletedAssessments(ctx, input.placementId);
  },
  'placements.renew': (input, ctx) => {
    const { data, summary } = renewPlacement(ctx, input);
    return savedWithWarnings('placement', { ...data, summary });
  },
  'placements.get': (input, ctx) => detailOf(ctx, input.id),
  'placements.listByPost': (input, ctx) => {
    requirePost(ctx.db, input.postId);
    return details(ctx, placementRowsByPost(ctx.db, input.postId, input.includeDeleted, ctx.scope));
  },
  'placements.listByPerson': (input, ctx) =>
    details(ctx, placementRowsByPerson(ctx.db, input.personId, input.includeDeleted)),
  'placements.suggestForPost': (input, ctx) => ({
    items: suggestForPost(ctx, requirePost(ctx.db, input.postId), input.startDate ?? ctx.today(), input.limit),
  }),
};
