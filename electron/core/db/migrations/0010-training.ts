import { REVIEW_LOCK_TRIGGERS } from './0007-subsidies';

// Vocational skills training (职业技能培训, DOMAIN §11): providers, classes, trainees, and 培训补贴 on the shared
// subsidy rosters (§3.10).
//
// - training_providers: the 定点培训机构 designation of an employer (§11.1: like a 见习基地, a designation with dates,
//   not a second register): E29 kind, designated_date / valid_until, the occupations it may train (JSON array).
// - training_classes: §11.1 TrainingClass; status E32 (01 计划 → 02 已备案 → 03 开班 → 04 结业 → 05 已申领补贴, or
//   09 撤销 with cancel_reason). occupation_reason: why a class trains an occupation outside the provider's list.
// - training_enrolments: §11.1 TrainingEnrolment; one per person per class; a certificate number is unique per
//   certificate type. standard_fen / subsidy_fen / living_fen are the BR-36/BR-37 amounts as last computed for a
//   roster (frozen once a reviewed roster covers the row, like attendance rows); employed_* the recorded employment
//   after training (BR-38).
// - subsidy_batches / subsidy_batch_items are rebuilt (SQLite cannot change a CHECK) to take the kind 'training' and
//   the item's enrolment_id; every row, index and trigger of 0007 is carried over unchanged.
// - contacts.training_class_id: a 培训推荐 contact may name a class (BR-39).
// Triggers: the review lock's backstop on enrolment amounts and results; a reviewed 培训补贴 roster marks its
// classes 已申领补贴, and taking the review back returns them to 结业 when no other reviewed roster covers them.
export default /* sql */ `
CREATE TABLE training_providers (
  employer_id       TEXT PRIMARY KEY REFERENCES employers (id),
  kind              TEXT NOT NULL,                              -- E29
  designated_date   TEXT NOT NULL,
  valid_until       TEXT,
  occupations       TEXT NOT NULL DEFAULT '[]',                 -- JSON array of 工种
  contact_person    TEXT,
  contact_phone     TEXT,
  remark            TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  CHECK (valid_until IS NULL OR valid_until >= designated_date)
);
CREATE INDEX training_providers_valid ON training_providers (valid_until);

CREATE TABLE training_classes (
  id                TEXT PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE,
  provider_id       TEXT NOT NULL REFERENCES training_providers (employer_id),
  occupation        TEXT NOT NULL,
  occupation_reason TEXT,
  training_type     TEXT NOT NULL,                              -- E30
  target_certificate TEXT NOT NULL,                             -- E31
  start_date        TEXT NOT NULL,
  end_date          TEXT NOT NULL,
  hours             INTEGER NOT NULL CHECK (hours > 0),
  township_id       TEXT NOT NULL REFERENCES regions (id),
  location          TEXT NOT NULL,
  capacity          INTEGER NOT NULL CHECK (capacity >= 1),
  funding           TEXT,
  status            TEXT NOT NULL DEFAULT '01' CHECK (status IN ('01', '02', '03', '04', '05', '09')),
  filed_date        TEXT,
  opened_date       TEXT,
  closed_date       TEXT,
  cancel_reason     TEXT,
  remark            TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  CHECK (end_date >= start_date),
  CHECK ((status = '09') = (cancel_reason IS NOT NULL)),
  CHECK (status = '01' OR status = '09' OR filed_date IS NOT NULL)
);
CREATE INDEX training_classes_provider ON training_classes (provider_id, start_date);
CREATE INDEX training_classes_start ON training_classes (start_date, status);

CREATE TABLE training_enrolments (
  id                TEXT PRIMARY KEY,
  class_id          TEXT NOT NULL REFERENCES training_classes (id),
  person_id         TEXT NOT NULL REFERENCES persons (id),
  category          TEXT NOT NULL,                              -- E33
  category_note     TEXT,
  graduation_date   TEXT,
  enrol_date        TEXT NOT NULL,
  attended_hours    INTEGER CHECK (attended_hours IS NULL OR attended_hours >= 0),
  result            TEXT CHECK (result IS NULL OR result IN ('1', '2', '3', '4')),
  cert_type         TEXT,                                       -- E31
  cert_no           TEXT,
  cert_date         TEXT,
  standard_fen      INTEGER NOT NULL DEFAULT 0 CHECK (standard_fen >= 0),
  subsidy_fen       INTEGER NOT NULL DEFAULT 0 CHECK (subsidy_fen >= 0),
  living_fen        INTEGER NOT NULL DEFAULT 0 CHECK (living_fen >= 0),
  employed_date     TEXT,
  employed_unit     TEXT,
  employed_status   TEXT,                                       -- E09
  remark            TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  UNIQUE (class_id, person_id),
  CHECK (cert_no IS NULL OR cert_type IS NOT NULL)
);
CREATE INDEX training_enrolments_person ON training_enrolments (person_id);
CREATE UNIQUE INDEX training_enrolments_cert ON training_enrolments (cert_type, cert_no) WHERE cert_no IS NOT NULL;

ALTER TABLE contacts ADD COLUMN training_class_id TEXT REFERENCES training_classes (id);

-- The shared rosters take the kind 'training'. Old triggers first: they name the tables being rebuilt.
DROP TRIGGER attendance_locked_update;
DROP TRIGGER attendance_locked_delete;
DROP TRIGGER allowance_locked_update;
DROP TRIGGER allowance_locked_delete;
DROP TRIGGER batch_items_locked_insert;
DROP TRIGGER batch_items_locked_update;
DROP TRIGGER batch_items_locked_delete;
DROP TRIGGER batch_locked_update;

CREATE TABLE subsidy_batches_0010 (
  id                  TEXT PRIMARY KEY,
  kind                TEXT NOT NULL CHECK (kind IN ('post', 'si', 'internship', 'training')),
  month               TEXT NOT NULL CHECK (length(month) = 7),
  supplementary       INTEGER NOT NULL DEFAULT 0 CHECK (supplementary IN (0, 1)),
  status              TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'reviewed', 'reported', 'paid')),
  total_persons       INTEGER,
  total_fen           INTEGER,
  prepared_by         TEXT NOT NULL,
  reviewed_by         TEXT,
  reviewed_at         TEXT,
  approved_by         TEXT,
  reported_at         TEXT,
  paid_date           TEXT,
  remark              TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  CHECK ((status = 'draft') = (reviewed_by IS NULL)),
  CHECK (status <> 'paid' OR paid_date IS NOT NULL)
);
INSERT INTO subsidy_batches_0010 SELECT id, kind, month, supplementary, status, total_persons, total_fen, prepared_by,
  reviewed_by, reviewed_at, approved_by, reported_at, paid_date, remark, created_at, updated_at, created_by, updated_by
  FROM subsidy_batches;

CREATE TABLE subsidy_batch_items_0010 (
  id                  TEXT PRIMARY KEY,
  batch_id            TEXT NOT NULL REFERENCES subsidy_batches_0010 (id),
  kind                TEXT NOT NULL CHECK (kind IN ('post', 'si', 'internship', 'training')),
  attendance_id       TEXT REFERENCES attendance_months (id),
  allowance_id        TEXT REFERENCES internship_allowances (id),
  enrolment_id        TEXT REFERENCES training_enrolments (id),
  amount_fen          INTEGER NOT NULL,
  adjusts_item_id     TEXT REFERENCES subsidy_batch_items_0010 (id),
  reason              TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  CHECK ((attendance_id IS NOT NULL) + (allowance_id IS NOT NULL) + (enrolment_id IS NOT NULL) = 1),
  CHECK ((kind = 'internship') = (allowance_id IS NOT NULL)),
  CHECK ((kind = 'training') = (enrolment_id IS NOT NULL)),
  CHECK (adjusts_item_id IS NOT NULL OR amount_fen >= 0),
  CHECK (adjusts_item_id IS NULL OR (reason IS NOT NULL AND amount_fen <> 0))
);
-- Originals before their corrections (adjusts_item_id points at an earlier row).
INSERT INTO subsidy_batch_items_0010 (id, batch_id, kind, attendance_id, allowance_id, enrolment_id, amount_fen,
  adjusts_item_id, reason, created_at, updated_at, created_by, updated_by)
  SELECT id, batch_id, kind, attendance_id, allowance_id, NULL, amount_fen, adjusts_item_id, reason, created_at,
  updated_at, created_by, updated_by FROM subsidy_batch_items ORDER BY adjusts_item_id IS NOT NULL, created_at;

DROP TABLE subsidy_batch_items;
DROP TABLE subsidy_batches;
ALTER TABLE subsidy_batches_0010 RENAME TO subsidy_batches;
ALTER TABLE subsidy_batch_items_0010 RENAME TO subsidy_batch_items;

CREATE UNIQUE INDEX subsidy_batches_month ON subsidy_batches (kind, month) WHERE supplementary = 0;
CREATE INDEX subsidy_batch_items_batch ON subsidy_batch_items (batch_id);
CREATE UNIQUE INDEX subsidy_batch_items_attendance ON subsidy_batch_items (kind, attendance_id) WHERE adjusts_item_id IS NULL AND attendance_id IS NOT NULL;
CREATE UNIQUE INDEX subsidy_batch_items_allowance ON subsidy_batch_items (allowance_id) WHERE adjusts_item_id IS NULL AND allowance_id IS NOT NULL;
CREATE UNIQUE INDEX subsidy_batch_items_enrolment ON subsidy_batch_items (enrolment_id) WHERE adjusts_item_id IS NULL AND enrolment_id IS NOT NULL;
CREATE INDEX subsidy_batch_items_adjusts ON subsidy_batch_items (adjusts_item_id) WHERE adjusts_item_id IS NOT NULL;

${REVIEW_LOCK_TRIGGERS}

CREATE TRIGGER enrolment_locked_update BEFORE UPDATE OF class_id, person_id, category, attended_hours, result, cert_type,
  cert_no, standard_fen, subsidy_fen, living_fen ON training_enrolments
WHEN EXISTS (SELECT 1 FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
             WHERE i.enrolment_id = OLD.id AND i.adjusts_item_id IS NULL AND b.status <> 'draft')
BEGIN SELECT RAISE(ABORT, '学员已列入已审核的培训补贴申领花名册，不能修改'); END;
CREATE TRIGGER enrolment_locked_delete BEFORE DELETE ON training_enrolments
WHEN EXISTS (SELECT 1 FROM subsidy_batch_items i WHERE i.enrolment_id = OLD.id)
BEGIN SELECT RAISE(ABORT, '学员已列入培训补贴申领花名册，不能删除'); END;

CREATE TRIGGER training_batch_reviewed AFTER UPDATE OF status ON subsidy_batches
WHEN NEW.kind = 'training' AND OLD.status = 'draft' AND NEW.status <> 'draft'
BEGIN
  UPDATE training_classes SET status = '05', updated_at = NEW.updated_at, updated_by = NEW.updated_by
  WHERE status = '04' AND id IN (SELECT e.class_id FROM subsidy_batch_items i JOIN training_enrolments e ON e.id = i.enrolment_id
                                 WHERE i.batch_id = NEW.id);
END;
CREATE TRIGGER training_batch_unreviewed AFTER UPDATE OF status ON subsidy_batches
WHEN NEW.kind = 'training' AND OLD.status <> 'draft' AND NEW.status = 'draft'
BEGIN
  UPDATE training_classes SET status = '04', updated_at = NEW.updated_at, updated_by = NEW.updated_by
  WHERE status = '05' AND id IN (SELECT e.class_id FROM subsidy_batch_items i JOIN training_enrolments e ON e.id = i.enrolment_id
                                 WHERE i.batch_id = NEW.id)
  AND NOT EXISTS (SELECT 1 FROM subsidy_batch_items i2 JOIN training_enrolments e2 ON e2.id = i2.enrolment_id
                  JOIN subsidy_batches b2 ON b2.id = i2.batch_id
                  WHERE e2.class_id = training_classes.id AND b2.id <> NEW.id AND b2.status <> 'draft');
END;
`;
