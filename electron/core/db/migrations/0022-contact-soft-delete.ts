// UI.md "deleted records can be restored": a deleted follow-up contact (§3.4) is kept here, restorable, instead of
// being lost. The contact's row MOVES from contacts to deleted_contacts (and back on restore) rather than carrying a
// deleted_at column: contacts is read by some thirty statements in ten modules (the work lists, RPT-01/02/11/12, the
// 首页, BR-07, BR-09, the recognitions' facts) through covering indexes, and a deleted contact must count nowhere —
// exactly as the hard delete before — so every one of them stays as it is and a deletion reads as a hard delete to
// all of them by construction. The kept month caches (db/memo.ts) see the move as the DELETE and INSERT they already
// patch themselves for.
// - The columns are those of contacts (kept equal: tests/core/contacts-soft-delete.test.ts), plus who deleted it and
//   when, and level_changes: the ids of the service_level_changes that named the contact, whose contact_id the
//   delete sets NULL (ON DELETE SET NULL of 0003) and the restore sets back.
// - Purged with the person's registrations (archive/purge.ts).
export default /* sql */ `
CREATE TABLE deleted_contacts (
  id                      TEXT PRIMARY KEY,
  registration_id         TEXT NOT NULL REFERENCES registrations (id),
  contact_date            TEXT NOT NULL,
  method                  TEXT NOT NULL,
  result                  TEXT NOT NULL,
  employment_status_found TEXT,
  employer_or_activity    TEXT,
  job_wish                TEXT,
  needs                   INTEGER NOT NULL DEFAULT 0,
  services                INTEGER NOT NULL DEFAULT 0,
  jobs_recommended        INTEGER,
  next_contact_date       TEXT,
  staff                   TEXT NOT NULL,
  suggest_cancel          INTEGER NOT NULL DEFAULT 0,
  suggest_reason          TEXT,
  service_result          TEXT,
  remark                  TEXT,
  suggested_level         TEXT,
  training_class_id       TEXT REFERENCES training_classes (id),
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  created_by              TEXT NOT NULL,
  updated_by              TEXT NOT NULL,
  deleted_at              TEXT NOT NULL,
  deleted_by              TEXT NOT NULL,
  level_changes           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(level_changes))
);
CREATE INDEX deleted_contacts_registration ON deleted_contacts (registration_id, contact_date);
`;
