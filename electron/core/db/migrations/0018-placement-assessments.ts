// BR-23 (DOMAIN §3.8 annual_assessment; issue: renewal and annual assessment of placements): one 年度考核 result per
// placement and year, and the history of a placement's contract renewals (续签). A renewal moves the placement's own
// contract_start/contract_end to the new term (reports and rosters read the contract in force); the row here keeps
// the term it replaced, and the reason when a 不合格 assessment of the year before was overridden (VR-15).
export default /* sql */ `
CREATE TABLE placement_assessments (
  id           TEXT PRIMARY KEY,                  -- UUIDv7
  placement_id TEXT NOT NULL REFERENCES placements (id),
  year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  result       TEXT NOT NULL CHECK (result IN ('pass', 'fail')),
  assessed_on  TEXT NOT NULL,
  remark       TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  updated_by   TEXT NOT NULL,
  UNIQUE (placement_id, year)
);

CREATE TABLE placement_renewals (
  id              TEXT PRIMARY KEY,               -- UUIDv7
  placement_id    TEXT NOT NULL REFERENCES placements (id),
  previous_start  TEXT NOT NULL,
  previous_end    TEXT NOT NULL,
  contract_start  TEXT NOT NULL,
  contract_end    TEXT NOT NULL,
  renewed_on      TEXT NOT NULL,
  override_reason TEXT,                           -- BR-23 overridden: the year before was assessed 不合格
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  CHECK (contract_start > previous_end),
  CHECK (contract_end >= contract_start)
);
CREATE INDEX placement_renewals_placement ON placement_renewals (placement_id, contract_start);
`;
