import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { takePlainBackup } from '../../electron/core/modules/backups/create';
import { KEEP_BEFORE_IMPORT } from '../../electron/core/modules/backups/before-import';
import type { PersonImportResult } from '../../shared/contract/imports';
import type { BackupEntry } from '../../shared/contract/backups';
import type { JobStatus } from '../../shared/contract/system';
import { makeCore, must, snapshot, waitJob } from './harness';
import { county } from './persons-fixtures';
import { backupsOf, filesIn, names } from './backups-fixtures';
import { BATCH_ID, BEFORE_IMPORT_COPY, jobData } from './import-workbooks';
import { checkTraps, registerExisting } from './import-traps';

// audit8 gap 1: a committed import can be undone. Every commit first takes a 导入前 copy of the register and names
// it in its result; restoring that copy brings the register back to what it was before the import. A cancel while
// the rows are written rolls the transaction back (real SQLite file), and a commit that does not happen keeps no copy.

const beforeImportCopies = (dir: string) => filesIn(dir).filter((n) => n.startsWith('taizhang-before-import-'));

/** A county with two registered persons and a checked roster (5 new, 1 matched); `onProgress` sees the jobs. */
async function checkedCounty(onProgress?: (s: JobStatus) => void) {
  const core = makeCore(undefined, undefined, { onProgress });
  const c = await county(core);
  const existing = await registerExisting(c);
  const r = await checkTraps(c);
  return { core, existing, r };
}

describe('imports: the 导入前 copy and 取消 while writing', () => {
  it('takes a 导入前 copy before the commit, names it in the result, and restoring it undoes the import', async () => {
    const { core, existing, r } = await checkedCounty();
    const before = names(core);
    const done = await jobData<PersonImportResult>(core, 'imports.persons.commit', {
      token: r.token,
      updateMatched: [existing.changed.id],
      skipInvalidRows: true,
    });
    expect(done).toEqual({ created: 5, updated: 1, skipped: 9, backup: BEFORE_IMPORT_COPY, batchId: BATCH_ID });
    expect(beforeImportCopies(backupsOf(core))).toEqual([done.backup, `${done.backup}.json`]);
    expect(names(core)).toHaveLength(before.length + 5);

    const listed = (await must(core, 'backups.list', {})).items.find((b: BackupEntry) => b.name === done.backup);
    expect(listed).toMatchObject({ kind: 'before-import', folder: null, counts: { persons: before.length } });

    const restore = await must(core, 'backups.restore', { name: done.backup, folder: null });
    expect((await waitJob(core, restore.jobId)).state).toBe('done');
    expect(names(core)).toEqual(before);
    const phone = core.ctx.db.prepare('SELECT phone FROM persons WHERE id = ?').get(existing.changed.id) as {
      phone: string;
    };
    expect(phone.phone).toBe('13899012345'); // the update is undone too
  });

  it('a cancel while the rows are written rolls the whole transaction back and keeps no copy', async () => {
    let cancelled = false;
    const phases: string[] = [];
    const { core, r } = await checkedCounty((s) => {
      phases.push(s.phase);
      // The first row is being written when 取消 arrives: the next row notices it inside the transaction.
      if (s.phase === '写入数据库' && !cancelled) cancelled = core.ctx.jobs.cancel(s.jobId);
    });
    const before = snapshot(core);
    const { jobId } = await must(core, 'imports.persons.commit', { token: r.token, skipInvalidRows: true });
    const s = await waitJob(core, jobId);
    expect(cancelled).toBe(true);
    expect(phases).toContain('导入前自动备份');
    expect(s.result).toEqual({ ok: false, error: { code: 'CANCELLED', message: '已取消，数据未改动。' } });
    expect(snapshot(core)).toBe(before);
    expect(beforeImportCopies(backupsOf(core))).toEqual([]);
  });

  it('a commit that fails inside the transaction keeps no copy', async () => {
    const { core, r } = await checkedCounty();
    // 王芳 is the fifth insert: four persons are written before the database refuses her; all is rolled back.
    core.ctx.db.exec(`CREATE TEMP TRIGGER fail_import BEFORE INSERT ON main.persons WHEN NEW.name = '王芳'
      BEGIN SELECT RAISE(ABORT, 'forced failure'); END`);
    const before = snapshot(core);
    const { jobId } = await must(core, 'imports.persons.commit', { token: r.token, skipInvalidRows: true });
    const s = await waitJob(core, jobId);
    expect(s.state).toBe('failed');
    expect(snapshot(core)).toBe(before);
    expect(beforeImportCopies(backupsOf(core))).toEqual([]);
  });

  it(`keeps the newest ${KEEP_BEFORE_IMPORT} 导入前 copies`, async () => {
    const { core, r } = await checkedCounty();
    const old = Array.from({ length: KEEP_BEFORE_IMPORT }, () => takePlainBackup(core.ctx, 'before-import').name);
    const done = await jobData<PersonImportResult>(core, 'imports.persons.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    const left = beforeImportCopies(backupsOf(core)).filter((n) => n.endsWith('.db'));
    expect(left).toHaveLength(KEEP_BEFORE_IMPORT);
    expect(left).toContain(done.backup);
    expect(old.filter((n) => !existsSync(join(backupsOf(core), n)))).toHaveLength(1);
  });
});
