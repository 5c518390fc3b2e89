// fix27b: the 导入前 copy and the batch record at county scale. On a copy of the scale county (N persons with their
// registrations and contacts, scale.ts builds it once), an R-row person roster is checked and committed, and the
// commit undone (imports.batches.undo, a job since imp28). Measured: the copy alone (takePlainBackup 'before-import', as the commit
// takes it: VACUUM INTO + fsync) and its size, the whole commit (copy + transaction + batch record), and the undo.
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE, openCore } from '../../electron/core/core';
import { removePlain, takePlainBackup } from '../../electron/core/modules/backups/create';
import { backupsDir } from '../../electron/core/modules/backups/meta';
import { signInSeedAdmin } from '../seed/accounts';
import { job } from './job';
import { roster, villagesOf } from './person-import';
import { round2, type BenchEntry } from './results';
import { countyDir } from './scale';
import { BENCH_TODAY } from './temp-core';

interface ImportUndoBench {
  persons: number;
  rows: number;
  created: number;
  registerMb: number;
  copySeconds: number;
  copyMb: number;
  commitSeconds: number;
  batchRows: number;
  undoSeconds: number;
}

const seconds = (from: number) => round2((performance.now() - from) / 1000);

export async function benchImportUndo(options: {
  persons: number;
  rows: number;
  log: (line: string) => void;
}): Promise<ImportUndoBench> {
  const { dir: county } = await countyDir(options.persons, 0, undefined, options.log);
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-bench-undo-'));
  copyFileSync(join(county, DB_FILE), join(dir, DB_FILE));
  const core = openCore({ dataDir: dir, today: BENCH_TODAY });
  try {
    await signInSeedAdmin(core);
    const registerMb = round2(statSync(join(dir, DB_FILE)).size / 1048576);
    let t = performance.now();
    const copy = takePlainBackup(core.ctx, 'before-import');
    const copySeconds = seconds(t);
    const copyMb = round2(statSync(join(backupsDir(core.ctx), copy.name)).size / 1048576);
    removePlain(join(backupsDir(core.ctx), copy.name));
    // IDs past the county's own (the roster's numbering starts at `first`).
    const buf = await roster(options.rows, villagesOf(core), { first: 400_000 });
    const checked = await job(core, 'imports.persons.check', {
      fileName: '花名册.xlsx',
      contentBase64: buf.toString('base64'),
    });
    t = performance.now();
    const done = await job(core, 'imports.persons.commit', {
      token: checked.token,
      updateMatched: [],
      skipInvalidRows: true,
    });
    const commitSeconds = seconds(t);
    const batchRows = core.ctx.db
      .prepare('SELECT row_count FROM import_batches WHERE id = ?')
      .pluck()
      .get(done.batchId) as number;
    t = performance.now();
    await job(core, 'imports.batches.undo', { id: done.batchId });
    const undoSeconds = seconds(t);
    return {
      persons: options.persons,
      rows: options.rows,
      created: done.created as number,
      registerMb,
      copySeconds,
      copyMb,
      commitSeconds,
      batchRows,
      undoSeconds,
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function importUndoEntries(b: ImportUndoBench): BenchEntry[] {
  const at = `imports.persons ${b.rows} rows on ${Math.round(b.persons / 1000)}k`;
  const e = (name: string, value: number, unit: string): BenchEntry => ({
    name: `${at} ${name}`,
    value,
    unit,
    baseline: null,
    ratio: null,
  });
  return [
    e('导入前 copy', b.copySeconds, 's'),
    e('导入前 copy size', b.copyMb, 'MB'),
    e('commit (copy + write + batch record)', b.commitSeconds, 's'),
    e('undo', b.undoSeconds, 's'),
  ];
}
