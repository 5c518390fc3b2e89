// Foundation: settings (effective-dated, DOMAIN §3.13), audit log, administrative divisions (§3.12).
export default /* sql */ `
CREATE TABLE settings (
  key            TEXT NOT NULL,
  effective_from TEXT NOT NULL DEFAULT '0000-01-01',
  value          TEXT NOT NULL,            -- JSON
  source_note    TEXT,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL,
  PRIMARY KEY (key, effective_from)
) WITHOUT ROWID;

CREATE TABLE audit_log (
  id        TEXT PRIMARY KEY,              -- UUIDv7, time-ordered
  at        TEXT NOT NULL,
  operator  TEXT NOT NULL,
  channel   TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT,
  summary   TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TABLE regions (
  id               TEXT PRIMARY KEY,
  code             TEXT NOT NULL UNIQUE CHECK (length(code) = 12),
  name             TEXT NOT NULL,
  level            INTEGER NOT NULL CHECK (level IN (4, 5)),
  parent_id        TEXT REFERENCES regions (id),
  urban_rural_code TEXT,
  retired_on       TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL,
  updated_by       TEXT NOT NULL,
  CHECK ((level = 4) = (parent_id IS NULL))
);
CREATE INDEX regions_parent ON regions (parent_id);
`;
