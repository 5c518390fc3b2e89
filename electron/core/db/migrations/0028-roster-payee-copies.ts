import { REVIEW_LOCK_TRIGGERS } from './0007-subsidies';
import m0010 from './0010-training';

// A reviewed roster (花名册 审核后) is a payment record: what it prints about each payee must stay what was paid, not
// follow later edits of the person or the unit (subsidies/payee-copies.ts), and it must outlive the person's case
// file (CFG-31 purge, archive/purge.ts). subsidy_batch_items is rebuilt (SQLite cannot change a CHECK) with:
//   payee_name, payee_id_number      the person's 姓名 and 公民身份号码;
//   payee_account                    the account the roster prints for the person: 社保卡金融账户/银行卡号, else
//                                    社会保障卡号 (RPT-06, RPT-09); 社会保障卡号 first on a 培训补贴 roster (RPT-14);
//   payee_bank_name                  the person's 开户行 (RPT-06);
//   payee_unit, payee_unit_account   the 用人单位 / 见习单位 / 培训机构 name, and the 见习单位's account (RPT-09 pays an
//                                    early-hire remainder to it);
//   payee_post                       the 岗位名称 / 见习岗位 / 培训工种;
//   printed                          set by the purge of a person past retention: the rest of what the roster prints
//                                    of the row (days, amounts, dates, 备注; JSON), the row then linking to no record.
// The copies are written when the roster is reviewed and cleared when the review is taken back (a draft reads the
// live records): payee_name is set exactly on the rows of a roster that is not a draft. A row keeps exactly one
// link (attendance, allowance or enrolment) until the purge detaches it; a detached row has its copies.
//
// Backfill: rosters already reviewed, reported or paid get their copies from today's records. That is the best that
// can be known: an edit made after such a roster was reviewed cannot be undone here, but from now on none changes it.
//
// Every trigger naming the table is made again with its text of 0007 / 0010, except the review lock's update trigger,
// which now lets the purge detach a row of a reviewed roster (its links set to NULL and `printed` written, nothing
// else changed).
const triggers = m0010.slice(m0010.indexOf('CREATE TRIGGER enrolment_locked_update'));
const ITEM_LOCK = `CREATE TRIGGER batch_items_locked_update BEFORE UPDATE ON subsidy_batch_items
WHEN (SELECT status FROM subsidy_batches WHERE id = OLD.batch_id) <> 'draft'`;

export default /* sql */ `
DROP TRIGGER attendance_locked_update;
DROP TRIGGER attendance_locked_delete;
DROP TRIGGER allowance_locked_update;
DROP TRIGGER allowance_locked_delete;
DROP TRIGGER batch_items_locked_insert;
DROP TRIGGER batch_items_locked_update;
DROP TRIGGER batch_items_locked_delete;
DROP TRIGGER batch_locked_update;
DROP TRIGGER enrolment_locked_update;
DROP TRIGGER enrolment_locked_delete;
DROP TRIGGER training_batch_reviewed;
DROP TRIGGER training_batch_unreviewed;

CREATE TABLE subsidy_batch_items_0028 (
  id                  TEXT PRIMARY KEY,
  batch_id            TEXT NOT NULL REFERENCES subsidy_batches (id),
  kind                TEXT NOT NULL CHECK (kind IN ('post', 'si', 'internship', 'training')),
  attendance_id       TEXT REFERENCES attendance_months (id),
  allowance_id        TEXT REFERENCES internship_allowances (id),
  enrolment_id        TEXT REFERENCES training_enrolments (id),
  amount_fen          INTEGER NOT NULL,
  adjusts_item_id     TEXT REFERENCES subsidy_batch_items_0028 (id),
  reason              TEXT,
  payee_name          TEXT,
  payee_id_number     TEXT,
  payee_account       TEXT,
  payee_bank_name     TEXT,
  payee_unit          TEXT,
  payee_unit_account  TEXT,
  payee_post          TEXT,
  printed             TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  CHECK ((attendance_id IS NOT NULL) + (allowance_id IS NOT NULL) + (enrolment_id IS NOT NULL) = (printed IS NULL)),
  CHECK (printed IS NOT NULL OR (kind = 'internship') = (allowance_id IS NOT NULL)),
  CHECK (printed IS NOT NULL OR (kind = 'training') = (enrolment_id IS NOT NULL)),
  CHECK (printed IS NULL OR (payee_name IS NOT NULL AND json_valid(printed))),
  CHECK (adjusts_item_id IS NOT NULL OR amount_fen >= 0),
  CHECK (adjusts_item_id IS NULL OR (reason IS NOT NULL AND amount_fen <> 0))
);
-- Originals before their corrections (adjusts_item_id points at an earlier row).
INSERT INTO subsidy_batch_items_0028 (id, batch_id, kind, attendance_id, allowance_id, enrolment_id, amount_fen,
  adjusts_item_id, reason, created_at, updated_at, created_by, updated_by)
  SELECT id, batch_id, kind, attendance_id, allowance_id, enrolment_id, amount_fen, adjusts_item_id, reason, created_at,
  updated_at, created_by, updated_by FROM subsidy_batch_items ORDER BY adjusts_item_id IS NOT NULL, created_at;

UPDATE subsidy_batch_items_0028 AS t SET payee_name = s.name, payee_id_number = s.id_number, payee_account = s.account,
  payee_bank_name = s.bank_name, payee_unit = s.unit, payee_unit_account = s.unit_account, payee_post = s.post
FROM (
  SELECT i.id, pe.name, pe.id_number, pe.bank_card_no AS account, pe.bank_name, e.name AS unit,
    NULL AS unit_account, po.title AS post
  FROM subsidy_batch_items i JOIN attendance_months a ON a.id = i.attendance_id JOIN placements pl ON pl.id = a.placement_id
  JOIN posts po ON po.id = pl.post_id JOIN persons pe ON pe.id = pl.person_id JOIN employers e ON e.id = po.employer_id
  UNION ALL
  SELECT i.id, pe.name, pe.id_number, pe.bank_card_no, pe.bank_name, e.name, e.bank_account,
    it.position
  FROM subsidy_batch_items i JOIN internship_allowances ia ON ia.id = i.allowance_id
  JOIN internships it ON it.id = ia.internship_id JOIN persons pe ON pe.id = it.person_id JOIN employers e ON e.id = it.host_id
  UNION ALL
  SELECT i.id, pe.name, pe.id_number, pe.bank_card_no, pe.bank_name, e.name, NULL, c.occupation
  FROM subsidy_batch_items i JOIN training_enrolments te ON te.id = i.enrolment_id
  JOIN training_classes c ON c.id = te.class_id JOIN persons pe ON pe.id = te.person_id JOIN employers e ON e.id = c.provider_id
) AS s
WHERE s.id = t.id AND (SELECT status FROM subsidy_batches WHERE id = t.batch_id) <> 'draft';

DROP TABLE subsidy_batch_items;
ALTER TABLE subsidy_batch_items_0028 RENAME TO subsidy_batch_items;

CREATE INDEX subsidy_batch_items_batch ON subsidy_batch_items (batch_id);
CREATE UNIQUE INDEX subsidy_batch_items_attendance ON subsidy_batch_items (kind, attendance_id) WHERE adjusts_item_id IS NULL AND attendance_id IS NOT NULL;
CREATE UNIQUE INDEX subsidy_batch_items_allowance ON subsidy_batch_items (allowance_id) WHERE adjusts_item_id IS NULL AND allowance_id IS NOT NULL;
CREATE UNIQUE INDEX subsidy_batch_items_enrolment ON subsidy_batch_items (enrolment_id) WHERE adjusts_item_id IS NULL AND enrolment_id IS NOT NULL;
CREATE INDEX subsidy_batch_items_adjusts ON subsidy_batch_items (adjusts_item_id) WHERE adjusts_item_id IS NOT NULL;

${REVIEW_LOCK_TRIGGERS.replace(
  ITEM_LOCK,
  `${ITEM_LOCK}
  AND NOT (OLD.printed IS NULL AND NEW.printed IS NOT NULL AND NEW.attendance_id IS NULL AND NEW.allowance_id IS NULL
    AND NEW.enrolment_id IS NULL AND NEW.id = OLD.id AND NEW.batch_id = OLD.batch_id AND NEW.kind = OLD.kind
    AND NEW.amount_fen = OLD.amount_fen AND NEW.adjusts_item_id IS OLD.adjusts_item_id AND NEW.reason IS OLD.reason
    AND NEW.payee_name IS OLD.payee_name AND NEW.payee_id_number IS OLD.payee_id_number
    AND NEW.payee_account IS OLD.payee_account AND NEW.payee_bank_name IS OLD.payee_bank_name
    AND NEW.payee_unit IS OLD.payee_unit AND NEW.payee_unit_account IS OLD.payee_unit_account
    AND NEW.payee_post IS OLD.payee_post AND NEW.created_at = OLD.created_at AND NEW.created_by = OLD.created_by)`,
)}

${triggers}`;
