// A stored placement → placementDetail: masked ID (VR-09), BR-01/BR-02 on today, BR-18 of its entitlement,
// BR-22 vacancy report due date and late flag, BR-23 年度考核 results and the 续签 history.
import { idMaskerOn, personColumnsOf, type IdMasker } from '../settings/display';
import type Database from 'better-sqlite3';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import { ageOn } from '../../../../shared/domain/age';
import { statutoryRetirement } from '../../../../shared/domain/retirement';
import { addDays } from '../../../../shared/domain/working-days';
import { difficultyCategoryLabel } from '../../../../shared/enums/difficulty-categories';
import { povertyStatusLabel } from '../../../../shared/enums/person-codes';
import type { LeaveReasonCode } from '../../../../shared/enums/post-codes';
import { softDeleteStampsOf } from '../../db/stamp';
import { placementRulesOn } from '../posts/config';
import { assessmentsOf, deletedAssessmentCount, renewalsOf } from './history';
import { personSpanRows, type PlacementRow } from './queries';
import { subsidyOf, toSpan, type RulesCache } from './subsidy';

export const basisLabel = (list: string, code: string) =>
  list === 'E06' ? difficultyCategoryLabel(code) : povertyStatusLabel(code);

/** BR-22: leave date + CFG-15 days. */
export function vacancyDueDate(db: Database.Database, leaveDate: string): string {
  return addDays(leaveDate, placementRulesOn(db, leaveDate).vacancyReportDays);
}

export function toPlacementDetail(
  db: Database.Database,
  r: PlacementRow,
  today: string,
  cache?: RulesCache,
  /** CFG-29: a list passes the mask it read once; one record reads it here. */
  mask: IdMasker = idMaskerOn(db, today),
): PlacementDetail {
  const due = r.leave_date ? vacancyDueDate(db, r.leave_date) : null;
  const late = due !== null && (r.vacancy_report_date ? r.vacancy_report_date > due : today > due);
  // A deleted placement is shown with the BR-18 figures it would have among the person's live placements.
  const spans = personSpanRows(db, r.person_id).filter((s) => s.id !== r.id);
  spans.push({
    id: r.id,
    post_id: r.post_id,
    start_date: r.start_date,
    leave_date: r.leave_date,
    new_cycle: r.new_cycle,
  });
  const { info } = subsidyOf(db, r, spans.map(toSpan), r.id, today, cache);
  return {
    id: r.id,
    ...personColumnsOf(r, mask),
    sex: r.sex,
    age: ageOn(r.birth_date, today),
    retirementDate: statutoryRetirement(r.birth_date, r.retirement_category).date,
    postId: r.post_id,
    postCode: r.post_code,
    postTitle: r.post_title,
    employerId: r.employer_id,
    employerName: r.employer_name,
    areaType: r.area_type,
    townshipName: r.township_name,
    basisList: r.basis_list,
    basisCode: r.basis_code,
    basisLabel: basisLabel(r.basis_list, r.basis_code),
    basisDate: r.basis_date,
    basisSource: r.basis_source,
    startDate: r.start_date,
    contractStart: r.contract_start,
    contractEnd: r.contract_end,
    accidentInsurance: r.accident_insurance,
    status: r.leave_date ? 'left' : 'onPost',
    leaveDate: r.leave_date,
    leaveReason: r.leave_reason as LeaveReasonCode | null,
    leaveNote: r.leave_note,
    vacancyReportDueDate: due,
    vacancyReportDate: r.vacancy_report_date,
    vacancyReportLate: late,
    subsidy: info,
    override: r.override_rules
      ? { rules: r.override_rules.split(','), reason: r.override_reason ?? '', by: r.override_by ?? '' }
      : null,
    assessments: assessmentsOf(db, r.id),
    deletedAssessments: deletedAssessmentCount(db, r.id),
    renewals: renewalsOf(db, r.id),
    remark: r.remark,
    ...softDeleteStampsOf(r),
    deleteReason: r.delete_reason,
  };
}
