// Period lock (issue 19, DHIS2's data approval as the model): a reviewer locks a reporting month after its reports
// were submitted upward; an administrator may unlock it with a reason. Each lock and unlock is kept as an event.
// The reports of a locked month are frozen as JSON at lock time (period_lock_reports), so a later edit elsewhere
// cannot change what the month's export writes. The audit log becomes append-only: triggers refuse UPDATE and DELETE.
export default /* sql */ `
CREATE TABLE period_locks (
  month     TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  locked_at TEXT NOT NULL,
  locked_by TEXT NOT NULL,
  note      TEXT
) WITHOUT ROWID;

CREATE TABLE period_lock_events (
  id     TEXT PRIMARY KEY,                 -- UUIDv7, time-ordered
  month  TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('lock', 'unlock')),
  at     TEXT NOT NULL,
  by     TEXT NOT NULL,
  note   TEXT,                             -- the lock's note, or the unlock's reason (required)
  CHECK (action = 'lock' OR length(trim(coalesce(note, ''))) > 0)
);
CREATE INDEX period_lock_events_month ON period_lock_events (month);

CREATE TABLE period_lock_reports (
  month     TEXT NOT NULL REFERENCES period_locks (month) ON DELETE CASCADE,
  report    TEXT NOT NULL,
  scope_key TEXT NOT NULL,                 -- '' = the whole county; 't:<townshipId>', 'g:employer' ...
  content   TEXT NOT NULL,                 -- JSON: the sheets (definition, rows, unit) the export writes
  PRIMARY KEY (month, report, scope_key)
) WITHOUT ROWID;

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_operator ON audit_log (operator, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, '操作记录只能追加，不能修改'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, '操作记录只能追加，不能删除'); END;
`;
