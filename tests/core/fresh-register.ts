import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE } from '../../electron/core/core';
import { openDatabase } from '../../electron/core/db/open';

// Every core a test opens on an empty folder used to run all the migrations on a new file (about 0.1 s of CPU each,
// several hundred times per run). The migrated empty register is the same file every time: it is made once per
// worker, by the same openDatabase a first start runs, and copied into each empty folder; the core then opens an
// existing register at the latest version, as at any later start. The migrations themselves keep their own tests
// (tests/core/*-migration.test.ts, migrations-frozen, db-open), which open their files directly.

let template: string | undefined;

function makeTemplate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-template-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, DB_FILE);
  // Closing checkpoints the WAL into the file and removes the open-marker: one self-contained file is left.
  openDatabase(file, { backupDir: null }).close();
  return file;
}

/**
 * Puts the migrated empty register into `dataDir` when the folder is missing or empty (a first start); a folder
 * holding anything (a register, a staged restore, a foreign file) is left exactly as the test made it.
 */
export function seedEmptyRegister(dataDir: string): void {
  if (existsSync(dataDir) && readdirSync(dataDir).length) return;
  template ??= makeTemplate();
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(template, join(dataDir, DB_FILE));
}
