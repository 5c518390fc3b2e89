// Public-welfare posts: employers (DOMAIN §3.6), posts (§3.7) and placements (§3.8).
//
// - employers: soft-deleted (deleted_at) and restorable. uscc is stored normalised (VR-08) and unique when
//   present, deleted employers included (a restore never clashes). township_id is the 乡镇 of region_id
//   (the region itself when it is a 乡镇), denormalised on every write like persons.township_id.
//   bank_account is plain text for now, as persons.bank_card_no (DOMAIN §9.4 asks for encryption later).
//   base_recognised_date / base_valid_until only when is_internship_base = 1 (§3.11 uses them).
// - posts: post_code unique in the database (= the county, §3.7 [D]); post_type must belong to the area
//   (U.. 城镇, V.. 乡村, E17); monthly_standard in fen (CFG-02), standard_source says whether it was the
//   default of the day or the clerk's amount. A post is never deleted: it is revoked (status 撤销) with a date.
//   township_id is the 乡镇 of work_region_id.
// - placements: a person on a post from start_date to leave_date inclusive (open while leave_date IS NULL:
//   status 在岗). Placements entered by mistake are soft-deleted (deleted_at + delete_reason); every rule
//   ignores deleted rows. Capacity (BR-17) and overlap (VR-13) are checked by the core on every write; the
//   indexes below let both read only the post's or the person's own rows.
//   basis_* is the target basis (安置依据, E06 or E24 code) with its date; basis_source = 'recorded' marks a
//   category recorded by the clerk that stands in for a recognition until that module exists (issue 6).
//   subsidy_first_month (BR-18 F) is kept in step on every write of the person's placements; new_cycle = 1 marks
//   a repeat placement of a special-hardship person that starts a new entitlement (CFG-07, S21).
//   override_* records a VR-15 override (rules overridden, reason, operator); the audit row repeats it.
// - persons_retirement: an index on the persons table for the post work lists (see below).
export default /* sql */ `
CREATE TABLE employers (
  id                   TEXT PRIMARY KEY,                 -- UUIDv7
  name                 TEXT NOT NULL,
  uscc                 TEXT CHECK (uscc IS NULL OR length(uscc) = 18),
  nature               TEXT NOT NULL,                    -- E27
  region_id            TEXT NOT NULL REFERENCES regions (id),
  township_id          TEXT NOT NULL REFERENCES regions (id),
  bank_account         TEXT,
  bank_name            TEXT,
  is_internship_base   INTEGER NOT NULL DEFAULT 0 CHECK (is_internship_base IN (0, 1)),
  base_recognised_date TEXT,
  base_valid_until     TEXT,
  remark               TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  created_by           TEXT NOT NULL,
  updated_by           TEXT NOT NULL,
  deleted_at           TEXT,
  CHECK (is_internship_base = 1 OR (base_recognised_date IS NULL AND base_valid_until IS NULL)),
  CHECK (base_valid_until IS NULL OR base_recognised_date IS NULL OR base_valid_until >= base_recognised_date)
);
CREATE UNIQUE INDEX employers_uscc ON employers (uscc) WHERE uscc IS NOT NULL;
CREATE INDEX employers_name ON employers (deleted_at, name);
CREATE INDEX employers_township ON employers (deleted_at, township_id, name);

CREATE TABLE posts (
  id               TEXT PRIMARY KEY,                     -- UUIDv7
  post_code        TEXT NOT NULL UNIQUE,
  employer_id      TEXT NOT NULL REFERENCES employers (id),
  title            TEXT NOT NULL,
  post_type        TEXT NOT NULL,                        -- E17
  area_type        TEXT NOT NULL CHECK (area_type IN ('urban', 'rural')),
  work_region_id   TEXT NOT NULL REFERENCES regions (id),
  township_id      TEXT NOT NULL REFERENCES regions (id),
  approved_count   INTEGER NOT NULL CHECK (approved_count >= 1),
  monthly_standard INTEGER NOT NULL CHECK (monthly_standard >= 0),   -- fen
  standard_source  TEXT NOT NULL CHECK (standard_source IN ('default', 'custom')),
  monthly_hours    INTEGER CHECK (monthly_hours IS NULL OR monthly_hours > 0),
  si_subsidy       INTEGER NOT NULL CHECK (si_subsidy IN (0, 1)),
  contract_type    TEXT NOT NULL,                        -- E18
  full_time        INTEGER NOT NULL CHECK (full_time IN (0, 1)),
  created_date     TEXT NOT NULL,
  valid_until      TEXT,
  fund_source      TEXT,
  published        INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
  status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
  revoked_date     TEXT,
  revoke_reason    TEXT,
  remark           TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  CHECK (substr(post_type, 1, 1) = CASE area_type WHEN 'urban' THEN 'U' ELSE 'V' END),
  CHECK ((area_type = 'urban' AND contract_type IN ('1', '3')) OR (area_type = 'rural' AND contract_type IN ('1', '2'))),
  CHECK (valid_until IS NULL OR valid_until >= created_date),
  CHECK ((status = 'revoked') = (revoked_date IS NOT NULL)),
  CHECK (revoked_date IS NULL OR revoked_date >= created_date)
);
CREATE INDEX posts_employer ON posts (employer_id, status);
CREATE INDEX posts_township ON posts (township_id, status, area_type, post_code);
CREATE INDEX posts_status ON posts (status, post_code);

CREATE TABLE placements (
  id                  TEXT PRIMARY KEY,                  -- UUIDv7
  person_id           TEXT NOT NULL REFERENCES persons (id),
  post_id             TEXT NOT NULL REFERENCES posts (id),
  basis_list          TEXT NOT NULL CHECK (basis_list IN ('E06', 'E24')),
  basis_code          TEXT NOT NULL,
  basis_date          TEXT NOT NULL,
  basis_source        TEXT NOT NULL DEFAULT 'recorded' CHECK (basis_source IN ('recorded', 'recognition')),
  start_date          TEXT NOT NULL,
  contract_start      TEXT NOT NULL,
  contract_end        TEXT NOT NULL,
  subsidy_first_month TEXT NOT NULL,
  new_cycle           INTEGER NOT NULL DEFAULT 0 CHECK (new_cycle IN (0, 1)),
  accident_insurance  TEXT,
  leave_date          TEXT,
  leave_reason        TEXT,                              -- E19
  leave_note          TEXT,
  vacancy_report_date TEXT,
  override_rules      TEXT,                              -- e.g. 'BR-17,BR-18'
  override_reason     TEXT,
  override_by         TEXT,
  remark              TEXT,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  updated_by          TEXT NOT NULL,
  deleted_at          TEXT,
  delete_reason       TEXT,
  CHECK (contract_end >= contract_start),
  CHECK (leave_date IS NULL OR leave_date >= start_date),
  CHECK ((leave_date IS NULL) = (leave_reason IS NULL)),
  CHECK (vacancy_report_date IS NULL OR leave_date IS NOT NULL),
  CHECK ((override_rules IS NULL) = (override_reason IS NULL))
);
-- BR-17 sweep over one post's placements; vacancies and the post's roster.
CREATE INDEX placements_post ON placements (post_id, deleted_at, start_date, leave_date, id);
-- VR-13 overlap and BR-18 months over one person's placements (covering: no table reads).
CREATE INDEX placements_person ON placements (person_id, deleted_at, start_date, leave_date, new_cycle, id, post_id);
-- Open placements for the work lists (covering the first pass), and month reports (RPT-04, RPT-07).
CREATE INDEX placements_open ON placements (leave_date, deleted_at, subsidy_first_month, start_date, person_id, id, post_id);
-- The work lists read the retirement data (BR-02) of thousands of placed persons: a narrow covering index spares
-- the wide persons rows.
CREATE INDEX persons_retirement ON persons (id, birth_date, retirement_category);
`;
