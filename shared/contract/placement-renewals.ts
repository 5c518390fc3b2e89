import { z } from 'zod';
import { channel, writeChannel } from './define';
import { deletedAssessment } from './placement-history';
import { dateField, editKey, itemsOf, optText, uuid, whole, idInput } from './fields';
import { overrideOf, placementDetail, placementSaved } from './placements';
import { ASSESSMENT_RESULT_CODES } from '../enums/post-codes';
import { custom } from './refine';

// 年度考核 and 续签 of a placement on a public-welfare post (DOMAIN §3.8, BR-23, CFG-14, VR-06, VR-15).
//
// placements.assess records the result of one year (one row per placement and year: assessing a year again replaces
// its result). Refused (RULE_VIOLATION, field named): a deleted placement; a year before the placement's start year
// or after the year of its leave date / today; an assessment date later than today.
// placements.removeAssessment removes a mistaken result: it moves to 已删除 (migration 0024) with an optional reason;
// placements.deletedAssessments lists them (已删除); placements.restoreAssessment brings one back after the
// assess checks again: the placement live, the year within its years, no other result recorded for that year.
//
// placements.renew (续签) continues an open placement's contract: the new term starts the day after the current
// contract end and ends on `contractEnd`. Refused, nothing written:
//   the placement is deleted or has left (离岗); the record changed since it was read (expectedUpdatedAt);
//   contractEnd not after the current end, or before the placement's 上岗日期 (startDate); a rural post's term over
//   CFG-14 months (乡村公益性岗位协议期限不超过12个月);
//   the post revoked or not valid on the new start; the person past statutory retirement on the new start (BR-03);
//   BR-23: the deciding year (the year before the one the new term mostly falls in: shared/domain/renewal-assessment.ts)
//   was assessed 不合格 — overridable with override.reason, which is kept on the renewal row and in the audit row
//   (details { rule: 'BR-23', overridable: true }).
// Warnings (saved anyway), keyed by field: assessment (no result recorded yet for that year); contractEnd (the new
// term runs past the BR-18 subsidy end: no subsidy is paid after it).

export const placementAssessInput = z
  .object({
    placementId: uuid('安置记录'),
    year: whole('考核年度', 2000, 2100, {
      missing: '请填写考核年度',
      tooSmall: '考核年度不正确',
      tooLarge: '考核年度不正确',
    }),
    result: z.enum(ASSESSMENT_RESULT_CODES, { error: '请选择考核结果' }),
    assessedOn: dateField('考核日期'),
    remark: optText('备注', 200),
  })
  .superRefine((v, ctx) => {
    if (Number(v.assessedOn.slice(0, 4)) < v.year) custom(ctx, `考核日期不能早于${v.year}年`, ['assessedOn']);
  });

export const assessmentRemoveInput = z.object({ id: uuid('考核记录'), reason: optText('删除原因', 200) });

export const placementRenewInput = z.object({
  ...editKey('安置记录'),
  contractEnd: dateField('续签后合同(协议)截止日期'),
  /** VR-15: renew despite a 不合格 assessment (BR-23), with a reason (the form's 续签理由). */
  override: overrideOf('续签理由'),
});

export const placementRenewalsChannels = {
  /** BR-23: the year's 年度考核 result (replaces an earlier result of the same year). */
  'placements.assess': writeChannel(placementAssessInput, placementDetail, 'placement'),
  'placements.removeAssessment': writeChannel(assessmentRemoveInput, placementDetail, 'placement'),
  'placements.restoreAssessment': writeChannel(idInput('考核记录'), placementDetail, 'placement'),
  /** The placement's deleted results (已删除), newest year first. */
  'placements.deletedAssessments': channel({
    input: z.object({ placementId: uuid('安置记录') }),
    output: itemsOf(deletedAssessment),
  }),
  /** 续签: the next term of an open placement; BR-23 refuses after a 不合格 year unless overridden. */
  'placements.renew': writeChannel(placementRenewInput, placementSaved, 'placement'),
};
