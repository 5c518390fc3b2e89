// A placement's 年度考核 results (BR-23) and 续签 history (migration 0018), as placementDetail shows them, and the
// rows the assess / renew writes read and write.
import type Database from 'better-sqlite3';
import type {
  DeletedAssessment,
  PlacementAssessment,
  PlacementRenewal,
} from '../../../../shared/contract/placement-history';
import { assessmentResultLabel, type AssessmentResultCode } from '../../../../shared/enums/post-codes';
import { prepared } from '../../db/prepared';
import type { RowStamps } from '../../db/stamp';
import { insertRow, rowPatcher } from '../../db/update-row';
import { deletedRow, removedStampsOf, type DeletedStamps } from '../../db/deleted-rows';

interface AssessmentWrite {
  placement_id: string;
  year: number;
  result: AssessmentResultCode;
  assessed_on: string;
  remark: string | null;
}
export interface AssessmentRow extends AssessmentWrite, RowStamps {
  id: string;
}

const ASSESSMENT_COLUMNS: readonly (keyof AssessmentWrite)[] = [
  'placement_id',
  'year',
  'result',
  'assessed_on',
  'remark',
];

export const insertAssessment = (db: Database.Database, id: string, w: AssessmentWrite, by: string, at: string) =>
  insertRow(db, 'placement_assessments', id, w, by, at, ASSESSMENT_COLUMNS);

/** Sets the given columns (names are this module's own constants, never input). */
export const patchAssessment = rowPatcher('placement_assessments');

export const getAssessmentRow = (db: Database.Database, id: string) =>
  prepared(db, 'SELECT * FROM placement_assessments WHERE id = ?').get(id) as AssessmentRow | undefined;

/** The result recorded for the placement's `year` (BR-23), if any. */
export const assessmentOfYear = (db: Database.Database, placementId: string, year: number) =>
  prepared(db, 'SELECT * FROM placement_assessments WHERE placement_id = ? AND year = ?').get(placementId, year) as
    AssessmentRow | undefined;

/** A deleted result (migration 0024: moved to deleted_placement_assessments with who deleted it, when and why). */
type DeletedAssessmentRow = AssessmentRow & DeletedStamps;

export const getDeletedAssessmentRow = (db: Database.Database, id: string) =>
  deletedRow<DeletedAssessmentRow>(db, 'placement_assessments', id);

/** placementDetail.assessments: newest year first. */
export function assessmentsOf(db: Database.Database, placementId: string): PlacementAssessment[] {
  const rows = prepared(db, 'SELECT * FROM placement_assessments WHERE placement_id = ? ORDER BY year DESC').all(
    placementId,
  ) as AssessmentRow[];
  return rows.map(toAssessment);
}

/** How many of the placement's results are deleted (the history under its row offers 已删除 then). */
export const deletedAssessmentCount = (db: Database.Database, placementId: string) =>
  prepared(db, 'SELECT count(*) FROM deleted_placement_assessments WHERE placement_id = ?')
    .pluck()
    .get(placementId) as number;

/** placements.deletedAssessments (已删除): newest year first, then the latest deleted first. */
export function deletedAssessmentsOf(db: Database.Database, placementId: string): DeletedAssessment[] {
  const rows = prepared(
    db,
    'SELECT * FROM deleted_placement_assessments WHERE placement_id = ? ORDER BY year DESC, deleted_at DESC',
  ).all(placementId) as DeletedAssessmentRow[];
  return rows.map((r) => ({ ...toAssessment(r), ...removedStampsOf(r) }));
}

const toAssessment = (r: AssessmentRow): PlacementAssessment => ({
  id: r.id,
  year: r.year,
  result: r.result,
  resultLabel: assessmentResultLabel(r.result),
  assessedOn: r.assessed_on,
  remark: r.remark,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

interface RenewalWrite {
  placement_id: string;
  previous_start: string;
  previous_end: string;
  contract_start: string;
  contract_end: string;
  renewed_on: string;
  override_reason: string | null;
}
export interface RenewalRow extends RenewalWrite {
  id: string;
  created_at: string;
  created_by: string;
}

/** A renewal is history: written once; only a corrected contract end is written to it again (no updated_* columns). */
export function insertRenewal(db: Database.Database, id: string, w: RenewalWrite, by: string, at: string): void {
  prepared(
    db,
    `INSERT INTO placement_renewals (id, placement_id, previous_start, previous_end, contract_start, contract_end,
       renewed_on, override_reason, created_at, created_by)
     VALUES (@id, @placement_id, @previous_start, @previous_end, @contract_start, @contract_end, @renewed_on,
       @override_reason, @at, @by)`,
  ).run({ id, ...w, at, by });
}

/** The renewal whose term is in force: the latest one (by its start), if the placement was ever renewed. */
export const latestRenewal = (db: Database.Database, placementId: string) =>
  prepared(
    db,
    'SELECT * FROM placement_renewals WHERE placement_id = ? ORDER BY contract_start DESC, id DESC LIMIT 1',
  ).get(placementId) as RenewalRow | undefined;

/**
 * SQL: the contract (协议) of placement `pl` in force on `day` as `start至end` (RPT-04, §6.4 at the period end,
 * BR-31): the latest renewal begun on or before the day; before the first renewal the term it replaced (its
 * previous_start/end); never renewed: the placement's own term (placements.contract_* always holds the newest).
 */
export const contractOnSql = (pl: string, day: string): string =>
  `coalesce((SELECT rn.contract_start || '至' || rn.contract_end FROM placement_renewals rn
      WHERE rn.placement_id = ${pl}.id AND rn.contract_start <= ${day} ORDER BY rn.contract_start DESC, rn.id DESC LIMIT 1),
    (SELECT rn.previous_start || '至' || rn.previous_end FROM placement_renewals rn
      WHERE rn.placement_id = ${pl}.id ORDER BY rn.contract_start, rn.id LIMIT 1),
    ${pl}.contract_start || '至' || ${pl}.contract_end)`;

/** The one correction a renewal row takes: the end of its term, kept equal to the placement's corrected end. */
export const setRenewalEnd = (db: Database.Database, id: string, contractEnd: string) =>
  prepared(db, 'UPDATE placement_renewals SET contract_end = ? WHERE id = ?').run(contractEnd, id);

/** placementDetail.renewals: newest first. */
export function renewalsOf(db: Database.Database, placementId: string): PlacementRenewal[] {
  const rows = prepared(
    db,
    'SELECT * FROM placement_renewals WHERE placement_id = ? ORDER BY contract_start DESC, id DESC',
  ).all(placementId) as RenewalRow[];
  return rows.map((r) => ({
    id: r.id,
    previousStart: r.previous_start,
    previousEnd: r.previous_end,
    contractStart: r.contract_start,
    contractEnd: r.contract_end,
    renewedOn: r.renewed_on,
    overrideReason: r.override_reason,
    by: r.created_by,
  }));
}
