// 撤销本次导入 (fix27b): every import commit records what it wrote as a batch, so that one import can be undone
// without restoring the whole register (which also throws away every later change).
//   import_batches      one row per committed import: its kind, file, the audit summary, the 导入前 copy, who and when;
//                       status 'open' (can be undone), 'undone', or 'expired' (its row records were dropped: only the
//                       newest imports keep them, imports/batch-record.ts KEEP_UNDOABLE).
//   import_batch_rows   per row the import inserted, changed or deleted (any table but the audit log and these two),
//                       in the order first touched: its primary key (JSON array), the row before the import (JSON
//                       object of every column; NULL: the import inserted it) and the row after the import (the
//                       same; NULL: the import deleted it). The undo refuses when a row is no longer what it was after.
export default /* sql */ `
CREATE TABLE import_batches (
  id            TEXT PRIMARY KEY,
  kind          TEXT NOT NULL,
  file_name     TEXT NOT NULL,
  summary       TEXT NOT NULL,
  backup        TEXT,
  account_id    TEXT,
  committed_by  TEXT NOT NULL,
  committed_at  TEXT NOT NULL,
  row_count     INTEGER NOT NULL,
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'undone', 'expired')),
  undone_by     TEXT,
  undone_at     TEXT
);
CREATE INDEX import_batches_committed ON import_batches (committed_at);

CREATE TABLE import_batch_rows (
  batch_id    TEXT NOT NULL REFERENCES import_batches (id),
  seq         INTEGER NOT NULL,
  table_name  TEXT NOT NULL,
  row_key     TEXT NOT NULL,
  before_row  TEXT,
  after_row   TEXT,
  PRIMARY KEY (batch_id, seq)
) WITHOUT ROWID;
CREATE INDEX import_batch_rows_key ON import_batch_rows (batch_id, table_name, row_key);
`;
