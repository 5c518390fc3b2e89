import { z } from 'zod';
import { ASSESSMENT_RESULT_CODES } from '../enums/post-codes';
import { lastSavedStamps, removedStamps } from './fields';

// What a placement's detail shows of its 年度考核 (BR-23) and 续签 history (DOMAIN §3.8; migration 0018).

export const placementAssessment = z.object({
  id: z.string(),
  year: z.number(),
  result: z.enum(ASSESSMENT_RESULT_CODES),
  /** 合格 / 不合格. */
  resultLabel: z.string(),
  assessedOn: z.string(),
  remark: z.string().nullable(),
  ...lastSavedStamps,
});
export type PlacementAssessment = z.infer<typeof placementAssessment>;

/** A deleted result (migration 0024), listed by 已删除 with 恢复. */
export const deletedAssessment = placementAssessment.extend(removedStamps);
export type DeletedAssessment = z.infer<typeof deletedAssessment>;

export const placementRenewal = z.object({
  id: z.string(),
  /** The term this renewal replaced. */
  previousStart: z.string(),
  previousEnd: z.string(),
  /** The new term: contractStart = previousEnd + 1 day. */
  contractStart: z.string(),
  contractEnd: z.string(),
  renewedOn: z.string(),
  /** BR-23 overridden (VR-15): the year before was assessed 不合格 and the clerk gave this reason. */
  overrideReason: z.string().nullable(),
  by: z.string(),
});
export type PlacementRenewal = z.infer<typeof placementRenewal>;
