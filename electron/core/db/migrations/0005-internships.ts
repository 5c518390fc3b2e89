// Internships (就业见习, DOMAIN §3.11; BR-25..BR-29, VR-13, VR-14).
//
// - A person at a host (an employer marked is_internship_base, §3.6) from agreement_start; planned end
//   agreement_end; status 'active' (见习中) until ended with end_date and end_type (E22) → 'ended' (已结束).
//   The period of an internship for overlap checks (VR-13) and reports is [agreement_start, end_date or agreement_end].
// - Money in fen: allowance_standard (BR-27 default = the minimum wage in force on agreement_start, frozen here
//   so later adjustments never change a past agreement) and host_allowance (VR-14 ≥ 50 % of min_wage_fen).
//   min_wage_fen is the minimum wage used for the check, frozen too.
// - graduate fields (school, major, degree, graduation_date) are required for intern_type 1 by the core.
// - retained / retained_date / contract_years (BR-29): retained = 1 only with end types 2, 3 (or 9).
// - status_before: the person's employment status (E09) before the internship set it to 25, for the record.
export default /* sql */ `
CREATE TABLE internships (
  id                TEXT PRIMARY KEY,                    -- UUIDv7
  person_id         TEXT NOT NULL REFERENCES persons (id),
  host_id           TEXT NOT NULL REFERENCES employers (id),
  position          TEXT NOT NULL,
  intern_type       TEXT NOT NULL CHECK (intern_type IN ('1', '2', '9')),   -- E20
  school            TEXT,
  major             TEXT,
  degree            TEXT,                                -- E21
  graduation_date   TEXT,
  agreement_start   TEXT NOT NULL,
  agreement_end     TEXT NOT NULL,
  allowance_standard INTEGER NOT NULL CHECK (allowance_standard >= 0),       -- fen
  allowance_source  TEXT NOT NULL CHECK (allowance_source IN ('default', 'custom')),
  min_wage_fen      INTEGER NOT NULL CHECK (min_wage_fen >= 0),
  host_allowance    INTEGER NOT NULL CHECK (host_allowance >= 0),           -- fen
  insurance_policy  TEXT NOT NULL,
  status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
  end_date          TEXT,
  end_type          TEXT,                                -- E22
  end_note          TEXT,
  retained          INTEGER NOT NULL DEFAULT 0 CHECK (retained IN (0, 1)),
  retained_date     TEXT,
  contract_years    INTEGER CHECK (contract_years IS NULL OR contract_years >= 1),
  status_before     TEXT,
  remark            TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL,
  updated_by        TEXT NOT NULL,
  deleted_at        TEXT,
  CHECK (agreement_end > agreement_start),
  CHECK (graduation_date IS NULL OR graduation_date <= agreement_start),
  CHECK ((status = 'ended') = (end_date IS NOT NULL AND end_type IS NOT NULL)),
  CHECK (end_date IS NULL OR (end_date >= agreement_start AND end_date <= agreement_end)),
  CHECK (retained = 0 OR (retained_date IS NOT NULL AND contract_years IS NOT NULL))
);
-- VR-13 / CFG-19 over one person's internships.
CREATE INDEX internships_person ON internships (person_id, deleted_at, agreement_start);
-- Lists and RPT-08 / RPT-10 per host; retention (BR-29) by end date.
CREATE INDEX internships_host ON internships (host_id, deleted_at, agreement_start);
CREATE INDEX internships_end ON internships (deleted_at, end_date, end_type);
-- Work list: running internships by planned end.
CREATE INDEX internships_running ON internships (status, deleted_at, agreement_end);
`;
