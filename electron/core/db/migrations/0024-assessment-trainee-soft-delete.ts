// UI.md "deleted records can be restored from 已删除": a deleted 年度考核 result (BR-23, placement_assessments) and a
// removed trainee (培训学员, training_enrolments) are kept here, restorable, instead of being lost to a hard DELETE.
// As for contacts (0022), the row MOVES to a deleted_* table (and back on restore) rather than carrying a deleted_at
// column in place:
// - both live tables are UNIQUE per (placement, year) and per (class, person), and a clerk who deletes a wrong result
//   or removes a trainee by mistake must be able to record that year or enrol that person again; a deleted row left
//   in place would hold the key (SQLite cannot drop a table's UNIQUE without rebuilding the table, and
//   training_enrolments is the parent of subsidy_batch_items and carries the review-lock triggers);
// - every reader of the two tables (BR-23's renewal check and the contracts-ending list, RPT-13/14/15, the class
//   counts and capacity check, BR-34's overlap, the training subsidy roster, the follow-ups, the results import,
//   RPT-01's training flag, the archive's retention and purge) then skips a deleted row by construction, exactly as
//   after the hard delete it replaces.
// Columns: those of the live table (kept equal: tests/core/assessment-trainee-soft-delete.test.ts), plus who deleted
// it, when, and the reason when one was given. Purged with the person (archive/purge.ts).

/** The last columns of both twins: the live row's stamps, then who deleted it, when and why. */
const TWIN_STAMPS = `created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL,
  updated_by    TEXT NOT NULL,
  deleted_at    TEXT NOT NULL,
  deleted_by    TEXT NOT NULL,
  delete_reason TEXT`;

export default /* sql */ `
CREATE TABLE deleted_placement_assessments (
  id           TEXT PRIMARY KEY,
  placement_id TEXT NOT NULL REFERENCES placements (id),
  year         INTEGER NOT NULL,
  result       TEXT NOT NULL,
  assessed_on  TEXT NOT NULL,
  remark       TEXT,
  ${TWIN_STAMPS}
);
CREATE INDEX deleted_placement_assessments_placement ON deleted_placement_assessments (placement_id, year);

CREATE TABLE deleted_training_enrolments (
  id                TEXT PRIMARY KEY,
  class_id          TEXT NOT NULL REFERENCES training_classes (id),
  person_id         TEXT NOT NULL REFERENCES persons (id),
  category          TEXT NOT NULL,
  category_note     TEXT,
  graduation_date   TEXT,
  enrol_date        TEXT NOT NULL,
  attended_hours    INTEGER,
  result            TEXT,
  cert_type         TEXT,
  cert_no           TEXT,
  cert_date         TEXT,
  standard_fen      INTEGER NOT NULL DEFAULT 0,
  subsidy_fen       INTEGER NOT NULL DEFAULT 0,
  living_fen        INTEGER NOT NULL DEFAULT 0,
  employed_date     TEXT,
  employed_unit     TEXT,
  employed_status   TEXT,
  remark            TEXT,
  ${TWIN_STAMPS}
);
CREATE INDEX deleted_training_enrolments_class ON deleted_training_enrolments (class_id);
CREATE INDEX deleted_training_enrolments_person ON deleted_training_enrolments (person_id);
`;
