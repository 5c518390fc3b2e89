// The 培训补贴 of each trainee (BR-35 eligibility with the reason, BR-36 standard in force on the class end date,
// BR-37 living allowance) and the month's 培训补贴 roster on the shared subsidy batches (§3.10): made here, then
// reviewed, locked and corrected by supplement through subsidies.*.
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../shared/contract/result';
import type { BatchDetail } from '../../../../shared/contract/subsidies';
import { chineseMonth, monthRange } from '../../../../shared/domain/dates';
import { subsidyDecision, type PriorSubsidy, type SubsidyDecision } from '../../../../shared/domain/training-subsidy';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { prepared } from '../../db/prepared';
import { updateRow } from '../../db/update-row';
import { newId } from '../../ids';
import { refreshBatchItems } from '../subsidies/items';
import { batchName } from '../subsidies/lock';
import { batchStatusLabel } from '../../../../shared/contract/subsidies';
import { laterClassesNote } from '../../../../shared/domain/training-class';
import { getBatch, insertBatch, insertItem, ordinaryBatch } from '../subsidies/queries';
import { batchDetail } from '../subsidies/detail';
import { assertMonthStarted } from '../subsidies/month-order';
import { trainingRulesOn } from './config';
import { priorSubsidies, type ClassRow, type EnrolmentRow } from './queries';

const CLOSED = ['04', '05'];

/** A trainee's decision: frozen amounts once on a roster, otherwise the rules applied now. */
export function decisionOf(
  db: Database.Database,
  c: Pick<ClassRow, 'status' | 'hours' | 'occupation' | 'end_date'>,
  e: EnrolmentRow,
  extraPrior: readonly PriorSubsidy[] = [],
): SubsidyDecision {
  if (e.item_id)
    return {
      eligible: true,
      reason: null,
      standardFen: e.standard_fen,
      subsidyFen: e.subsidy_fen,
      livingFen: e.living_fen,
    };
  const prior = [...priorSubsidies(db, e.person_id, e.id), ...extraPrior];
  return subsidyDecision(
    {
      classClosed: CLOSED.includes(c.status),
      classHours: c.hours,
      occupation: c.occupation,
      classEndYear: c.end_date.slice(0, 4),
      attendedHours: e.attended_hours,
      result: e.result,
      certificate: e.cert_type,
      category: e.category,
    },
    prior,
    trainingRulesOn(db, c.end_date),
  );
}

/** A trainee's amounts as decided (standard, 培训补贴, 生活费补贴), stamped like any update. */
const setAmounts = (
  db: Database.Database,
  id: string,
  d: Pick<ReturnType<typeof decisionOf>, 'standardFen' | 'subsidyFen' | 'livingFen'>,
  by: string,
  at: string,
) =>
  updateRow(
    db,
    'training_enrolments',
    id,
    { standard_fen: d.standardFen, subsidy_fen: d.subsidyFen, living_fen: d.livingFen },
    by,
    at,
  );

/** Stores the amounts of trainees of a class that no roster locks; drops refused trainees from draft rosters. */
export function refreshClassAmounts(
  db: Database.Database,
  c: ClassRow,
  rows: EnrolmentRow[],
  by: string,
  at: string,
): void {
  const drafts = new Set<string>();
  for (const e of rows) {
    if (e.item_id && e.batch_status !== 'draft') continue;
    const d = decisionOf(db, c, { ...e, item_id: null });
    if (e.standard_fen !== d.standardFen || e.subsidy_fen !== d.subsidyFen || e.living_fen !== d.livingFen)
      setAmounts(db, e.id, d, by, at);
    if (e.item_id) {
      const batch = prepared(db, 'SELECT batch_id FROM subsidy_batch_items WHERE id = ?')
        .pluck()
        .get(e.item_id) as string;
      if (!d.eligible) prepared(db, 'DELETE FROM subsidy_batch_items WHERE id = ?').run(e.item_id);
      drafts.add(batch);
    }
  }
  for (const b of drafts) refreshBatchItems(db, b, by, at);
}

interface Candidate extends EnrolmentRow {
  c_status: ClassRow['status'];
  c_hours: number;
  c_occupation: string;
  c_end: string;
}

/**
 * The month's draft 培训补贴 roster with every eligible trainee of classes closed by the month's end. It stays one
 * month whatever 补贴申领周期 says: that setting (BR-24, CFG in the 补贴核算 group) is the claim period of the
 * month-by-month rosters — 岗位补贴, 社保补贴, 见习补贴, whose rows are months (§3.10's kinds; BR-27 cites quarterly
 * internship claims) — while DOMAIN §11 ties the 培训补贴 roster to §3.10 only for its lock and corrections. A trainee's
 * 培训补贴 is one amount after 结业, not a month, and this roster takes every eligible trainee not yet claimed: a county
 * claiming by quarter makes it in the quarter's last month and it holds the whole quarter's classes.
 */
export function generateTrainingBatch(ctx: CoreContext, month: string): Saved<BatchDetail> {
  const db = ctx.db;
  const by = ctx.operator();
  const at = ctx.now();
  assertMonthStarted(ctx.today(), month);
  const { end } = monthRange(month);
  let b = ordinaryBatch(db, 'training', month);
  // A reviewed roster takes no more trainees: say where the later classes go (audit7 gap 6), then the lock's words.
  if (b && b.status !== 'draft')
    throw ruleViolation(
      `“${batchName(b)}”${batchStatusLabel(b.status)}，已锁定，不能再加入学员。${laterClassesNote(month)}，请到该月再生成。`,
      undefined,
      { rule: 'BR-21', batchId: b.id },
    );
  const candidates = prepared(
    db,
    `SELECT te.*, pe.name AS person_name, pe.id_number, NULL AS item_id, NULL AS batch_status, NULL AS batch_month,
       c.status AS c_status, c.hours AS c_hours, c.occupation AS c_occupation, c.end_date AS c_end
     FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id JOIN persons pe ON pe.id = te.person_id
     WHERE c.status IN ('04', '05') AND c.end_date <= ?
       AND NOT EXISTS (SELECT 1 FROM subsidy_batch_items x WHERE x.enrolment_id = te.id AND x.adjusts_item_id IS NULL)
     ORDER BY c.end_date, c.code, te.enrol_date, te.id`,
  ).all(end) as Candidate[];
  const granted = new Map<string, PriorSubsidy[]>();
  const chosen: { e: Candidate; d: SubsidyDecision }[] = [];
  let refused = 0;
  for (const e of candidates) {
    const mine = granted.get(e.person_id) ?? [];
    const d = decisionOf(
      db,
      { status: e.c_status, hours: e.c_hours, occupation: e.c_occupation, end_date: e.c_end },
      e,
      mine,
    );
    if (!d.eligible) {
      refused++;
      continue;
    }
    chosen.push({ e, d });
    granted.set(e.person_id, [
      ...mine,
      { occupation: e.c_occupation, certificate: e.cert_type!, year: e.c_end.slice(0, 4) },
    ]);
  }
  if (!b) {
    if (!chosen.length)
      throw ruleViolation(`截至${chineseMonth(month)}底没有符合培训补贴条件、尚未申领的学员。`, {
        month: '本月没有可申领的学员',
      });
    const id = newId();
    insertBatch(db, id, 'training', month, false, by, at);
    b = getBatch(db, id)!;
  }
  for (const { e, d } of chosen) {
    setAmounts(db, e.id, d, by, at);
    insertItem(
      db,
      {
        id: newId(),
        batchId: b.id,
        kind: 'training',
        attendanceId: null,
        allowanceId: null,
        enrolmentId: e.id,
        amountFen: 0,
      },
      by,
      at,
    );
  }
  refreshBatchItems(db, b.id, by, at);
  const data = batchDetail(db, b.id, ctx.today());
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  return {
    data,
    summary: `编制${data.name}（草稿）：新增 ${chosen.length} 人，不符合条件 ${refused} 人，共 ${data.persons} 人，合计 ${yuan(data.totalFen)} 元`,
  };
}
