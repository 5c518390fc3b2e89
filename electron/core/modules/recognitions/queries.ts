// Rows of recognitions and their steps, the detail shape of shared/contract/recognitions.ts, and the list SQL shared
// by recognitions.list and the work lists. The stage a clerk sees (待初审, 公示中, 待乡镇审核, 待县级确认, …) is
// derived from status, stage and the notice end on today's date (STAGE_SQL); it is never stored.
import { idMaskerOn, personColumnsOf, type IdMasker } from '../settings/display';
import type Database from 'better-sqlite3';
import type { RecognitionDetail, RecognitionListItem } from '../../../../shared/contract/recognitions';
import { daysBetween } from '../../../../shared/domain/working-days';
import { difficultyCategoryLabel } from '../../../../shared/enums/difficulty-categories';
import {
  exitReasonLabel,
  recognitionStageLabel,
  recognitionStatusLabel,
  recognitionStepLabel,
  type RecognitionStageCode,
  type RecognitionStatusCode,
} from '../../../../shared/enums/recognition-codes';
import { sexLabel } from '../../../../shared/enums/person-codes';
import { prepared } from '../../db/prepared';
import { rowInserter, rowPatcher } from '../../db/update-row';
import { newId } from '../../ids';

export interface RecognitionRow {
  id: string;
  person_id: string;
  registration_id: string | null;
  apply_date: string | null;
  categories: string;
  primary_category: string;
  pledge_signed: 0 | 1;
  household_business_income: 0 | 1 | null;
  helper: string | null;
  plan: string | null;
  status: RecognitionStatusCode;
  stage: 'village' | 'township' | 'county' | null;
  village_date: string | null;
  notice_start: string | null;
  notice_end: string | null;
  township_date: string | null;
  county_date: string | null;
  recognition_date: string | null;
  refuse_date: string | null;
  refuse_reason: string | null;
  exit_date: string | null;
  exit_reason: string | null;
  exit_note: string | null;
  backfilled: 0 | 1;
  remark: string | null;
  updated_at: string;
  person_name: string;
  id_number: string;
  sex: string;
  township_name: string;
  village_name: string;
}

const SELECT = `SELECT r.*, p.name AS person_name, p.id_number, p.sex, t.name AS township_name, v.name AS village_name
  FROM recognitions r JOIN persons p ON p.id = r.person_id JOIN regions v ON v.id = p.residence_region_id JOIN regions t ON t.id = p.township_id`;

export function getRecognitionRow(db: Database.Database, id: string): RecognitionRow | undefined {
  return prepared(db, `${SELECT} WHERE r.id = ?`).get(id) as RecognitionRow | undefined;
}

export function personRecognitionRows(db: Database.Database, personId: string): RecognitionRow[] {
  return prepared(
    db,
    `${SELECT} WHERE r.person_id = ? ORDER BY coalesce(r.apply_date, r.recognition_date, '') DESC, r.created_at DESC`,
  ).all(personId) as RecognitionRow[];
}

/** The person's application in progress (01/02) or recognition in force (03), if any. */
export function activeRecognitionOf(
  db: Database.Database,
  personId: string,
  selfId: string | null = null,
): { id: string; status: string } | undefined {
  return prepared(
    db,
    "SELECT id, status FROM recognitions WHERE person_id = ? AND status IN ('01', '02', '03') AND id IS NOT ? LIMIT 1",
  ).get(personId, selfId) as { id: string; status: string } | undefined;
}

export const insertRecognition = rowInserter<Record<string, unknown>>('recognitions');

/** Sets the given columns (names are this module's own constants, never input). */
export const patchRecognition = rowPatcher('recognitions');

interface StepWrite {
  step: 'apply' | 'village' | 'township' | 'county' | 'refuse' | 'exit' | 'backfill';
  date: string | null;
  reviewer: string | null;
  opinion: string | null;
}

export function insertStep(db: Database.Database, recognitionId: string, s: StepWrite, by: string, at: string): void {
  const seq = prepared(db, 'SELECT coalesce(max(seq), 0) + 1 FROM recognition_steps WHERE recognition_id = ?')
    .pluck()
    .get(recognitionId) as number;
  prepared(
    db,
    `INSERT INTO recognition_steps (id, recognition_id, seq, step, step_date, reviewer, opinion, created_at, created_by)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), recognitionId, seq, s.step, s.date, s.reviewer, s.opinion, at, by);
}

/** The stage on `today` (BR-13): the step awaited, or the closed status. */
export function stageOf(
  r: Pick<RecognitionRow, 'status' | 'stage' | 'notice_end'>,
  today: string,
): RecognitionStageCode {
  if (r.status === '01') return 'village';
  if (r.status === '02')
    return r.stage === 'county' ? 'county' : r.notice_end && r.notice_end >= today ? 'notice' : 'township';
  return r.status === '03' ? 'recognised' : r.status === '04' ? 'refused' : 'exited';
}

/** The same in SQL, for lists (alias r, parameter @today). */
export const STAGE_SQL = `CASE r.status WHEN '01' THEN 'village' WHEN '02' THEN CASE WHEN r.stage = 'county' THEN 'county'
  WHEN r.notice_end >= @today THEN 'notice' ELSE 'township' END WHEN '03' THEN 'recognised' WHEN '04' THEN 'refused' ELSE 'exited' END`;

const codes = (s: string) => s.split(',').filter(Boolean);

/** A recognition's categories (E06 codes, or the stored comma list) as their labels joined by 、. */
export const categoriesText = (categories: string | readonly string[]): string =>
  (typeof categories === 'string' ? codes(categories) : categories).map((c) => difficultyCategoryLabel(c)).join('、');

/** The row's person columns, as the detail and a list row both have them. */
type WhoseRow = Pick<
  RecognitionRow,
  'id' | 'person_id' | 'person_name' | 'id_number' | 'township_name' | 'village_name'
>;

/** Whose recognition it is and where they live: the fields the detail and a list row share (number masked, CFG-29). */
const whose = (r: WhoseRow, mask: IdMasker) => ({
  id: r.id,
  ...personColumnsOf(r, mask),
  townshipName: r.township_name,
  villageName: r.village_name,
});

export function toDetail(db: Database.Database, r: RecognitionRow, today: string): RecognitionDetail {
  const mask = idMaskerOn(db, today); // CFG-29
  const steps = prepared(
    db,
    'SELECT seq, step, step_date, reviewer, opinion FROM recognition_steps WHERE recognition_id = ? ORDER BY seq',
  ).all(r.id) as {
    seq: number;
    step: string;
    step_date: string | null;
    reviewer: string | null;
    opinion: string | null;
  }[];
  const stage = stageOf(r, today);
  return {
    ...whose(r, mask),
    sex: sexLabel(r.sex),
    registrationId: r.registration_id,
    applyDate: r.apply_date,
    categories: codes(r.categories).map((code) => ({ code, label: difficultyCategoryLabel(code) })),
    primaryCategory: r.primary_category,
    primaryLabel: difficultyCategoryLabel(r.primary_category),
    pledgeSigned: r.pledge_signed === 1,
    householdBusinessIncome: r.household_business_income === null ? null : r.household_business_income === 1,
    helper: r.helper,
    plan: r.plan,
    status: r.status,
    statusLabel: recognitionStatusLabel(r.status),
    stage,
    stageLabel: recognitionStageLabel(stage),
    noticeStart: r.notice_start,
    noticeEnd: r.notice_end,
    recognitionDate: r.recognition_date,
    refuseDate: r.refuse_date,
    refuseReason: r.refuse_reason,
    exitDate: r.exit_date,
    exitReason: r.exit_reason,
    exitReasonLabel: exitReasonLabel(r.exit_reason),
    exitNote: r.exit_note,
    backfilled: r.backfilled === 1,
    remark: r.remark,
    steps: steps.map((s) => ({
      seq: s.seq,
      step: s.step,
      stepLabel: recognitionStepLabel(s.step),
      date: s.step_date,
      reviewer: s.reviewer,
      opinion: s.opinion,
    })),
    updatedAt: r.updated_at,
  };
}

/** Columns a list row needs (alias r for recognitions, p persons, t/v regions). */
export const LIST_COLUMNS = `r.id, r.person_id, p.name AS person_name, p.id_number, t.name AS township_name, v.name AS village_name, r.apply_date,
  r.categories, r.primary_category, r.status, r.stage, r.notice_start, r.notice_end, r.recognition_date, r.exit_date, r.backfilled`;
export const LIST_FROM = `recognitions r JOIN persons p ON p.id = r.person_id JOIN regions v ON v.id = p.residence_region_id JOIN regions t ON t.id = p.township_id`;
/**
 * The same, walked from the recognitions whatever the statistics say (CROSS JOIN fixes the order in SQLite): the work
 * lists select by recognition columns, and a planner without statistics would walk every person instead (issue 11).
 */
export const WORK_FROM = LIST_FROM.replace('JOIN persons p', 'CROSS JOIN persons p');

export interface ListRow {
  id: string;
  person_id: string;
  person_name: string;
  id_number: string;
  township_name: string;
  village_name: string;
  apply_date: string | null;
  categories: string;
  primary_category: string;
  status: RecognitionStatusCode;
  stage: 'village' | 'township' | 'county' | null;
  notice_start: string | null;
  notice_end: string | null;
  recognition_date: string | null;
  exit_date: string | null;
  backfilled: 0 | 1;
  exit_hint?: string | null;
  exit_reason_hint?: string | null;
}

/** `mask`: the CFG-29 pattern in force, read once for the list (settings/display.ts). */
export function toListItem(r: ListRow, today: string, mask: IdMasker): RecognitionListItem {
  const stage = stageOf(r, today);
  return {
    ...whose(r, mask),
    applyDate: r.apply_date,
    primaryLabel: difficultyCategoryLabel(r.primary_category),
    categoryLabels: categoriesText(r.categories),
    stage,
    stageLabel: recognitionStageLabel(stage),
    noticeStart: r.notice_start,
    noticeEnd: r.notice_end,
    recognitionDate: r.recognition_date,
    exitDate: r.exit_date,
    backfilled: r.backfilled === 1,
    daysLeft: stage === 'notice' && r.notice_end ? daysBetween(today, r.notice_end) : null,
    exitHint: r.exit_hint ?? null,
    suggestedExitReason: (r.exit_reason_hint ?? null) as RecognitionListItem['suggestedExitReason'],
  };
}
