// BR-30 灵活就业社会保险补贴 (information only): the periods a person enjoys the subsidy, in months. The rules (no
// overlap, 36 months in total or until retirement) are the core's (shared/domain/flexible-subsidy.ts); the table
// keeps what each row must be on its own. Rows are soft-deleted (deleted_at) and purged with their person.
export default /* sql */ `
CREATE TABLE flexible_subsidies (
  id               TEXT PRIMARY KEY,               -- UUIDv7
  person_id        TEXT NOT NULL REFERENCES persons (id),
  start_month      TEXT NOT NULL,                  -- YYYY-MM
  end_month        TEXT NOT NULL,                  -- YYYY-MM, planned
  target           TEXT NOT NULL CHECK (target IN ('1', '2', '9')),
  insurance        TEXT NOT NULL CHECK (insurance IN ('P', 'PMU')),
  handler          TEXT NOT NULL,
  remark           TEXT,
  terminated_on    TEXT,                           -- ended early
  terminate_reason TEXT,                           -- 终止原因 code
  terminate_note   TEXT,
  deleted_at       TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  CHECK (end_month >= start_month),
  CHECK (target <> '9' OR insurance = 'P'),
  CHECK ((terminated_on IS NULL) = (terminate_reason IS NULL))
);
CREATE INDEX flexible_subsidies_person ON flexible_subsidies (person_id, start_month);
`;
