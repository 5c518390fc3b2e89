// The most a corrected roster row may pay in all (audit9 gap 1, DOMAIN §3.10): a 补发 brings the row's original
// amount plus its corrections at most to what the row's month could have been due under the rules of its kind —
// whatever its days on post, attendance or deduction, which the correction may be putting right:
// - 岗位补贴: the post's full-month standard of the month (BR-19 factor 1): the standard the row was computed with,
//   or the one in force on the month's first day now if higher (a dated wage table reaching back); 0 for a month
//   after the subsidy period (BR-18);
// - 社保补贴: the employer's social insurance the row holds (BR-20, CFG-03 work injury), 0 where the post carries
//   none and after the period; a 岗位补贴 item claimed together (CFG-03 default) pays both, so its ceiling is both;
// - 见习补贴: the month's full living allowance standard (BR-27) plus the early-hire remainder due in it;
// - 培训补贴: the standard of the trainee's certificate (BR-36) plus the living allowance of the whole class (BR-37).
// One typo (fen for yuan, an extra 0) would otherwise pay out in full (audit9: +50,000.00 on a month of 1,252.77).
import type Database from 'better-sqlite3';
import type { BatchKind } from '../../../../shared/contract/subsidies';
import { monthSpan, siSubsidyFenOf } from '../../../../shared/domain/subsidy-amounts';
import { livingAllowanceFen } from '../../../../shared/domain/training-subsidy';
import type { TraineeCategoryCode } from '../../../../shared/enums/training-codes';
import type { CertificateCode } from '../../../../shared/enums/training-codes';
import { prepared } from '../../db/prepared';
import { beyondEntitlement, entitlementEnds } from '../attendance/entitlement';
import type { OnPostPlacement } from '../attendance/queries';
import { standardOn } from '../posts/service';
import { trainingRulesOn } from '../training/config';
import { allowanceByMonth, type InternshipSpan } from './allowances';
import { subsidyRulesForMonth } from './config';

/** Which amounts of an attendance row a correction is about: 岗位补贴, 社保补贴, or both (claimed together). */
export interface RowParts {
  post: boolean;
  si: boolean;
}

type AttendanceFacts = Pick<
  OnPostPlacement,
  'person_id' | 'standard_source' | 'monthly_standard' | 'area_type' | 'full_time' | 'monthly_hours'
> & {
  month: string;
  placement_id: string;
  standard: number;
  si_pension: number;
  si_medical: number;
  si_unemployment: number;
  si_injury: number;
  post_si: 0 | 1;
};

/** The full month of an attendance row: the parts asked for. */
function attendanceCeiling(db: Database.Database, attendanceId: string, parts: RowParts): number {
  const r = prepared(
    db,
    `SELECT a.month, a.placement_id, a.standard, a.si_pension, a.si_medical, a.si_unemployment, a.si_injury, pl.person_id,
      po.si_subsidy AS post_si, po.standard_source, po.monthly_standard, po.area_type, po.full_time, po.monthly_hours
    FROM attendance_months a JOIN placements pl ON pl.id = a.placement_id JOIN posts po ON po.id = pl.post_id WHERE a.id = ?`,
  ).get(attendanceId) as AttendanceFacts;
  const { first } = monthSpan(r.month);
  if (beyondEntitlement(entitlementEnds(db, [r.person_id], first).get(r.placement_id), r.month)) return 0;
  const post = Math.max(r.standard, standardOn(db, r, first));
  const si = siSubsidyFenOf(
    { pensionFen: r.si_pension, medicalFen: r.si_medical, unemploymentFen: r.si_unemployment, injuryFen: r.si_injury },
    r.post_si === 1,
    subsidyRulesForMonth(db, r.month).siInjuryIncluded,
  );
  return (parts.post ? post : 0) + (parts.si ? si : 0);
}

/** The full month of an internship allowance row, with the early-hire remainder of that month. */
function allowanceCeiling(db: Database.Database, allowanceId: string): number {
  const r = prepared(
    db,
    `SELECT ia.month, ia.standard, ia.early_hire_amount, it.id, it.agreement_start, it.agreement_end, it.end_date,
      it.end_type, it.allowance_standard, it.allowance_source
    FROM internship_allowances ia JOIN internships it ON it.id = ia.internship_id WHERE ia.id = ?`,
  ).get(allowanceId) as InternshipSpan & { month: string; standard: number; early_hire_amount: number };
  const now = allowanceByMonth(db, r).get(r.month);
  return Math.max(r.standard, now?.standard ?? 0) + Math.max(r.early_hire_amount, now?.early ?? 0);
}

/** A trainee's certificate standard and the living allowance of every hour of the class. */
function enrolmentCeiling(db: Database.Database, enrolmentId: string): number {
  const r = prepared(
    db,
    `SELECT te.standard_fen, te.cert_type, te.category, c.hours, c.end_date
    FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id WHERE te.id = ?`,
  ).get(enrolmentId) as {
    standard_fen: number;
    cert_type: CertificateCode | null;
    category: TraineeCategoryCode;
    hours: number;
    end_date: string;
  };
  const rules = trainingRulesOn(db, r.end_date);
  const standard = Math.max(r.standard_fen, (r.cert_type && rules.standards[r.cert_type]) || 0);
  return standard + livingAllowanceFen(r.category, r.hours, rules);
}

/** What a correction's row, of `kind`, could have been due in all (fen); `parts`: of an attendance row. */
export function mostDueFen(
  db: Database.Database,
  kind: BatchKind,
  row: { attendance_id: string | null; allowance_id: string | null; enrolment_id: string | null },
  parts: RowParts,
): number {
  if (kind === 'internship') return allowanceCeiling(db, row.allowance_id!);
  if (kind === 'training') return enrolmentCeiling(db, row.enrolment_id!);
  return attendanceCeiling(db, row.attendance_id!, parts);
}
