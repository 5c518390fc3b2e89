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
import { ruleViolation } from '../../../../shared/contract/result';
import { batchKindLabel, type BatchKind } from '../../../../shared/contract/subsidies';
import { chineseMonth } from '../../../../shared/domain/dates';
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
import { yuan } from './detail';
import type { ItemRow } from './queries';

/** Which amounts of an attendance row a correction is about: 岗位补贴, 社保补贴, or both (claimed together). */
interface RowParts {
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
function mostDueFen(
  db: Database.Database,
  kind: BatchKind,
  row: { attendance_id: string | null; allowance_id: string | null; enrolment_id: string | null },
  parts: RowParts,
): number {
  if (kind === 'internship') return allowanceCeiling(db, row.allowance_id!);
  if (kind === 'training') return enrolmentCeiling(db, row.enrolment_id!);
  return attendanceCeiling(db, row.attendance_id!, parts);
}

/**
 * What a correction is about: the whole item, or — a 岗位补贴 item claimed together with the social-insurance subsidy
 * (CFG-03), which pays both — its 岗位补贴 or its 社保补贴 part (audit9 gap 8). A 社保补贴 part is stored as an item of
 * kind 'si' on the 岗位补贴 补发/扣回 roster: RPT-07 counts it in col 20, not 19 (paid-amounts.ts).
 */
interface CorrectionShare {
  /** The kind of the correction's item. */
  kind: BatchKind;
  /** A part of a together item: its own base (the row's 实发 or 社保补贴) and ceiling. */
  split: boolean;
  /** How messages name it. */
  label: string;
}

/** The correction's item: the original (with its roster's month) and what the clerk says it corrects. */
type Original = ItemRow & { batch_month: string };

/** The share of `o` a correction of `part` is about; refuses a 社保补贴 part where the item carries none. */
export function correctionShare(db: Database.Database, o: Original, part: 'post' | 'si'): CorrectionShare {
  // Claimed together, a 岗位补贴 item pays the social-insurance subsidy too (items.ts, by the roster's month).
  const together = o.kind === 'post' && subsidyRulesForMonth(db, o.batch_month).siClaim === 'together';
  if (part === 'si' && !together)
    throw ruleViolation(
      o.kind === 'post'
        ? `${chineseMonth(o.batch_month)}的社保补贴单独发放，不在岗位补贴花名册中，请在社保补贴补发/扣回花名册中更正。`
        : '只有与社保补贴合并发放的岗位补贴可以单独更正社保补贴。',
      { part: '该记录不含社保补贴' },
    );
  if (!together) return { kind: o.kind, split: false, label: batchKindLabel(o.kind) };
  return part === 'si'
    ? { kind: 'si', split: true, label: '社保补贴' }
    : { kind: 'post', split: true, label: '岗位补贴' };
}

/**
 * What the row has paid of the share so far: the original (for a part, the row's 实发 or 社保补贴, frozen with the
 * roster) plus the corrections of it on rosters that are not drafts and on this roster — and, `draftAdds`, the 补发 of
 * other drafts (a ceiling cannot be reached twice from two drafts).
 */
function paidSoFar(db: Database.Database, o: Original, share: CorrectionShare, batchId: string, draftAdds: boolean) {
  const base = !share.split
    ? o.amount_fen
    : (prepared(db, `SELECT ${share.kind === 'si' ? 'si_subsidy' : 'paid_amount'} FROM attendance_months WHERE id = ?`)
        .pluck()
        .get(o.attendance_id) as number);
  const corrections = prepared(
    db,
    `SELECT coalesce(sum(i.amount_fen), 0) FROM subsidy_batch_items i JOIN subsidy_batches s ON s.id = i.batch_id
    WHERE i.adjusts_item_id = @id AND (@kind IS NULL OR i.kind = @kind)
      AND (s.status <> 'draft' OR s.id = @batch OR (@drafts AND i.amount_fen > 0))`,
  )
    .pluck()
    .get({ id: o.id, kind: share.split ? share.kind : null, batch: batchId, drafts: draftAdds ? 1 : 0 }) as number;
  return base + corrections;
}

/**
 * A correction of a share fits: a 扣回 never takes back more than the item paid, nor, of a part, more than the part
 * paid; a 补发 never brings the share above what the row's month could have been due (mostDueFen).
 */
export function assertCorrectionFits(
  db: Database.Database,
  o: Original,
  share: CorrectionShare,
  batchId: string,
  amountFen: number,
): void {
  if (amountFen < 0) {
    // The whole item first (original + corrections ≥ 0), then the part a split correction is about.
    const whole: CorrectionShare = { kind: o.kind, split: false, label: '' };
    for (const s of share.split ? [whole, share] : [whole]) {
      const paid = paidSoFar(db, o, s, batchId, false);
      if (paid + amountFen >= 0) continue;
      throw ruleViolation(`扣回 ${yuan(-amountFen)} 元超过${o.person_name}该月已发的${s.label} ${yuan(paid)} 元。`, {
        amountFen: '扣回金额超过已发金额',
      });
    }
    return;
  }
  const parts = share.split
    ? { post: share.kind === 'post', si: share.kind === 'si' }
    : { post: o.kind === 'post', si: o.kind === 'si' };
  const most = mostDueFen(db, o.kind, o, parts);
  const paid = paidSoFar(db, o, share, batchId, true);
  if (paid + amountFen <= most) return;
  const left = Math.max(0, most - paid);
  throw ruleViolation(
    `${o.person_name}${chineseMonth(o.row_month)}的${share.label}按规定最多 ${yuan(most)} 元，已发（含已办理的补发/扣回）${yuan(paid)} 元，本次最多还可补发 ${yuan(left)} 元。`,
    { amountFen: `最多还可补发 ${yuan(left)} 元` },
  );
}
