// Unemployment registration (DOMAIN §3.3), service-level history (BR-09) and follow-up contacts (§3.4).
//
// - registrations: at most one ACTIVE registration per person (partial unique index). A registration is
//   active from reg_date to cancel_date inclusive; cancel_date/cancel_reason are set together with
//   status = 'cancelled' (BR-08). Registrations are not deleted (a mistaken one is cancelled with C99).
// - E14 sets (needs, services) are bit masks: bit k−1 = SVk (SV1 = 1, SV2 = 2, SV3 = 4 … SV9 = 256), so the
//   monthly service counts of RPT-12 are integer arithmetic over a covering index.
// - service_level_changes: one row when the level is first set (from_level NULL, dated reg_date) and one per
//   change; seq orders them, dates never decrease with seq. registrations.service_level = to_level of the
//   highest seq; the level on a past date is the last row with change_date ≤ that date.
// - contacts: hard-deleted (a log line; the audit row keeps what went). Month scans use contacts_month
//   (covering for the work lists and RPT-12), per-registration history uses contacts_registration.
// - persons_registration: a covering index on persons for the joins from registrations (the work lists join
//   ~30,000 registrations to their persons at 100,000 persons).
export default /* sql */ `
CREATE TABLE registrations (
  id                TEXT PRIMARY KEY,                    -- UUIDv7
  person_id         TEXT NOT NULL REFERENCES persons (id),
  reg_date          TEXT NOT NULL,
  reg_place_id      TEXT NOT NULL REFERENCES regions (id),
  reason            TEXT NOT NULL,                       -- E10
  receives_ui       INTEGER NOT NULL DEFAULT 0 CHECK (receives_ui IN (0, 1)),
  service_level     TEXT NOT NULL CHECK (service_level IN ('A', 'B', 'C')),
  job_wish          TEXT NOT NULL,                       -- E15
  job_intent        TEXT,
  needs             INTEGER NOT NULL DEFAULT 0 CHECK (needs BETWEEN 0 AND 511),
  responsible_staff TEXT NOT NULL,
  status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
  cancel_date       TEXT,
  cancel_reason     TEXT,                                -- E11
  cancel_note       TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  CHECK ((status = 'cancelled') = (cancel_date IS NOT NULL AND cancel_reason IS NOT NULL)),
  CHECK (cancel_date IS NULL OR cancel_date >= reg_date)
);
CREATE UNIQUE INDEX registrations_one_active ON registrations (person_id) WHERE status = 'active';
-- A person's registrations; also the month lists and RPT-11/12, which read every registration (a month holds
-- most of them) in person order, so their person lookups walk persons_registration in order, and group by
-- person without sorting.
CREATE INDEX registrations_person ON registrations (person_id, reg_date, cancel_date, id, service_level, responsible_staff, cancel_reason);

CREATE TABLE service_level_changes (
  id              TEXT PRIMARY KEY,                      -- UUIDv7
  registration_id TEXT NOT NULL REFERENCES registrations (id),
  seq             INTEGER NOT NULL,
  change_date     TEXT NOT NULL,
  from_level      TEXT CHECK (from_level IN ('A', 'B', 'C')),
  to_level        TEXT NOT NULL CHECK (to_level IN ('A', 'B', 'C')),
  suggested_level TEXT CHECK (suggested_level IN ('A', 'B', 'C')),
  reason          TEXT NOT NULL,
  source          TEXT NOT NULL CHECK (source IN ('create', 'override', 'contact')),
  contact_id      TEXT REFERENCES contacts (id) ON DELETE SET NULL,
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  UNIQUE (registration_id, seq)
);
-- Level on a date: the last change with change_date ≤ date.
CREATE INDEX service_level_changes_asof ON service_level_changes (registration_id, change_date, seq, to_level);
-- Registrations whose level changed after a month end (their level at that end comes from the history).
CREATE INDEX service_level_changes_date ON service_level_changes (change_date, registration_id);
CREATE INDEX service_level_changes_contact ON service_level_changes (contact_id) WHERE contact_id IS NOT NULL;

CREATE TABLE contacts (
  id                      TEXT PRIMARY KEY,              -- UUIDv7
  registration_id         TEXT NOT NULL REFERENCES registrations (id),
  contact_date            TEXT NOT NULL,
  method                  TEXT NOT NULL,                 -- E12
  result                  TEXT NOT NULL,                 -- E13; '1' = 联系成功
  employment_status_found TEXT,                          -- E09
  employer_or_activity    TEXT,
  job_wish                TEXT,                          -- E15
  needs                   INTEGER NOT NULL DEFAULT 0 CHECK (needs BETWEEN 0 AND 511),
  services                INTEGER NOT NULL DEFAULT 0 CHECK (services BETWEEN 0 AND 511),
  jobs_recommended        INTEGER CHECK (jobs_recommended >= 0),
  next_contact_date       TEXT,
  staff                   TEXT NOT NULL,
  suggest_cancel          INTEGER NOT NULL DEFAULT 0 CHECK (suggest_cancel IN (0, 1)),
  suggest_reason          TEXT,                          -- E11
  service_result          TEXT,
  remark                  TEXT,
  suggested_level         TEXT CHECK (suggested_level IN ('A', 'B', 'C')),
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  created_by              TEXT NOT NULL,
  updated_by              TEXT NOT NULL,
  -- §3.4: a successful contact records the status found and at least one service.
  CHECK (result <> '1' OR (employment_status_found IS NOT NULL AND services <> 0)),
  CHECK (suggest_cancel = 1 OR suggest_reason IS NULL)
);
CREATE INDEX contacts_registration ON contacts (registration_id, contact_date, result);
-- The person columns the month lists and RPT-12 need, found by id in one index search instead of two.
CREATE INDEX persons_registration ON persons (id, deleted_at, township_id, residence_region_id, is_difficult, name);
CREATE INDEX contacts_month ON contacts (contact_date, registration_id, result, services, jobs_recommended);
`;
