// "Nothing was written", byte for byte: the register file's SHA-256 after every committed page has been moved from
// the write-ahead log into it (wal_checkpoint TRUNCATE). A rolled-back transaction leaves no committed frame, so
// the digest taken before and after it is the same; a commit that adds or changes a row changes a page.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Core } from '../../electron/core/core';

export function dbBytes(core: Core): string {
  const db = core.ctx.db;
  const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (r?.busy) throw new Error('checkpoint blocked by another connection');
  return createHash('sha256').update(readFileSync(db.name)).digest('hex');
}
