// Monthly attendance (DOMAIN §3.9), internship allowance months (§3.11 InternshipMonthly) and subsidy batches
// (§3.10) with their rows. Money in integer fen (BR-32).
//
// - attendance_months: one row per placement per month (UNIQUE). days_on_post / required_days come from the
//   placement dates and the working-day calendar when generated; attended_days defaults to full attendance.
//   standard is the post's monthly standard copied at generation (month start) and never re-read for a month that
//   a reviewed batch covers. due/paid/si_subsidy are stored as computed by shared/domain/subsidy-amounts.ts at the
//   last write, so a roster reads what was reviewed. entered_at/entered_by: the clerk confirmed the employer's grid.
// - internship_allowances: one row per internship per month: days in internship, the frozen standard, due (BR-27 with
//   the BR-19 proration), early_hire_fen (BR-27 remainder of an early hire, E22 3, in the month it ended).
// - subsidy_batches: a roster of one kind (post 岗位补贴, si 社保补贴, internship 见习补贴) for one month; status
//   draft 草稿 → reviewed 已审核 → reported 已上报 → paid 已拨付. supplementary = 1: a 补发/扣回 roster whose items
//   correct rows of earlier reviewed batches. total_persons / total_fen are frozen at review.
// - subsidy_batch_items: a row on a roster. For an ordinary batch it points at an attendance or allowance row and
//   holds its amount (refreshed from the row while draft, frozen at review); a row is on at most one ordinary batch
//   of each kind. For a supplementary batch, adjusts_item_id names the original item and amount_fen is signed
//   (+ 补发, − 扣回) with a reason.
// - The lock (§3.10, ARCHITECTURE §7a) is enforced by the core (modules/subsidies/lock.ts, with a message naming the
//   batch); the triggers below are the backstop so that no other writer can change a reviewed month silently.
// The backstop triggers of the review lock. Migration 0010 rebuilds the roster tables and creates them again with the
// same text. Released SQL never changes (tests/core/migrations-frozen.test.ts pins every migration's checksum).
export const REVIEW_LOCK_TRIGGERS = `CREATE TRIGGER attendance_locked_update BEFORE UPDATE ON attendance_months
WHEN EXISTS (SELECT 1 FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
             WHERE i.attendance_id = OLD.id AND i.adjusts_item_id IS NULL AND b.status <> 'draft')
BEGIN SELECT RAISE(ABORT, '考勤记录已列入已审核的补贴发放花名册，不能修改'); END;
CREATE TRIGGER attendance_locked_delete BEFORE DELETE ON attendance_months
WHEN EXISTS (SELECT 1 FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
             WHERE i.attendance_id = OLD.id AND i.adjusts_item_id IS NULL AND b.status <> 'draft')
BEGIN SELECT RAISE(ABORT, '考勤记录已列入已审核的补贴发放花名册，不能删除'); END;
CREATE TRIGGER allowance_locked_update BEFORE UPDATE ON internship_allowances
WHEN EXISTS (SELECT 1 FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
             WHERE i.allowance_id = OLD.id AND i.adjusts_item_id IS NULL AND b.status <> 'draft')
BEGIN SELECT RAISE(ABORT, '见习补贴记录已列入已审核的补贴发放花名册，不能修改'); END;
CREATE TRIGGER allowance_locked_delete BEFORE DELETE ON internship_allowances
WHEN EXISTS (SELECT 1 FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
             WHERE i.allowance_id = OLD.id AND i.adjusts_item_id IS NULL AND b.status <> 'draft')
BEGIN SELECT RAISE(ABORT, '见习补贴记录已列入已审核的补贴发放花名册，不能删除'); END;
CREATE TRIGGER batch_items_locked_insert BEFORE INSERT ON subsidy_batch_items
WHEN (SELECT status FROM subsidy_batches WHERE id = NEW.batch_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, '补贴发放花名册已审核，不能增加人员'); END;
CREATE TRIGGER batch_items_locked_update BEFORE UPDATE ON subsidy_batch_items
WHEN (SELECT status FROM subsidy_batches WHERE id = OLD.batch_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, '补贴发放花名册已审核，不能修改'); END;
CREATE TRIGGER batch_items_locked_delete BEFORE DELETE ON subsidy_batch_items
WHEN (SELECT status FROM subsidy_batches WHERE id = OLD.batch_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, '补贴发放花名册已审核，不能删除人员'); END;
CREATE TRIGGER batch_locked_update BEFORE UPDATE OF kind, month, supplementary, total_persons, total_fen, prepared_by ON subsidy_batches
WHEN OLD.status <> 'draft' AND NEW.status <> 'draft'
BEGIN SELECT RAISE(ABORT, '补贴发放花名册已审核，不能修改'); END;`;

export default /* sql */ `
CREATE TABLE attendance_months (
  id                  TEXT PRIMARY KEY,                 -- UUIDv7
  placement_id        TEXT NOT NULL REFERENCES placements (id),
  month               TEXT NOT NULL CHECK (length(month) = 7),
  days_on_post        INTEGER NOT NULL CHECK (days_on_post BETWEEN 1 AND 31),
  required_days       INTEGER NOT NULL CHECK (required_days BETWEEN 0 AND 31),
  attended_days       INTEGER NOT NULL CHECK (attended_days >= 0 AND attended_days <= required_days AND attended_days <= days_on_post),
  daily_marks         TEXT,
  standard            INTEGER NOT NULL CHECK (standard >= 0),
  due_amount          INTEGER NOT NULL CHECK (due_amount >= 0),
  deduction           INTEGER NOT NULL DEFAULT 0 CHECK (deduction >= 0 AND deduction <= due_amount),
  deduction_reason    TEXT,
  paid_amount         INTEGER NOT NULL CHECK (paid_amount = due_amount - deduction),
  si_pension          INTEGER NOT NULL DEFAULT 0 CHECK (si_pension >= 0),
  si_medical          INTEGER NOT NULL DEFAULT 0 CHECK (si_medical >= 0),
  si_unemployment     INTEGER NOT NULL DEFAULT 0 CHECK (si_unemployment >= 0),
  si_injury           INTEGER NOT NULL DEFAULT 0 CHECK (si_injury >= 0),
  si_subsidy          INTEGER NOT NULL DEFAULT 0 CHECK (si_subsidy >= 0),
  assessment          TEXT CHECK (assessment IS NULL OR assessment IN ('pass', 'fail')),
  remark              TEXT,
  entered_at          TEXT,
  entered_by          TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  UNIQUE (placement_id, month),
  CHECK (deduction = 0 OR deduction_reason IS NOT NULL)
);
CREATE INDEX attendance_months_month ON attendance_months (month, placement_id);

CREATE TABLE internship_allowances (
  id                  TEXT PRIMARY KEY,
  internship_id       TEXT NOT NULL REFERENCES internships (id),
  month               TEXT NOT NULL CHECK (length(month) = 7),
  days                INTEGER NOT NULL CHECK (days BETWEEN 1 AND 31),
  calendar_days       INTEGER NOT NULL CHECK (calendar_days BETWEEN 28 AND 31),
  standard            INTEGER NOT NULL CHECK (standard >= 0),
  due_amount          INTEGER NOT NULL CHECK (due_amount >= 0),
  early_hire_amount   INTEGER NOT NULL DEFAULT 0 CHECK (early_hire_amount >= 0),
  host_allowance_verified INTEGER NOT NULL DEFAULT 0 CHECK (host_allowance_verified IN (0, 1)),
  remark              TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  UNIQUE (internship_id, month)
);
CREATE INDEX internship_allowances_month ON internship_allowances (month, internship_id);

CREATE TABLE subsidy_batches (
  id                  TEXT PRIMARY KEY,
  kind                TEXT NOT NULL CHECK (kind IN ('post', 'si', 'internship')),
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
-- One ordinary roster per kind and month.
CREATE UNIQUE INDEX subsidy_batches_month ON subsidy_batches (kind, month) WHERE supplementary = 0;

CREATE TABLE subsidy_batch_items (
  id                  TEXT PRIMARY KEY,
  batch_id            TEXT NOT NULL REFERENCES subsidy_batches (id),
  kind                TEXT NOT NULL CHECK (kind IN ('post', 'si', 'internship')),
  attendance_id       TEXT REFERENCES attendance_months (id),
  allowance_id        TEXT REFERENCES internship_allowances (id),
  amount_fen          INTEGER NOT NULL,
  adjusts_item_id     TEXT REFERENCES subsidy_batch_items (id),
  reason              TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  CHECK ((attendance_id IS NULL) <> (allowance_id IS NULL)),
  CHECK ((kind = 'internship') = (allowance_id IS NOT NULL)),
  CHECK (adjusts_item_id IS NOT NULL OR amount_fen >= 0),
  CHECK (adjusts_item_id IS NULL OR (reason IS NOT NULL AND amount_fen <> 0))
);
CREATE INDEX subsidy_batch_items_batch ON subsidy_batch_items (batch_id);
CREATE UNIQUE INDEX subsidy_batch_items_attendance ON subsidy_batch_items (kind, attendance_id) WHERE adjusts_item_id IS NULL AND attendance_id IS NOT NULL;
CREATE UNIQUE INDEX subsidy_batch_items_allowance ON subsidy_batch_items (allowance_id) WHERE adjusts_item_id IS NULL AND allowance_id IS NOT NULL;
CREATE INDEX subsidy_batch_items_adjusts ON subsidy_batch_items (adjusts_item_id) WHERE adjusts_item_id IS NOT NULL;

-- Backstop of the review lock: rows covered by a batch that is no longer a draft cannot change or go.
${REVIEW_LOCK_TRIGGERS}
`;
