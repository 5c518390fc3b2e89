import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyBackupWhenFree } from '../../electron/core/modules/backups/daily';
import { tryBackupLock } from '../../electron/core/modules/backups/files';
import { makeCore, must, tempDir } from './harness';
import { countyWith } from './backups-fixtures';

// Issue 13: with a job worker (the app, `npm run serve`) today's automatic backup is taken there after start, so the
// core answers before the copy of the whole register is made; one backup at a time per folder still holds.

const JOB_WORKER = new URL('../../electron/core/jobs/job-worker-dev.mjs', import.meta.url).href;

const autosOnDisk = (dir: string) =>
  existsSync(join(dir, 'backups'))
    ? readdirSync(join(dir, 'backups')).filter((n) => n.startsWith('taizhang-auto-'))
    : [];

describe('the daily backup off the start path', () => {
  it('answers before the job worker has taken the daily backup, which then appears with its counts', async () => {
    const dir = tempDir();
    const first = makeCore(dir, '2026-11-27');
    await countyWith(first, ['阿依古丽', '买买提']);
    first.close();
    expect(autosOnDisk(dir)).toEqual([]); // the in-process start of 11-27 found an empty register

    // The gate holds the job worker's thread before the backup: the answers below come while it is not taken.
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const core = makeCore(dir, '2026-11-28', { jobWorker: JOB_WORKER, jobGate: gate });
    try {
      const list = await must(core, 'persons.list', {});
      expect(list.items.map((p) => p.name).sort()).toEqual(['买买提', '阿依古丽']);
      expect(autosOnDisk(dir)).toEqual([]);
      expect((await must(core, 'backups.list', {})).items).toEqual([]);
    } finally {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
    }
    const name = await core.dailyBackup;
    expect(name).toMatch(/^taizhang-auto-20261128-\d{6}\.db$/);
    const autos = (await must(core, 'backups.list', {})).items.filter((b) => b.kind === 'auto');
    expect(autos.map((b) => [b.name, b.day, b.counts.persons, b.encrypted])).toEqual([[name, '2026-11-28', 2, false]]);
    expect(core.ctx.lane?.handedOver).toBe(0); // not a call of the clerk's
    expect(existsSync(join(dir, 'backups', 'staging-busy.lock'))).toBe(false);
    core.close();
    await core.closed();

    // A later start the same day hands nothing to the job worker.
    const again = makeCore(dir, '2026-11-28', { jobWorker: JOB_WORKER });
    expect(await again.dailyBackup).toBeNull();
    expect(autosOnDisk(dir).sort()).toEqual([name, `${name}.json`].sort());
  });

  it('waits while another backup holds the folder, then takes it; logs when the folder stays busy', async () => {
    const core = makeCore(tempDir(), '2026-11-28');
    await countyWith(core, ['阿依古丽']);
    const release = tryBackupLock(core.ctx);
    expect(release).not.toBeNull();
    expect(tryBackupLock(core.ctx)).toBeNull(); // one at a time
    const gaveUp = await dailyBackupWhenFree(core.ctx, 5, 3);
    expect(gaveUp).toBeNull();
    expect(autosOnDisk(core.dataDir)).toEqual([]);
    expect(readFileSync(join(core.dataDir, 'logs', 'core.log'), 'utf8')).toContain(
      '[backups.daily] Error: 今日自动备份未进行：另一个备份或恢复任务正在进行',
    );

    const waiting = dailyBackupWhenFree(core.ctx, 20, 50);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(autosOnDisk(core.dataDir)).toEqual([]);
    release?.();
    const name = await waiting;
    expect(name).toMatch(/^taizhang-auto-20261128-/);
    expect(autosOnDisk(core.dataDir)).toContain(name);
    expect(await dailyBackupWhenFree(core.ctx, 5, 3)).toBeNull(); // today's is there
  });
});
