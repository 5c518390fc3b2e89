// 删除 of a 失业登记 (§3.3) or a 认定申请 (§3.5) entered on the wrong person: until now the clerk could only cancel
// it (注销, which the reports count as a real cancellation) or refuse it. As for contacts (0022) and trainees (0024),
// the row MOVES to a deleted_* twin (and back on restore) instead of carrying a deleted_at column: registrations and
// recognitions are read by some fifty statements (the work lists and their month caches, the 首页, RPT-01/02/11/12,
// the imports' one-open checks, the archive) through covering and partial indexes (registrations_open,
// registrations_one_active, recognitions_one_recognised), and a deleted record must count nowhere and free those keys
// for the right person's record — every one of them stays as it is and reads a deletion as a hard delete.
// - registrations.status_before: the person's 就业状态 (E09) that creating the registration replaced by 10 (BR-04);
//   NULL when it changed nothing (already 10, or an intern who stays 25). Deleting puts it back; registrations made
//   before this migration have none (their person keeps the status, the clerk corrects it on the person form).
// - deleted_registrations: the columns of registrations, who deleted it, when and why, and level_changes: its
//   service_level_changes rows (JSON), which leave with it and come back on restore. Only a registration without
//   contacts (live or deleted), cancellation or recognition is deleted (registrations/remove.ts), so nothing else
//   refers to it.
// - deleted_recognitions: the columns of recognitions, the stamps, and steps: its recognition_steps rows (JSON).
//   Only an application without any review (its one step is the application) is deleted (recognitions/remove.ts).
// Columns kept equal to the live tables: tests/core/registration-soft-delete.test.ts. Purged with the person
// (archive/purge.ts).
export default /* sql */ `
ALTER TABLE registrations ADD COLUMN status_before TEXT;

CREATE TABLE deleted_registrations (
  id                TEXT PRIMARY KEY,
  person_id         TEXT NOT NULL REFERENCES persons (id),
  reg_date          TEXT NOT NULL,
  reg_place_id      TEXT NOT NULL REFERENCES regions (id),
  reason            TEXT NOT NULL,
  receives_ui       INTEGER NOT NULL,
  service_level     TEXT NOT NULL,
  job_wish          TEXT NOT NULL,
  job_intent        TEXT,
  needs             INTEGER NOT NULL,
  responsible_staff TEXT NOT NULL,
  status            TEXT NOT NULL,
  cancel_date       TEXT,
  cancel_reason     TEXT,
  cancel_note       TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  cancel_income     INTEGER,
  notified_date     TEXT,
  status_before     TEXT,
  deleted_at        TEXT NOT NULL,
  deleted_by        TEXT NOT NULL,
  delete_reason     TEXT,
  level_changes     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(level_changes))
);
CREATE INDEX deleted_registrations_person ON deleted_registrations (person_id, reg_date);

CREATE TABLE deleted_recognitions (
  id               TEXT PRIMARY KEY,
  person_id        TEXT NOT NULL REFERENCES persons (id),
  registration_id  TEXT,
  apply_date       TEXT,
  categories       TEXT NOT NULL,
  primary_category TEXT NOT NULL,
  pledge_signed    INTEGER NOT NULL,
  helper           TEXT,
  plan             TEXT,
  status           TEXT NOT NULL,
  stage            TEXT,
  village_date     TEXT,
  village_reviewer TEXT,
  village_opinion  TEXT,
  notice_start     TEXT,
  notice_end       TEXT,
  township_date    TEXT,
  township_reviewer TEXT,
  township_opinion TEXT,
  county_date      TEXT,
  county_reviewer  TEXT,
  county_opinion   TEXT,
  recognition_date TEXT,
  refuse_date      TEXT,
  refuse_reason    TEXT,
  exit_date        TEXT,
  exit_reason      TEXT,
  exit_note        TEXT,
  backfilled       INTEGER NOT NULL,
  remark           TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  household_business_income INTEGER,
  deleted_at       TEXT NOT NULL,
  deleted_by       TEXT NOT NULL,
  delete_reason    TEXT,
  steps            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(steps))
);
CREATE INDEX deleted_recognitions_person ON deleted_recognitions (person_id, apply_date);
`;
