import type { PlacementDetail } from '../../../../shared/contract/placements';
import type { ContractWorkItem } from '../../../../shared/contract/post-worklists';
import { shiftMonths } from '../../../../shared/domain/dates';
import { renewalAssessmentYear } from '../../../../shared/domain/renewal-assessment';
import { addDays } from '../../../../shared/domain/working-days';
import type { AreaTypeCode, AssessmentResultCode } from '../../../../shared/enums/post-codes';
import { formatMonth } from '../../components/format';

/**
 * What the 续签 modal needs of an open placement, from the post page or person page (a placementDetail) or from the
 * 合同到期 work list (a contractWorkItem): the contract in force and the 年度考核 deciding its renewal (BR-23).
 */
export interface RenewTarget {
  id: string;
  personName: string;
  postTitle: string;
  areaType: AreaTypeCode;
  contractStart: string;
  contractEnd: string;
  /** The placement's updatedAt (placements.renew's expectedUpdatedAt). */
  updatedAt: string;
  /** The year whose result decides whether the renewal needs a reason (BR-23, renewalAssessmentYear). */
  assessmentYear: number;
  /** null: that year is not assessed yet. */
  assessmentResult: AssessmentResultCode | null;
  /** BR-18: the last subsidised month (null: none known) and whether it is the retirement limit. */
  subsidyEndMonth: string | null;
  extendedToRetirement: boolean;
}

/** What both sources name alike: the person, the post and the contract in force. */
type RenewSource = Pick<
  RenewTarget,
  'personName' | 'postTitle' | 'areaType' | 'contractStart' | 'contractEnd' | 'updatedAt'
>;

/** What each source gives its own way: the placement's id, the deciding year's result and the BR-18 subsidy end. */
type RenewOwn = Pick<
  RenewTarget,
  'id' | 'assessmentYear' | 'assessmentResult' | 'subsidyEndMonth' | 'extendedToRetirement'
>;

const renewTarget = (s: RenewSource, own: RenewOwn): RenewTarget => ({
  personName: s.personName,
  postTitle: s.postTitle,
  areaType: s.areaType,
  contractStart: s.contractStart,
  contractEnd: s.contractEnd,
  updatedAt: s.updatedAt,
  ...own,
});

/** From placements.get / listBy…: the deciding year's result among the placement's assessments. */
export function renewTargetOfPlacement(p: PlacementDetail): RenewTarget {
  const year = renewalAssessmentYear(p.contractEnd);
  return renewTarget(p, {
    id: p.id,
    assessmentYear: year,
    assessmentResult: p.assessments.find((a) => a.year === year)?.result ?? null,
    subsidyEndMonth: p.subsidy.endMonth,
    extendedToRetirement: p.subsidy.extendedToRetirement,
  });
}

/** From the 合同到期 work list, which names the year, its result and the subsidy end itself. */
export const renewTargetOfWorkItem = (w: ContractWorkItem): RenewTarget =>
  renewTarget(w, {
    id: w.placementId,
    assessmentYear: w.assessmentYear,
    assessmentResult: w.assessmentResult,
    subsidyEndMonth: w.subsidyEndMonth,
    extendedToRetirement: w.extendedToRetirement === true,
  });

/** BR-18's last subsidised month as a list or the 续签 shows it: 2027年2月, 2044年12月（至退休）, — when none. */
export const subsidyEndText = (month: string | null, extendedToRetirement: boolean | null) =>
  `${formatMonth(month)}${extendedToRetirement ? '（至退休）' : ''}`;

/** Whether a contract ending on `contractEnd` runs past the subsidy's last month (placements.renew warns then). */
export const pastSubsidyEnd = (t: Pick<RenewTarget, 'subsidyEndMonth'>, contractEnd: string) =>
  t.subsidyEndMonth !== null && /^\d{4}-\d{2}/.test(contractEnd) && contractEnd.slice(0, 7) > t.subsidyEndMonth;

/** The last day of a term of n months from `start`, as the core counts a rural contract (2026-01-15 + 12 → 2027-01-14). */
export const termEnd = (start: string, months: number) => addDays(shiftMonths(start, months), -1);

/** The renewed term starts the day after the current contract end. */
export const renewedStart = (t: Pick<RenewTarget, 'contractEnd'>) => addDays(t.contractEnd, 1);

/**
 * The new end a renewal offers: one year from the new start, for a rural post no later than the CFG-14 term
 * (`ruralMonths`, the setting in force on the new start; null while it is read).
 */
export function defaultRenewedEnd(t: RenewTarget, ruralMonths: number | null): string {
  const start = renewedStart(t);
  const months = t.areaType === 'rural' && ruralMonths !== null ? Math.min(12, ruralMonths) : 12;
  return termEnd(start, months);
}
