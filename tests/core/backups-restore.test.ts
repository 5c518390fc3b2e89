import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { allHandlers } from '../../electron/core/modules';
import { TAMPERED, WRONG_PASSPHRASE } from '../../electron/core/modules/backups/envelope';
import { restoreBackup, type RestoreHooks } from '../../electron/core/modules/backups/restore';
import type { Core } from '../../electron/core/core';
import type { BackupEntry } from '../../shared/contract/backups';
import { makeCore, must, snapshot, tempDir, waitJob, signedInAs } from './harness';
import { DB_FILE } from '../../electron/core/core';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { databaseAt, insertOffice } from './migration-fixtures';
import { PASS, addPerson, backupsOf, countyWith, filesIn, jobData, names, runJob } from './backups-fixtures';
import { refusedAs, refusedWith } from './refusals';

type Created = { backup: BackupEntry };
type Restored = { undo: BackupEntry; restored: BackupEntry; schemaVersion: number };

/** backups.restore through dispatch with test hooks in the swap. */
async function restoreWithHooks(
  core: Core,
  input: { name: string; folder?: string; passphrase?: string },
  hooks: (jobId: () => string) => RestoreHooks,
) {
  let id = '';
  const handlers = {
    ...allHandlers,
    'backups.restore': ((i, ctx, job) =>
      restoreBackup(
        i,
        ctx,
        job,
        hooks(() => id),
      )) as (typeof allHandlers)['backups.restore'],
  };
  const started = await dispatch('backups.restore', input, core.ctx, handlers, signedInAs(core, 'gulnar'));
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  id = (started.data as { jobId: string }).jobId;
  return waitJob(core, id);
}

/** A register with one person backed up, then a second person added; with its state for "nothing changed". */
async function backedUpThenChanged() {
  const core = makeCore();
  const c = await countyWith(core, ['阿依古丽']);
  const old = (await jobData<Created>(core, 'backups.create', { target: 'dataFolder' })).backup;
  await addPerson(c, 300, '买买提');
  return { core, c, old, before: snapshot(core), backupsBefore: filesIn(backupsOf(core)) };
}

/** No staging copy, half-written file or set-aside register left in the data folder. */
function noLeftovers(core: Core) {
  expect(filesIn(backupsOf(core)).filter((n) => n.startsWith('staging-') || n.endsWith('.partial'))).toEqual([]);
  expect(existsSync(join(core.ctx.dataDir, 'taizhang.db.before-restore'))).toBe(false);
}

/**
 * A restore of a register without the account that started it (here a version-1 copy, before accounts): the job
 * belongs to that account, which no session can sign in as any more (the page signs in again), so the test reads the
 * finished job from the registry.
 */
async function restoreReplacingAccounts(core: Core, name: string): Promise<Restored> {
  const { jobId } = await must(core, 'backups.restore', { name });
  for (;;) {
    const s = core.ctx.jobs.status(jobId);
    if (!s) throw new Error('the restore job is gone');
    if (s.state !== 'running') {
      if (!s.result?.ok) throw new Error(`backups.restore: ${s.state} ${JSON.stringify(s.result)}`);
      return s.result.data as Restored;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('backups.restore', () => {
  it('brings back the old rows; the before-restore copy brings back the new ones; the connection keeps working', async () => {
    const core = makeCore();
    const c = await countyWith(core, ['阿依古丽']);
    const old = (await jobData<Created>(core, 'backups.create', { target: 'dataFolder' })).backup;
    await addPerson(c, 300, '买买提');
    await addPerson(c, 302, '热合曼');
    expect(names(core)).toEqual(['买买提', '热合曼', '阿依古丽']);

    const first = await jobData<Restored>(core, 'backups.restore', { name: old.name });
    expect(names(core)).toEqual(['阿依古丽']);
    expect(first.restored.name).toBe(old.name);
    expect(first.undo).toMatchObject({ kind: 'before-restore', counts: { persons: 3 } });
    // Writes go to the restored register through the swapped connection, and the restore is in its audit log.
    await addPerson(c, 304, '古丽娜');
    expect(names(core)).toEqual(['古丽娜', '阿依古丽']);
    const audit = await must(core, 'audit.list', { entity: 'backup' });
    expect(audit.items.map((a) => a.summary)).toContainEqual(
      expect.stringMatching(new RegExp(`^从备份恢复：${old.name}.*恢复前的数据已备份为 ${first.undo.name}$`)),
    );
    const listed = (await must(core, 'backups.list', {})).items.map((b) => b.kind).sort();
    expect(listed).toEqual(['before-restore', 'manual']);

    // Undo: restoring the before-restore copy brings back the three people (and drops 古丽娜, added after).
    await jobData<Restored>(core, 'backups.restore', { name: first.undo.name });
    expect(names(core)).toEqual(['买买提', '热合曼', '阿依古丽']);
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    noLeftovers(core);

    // And the data folder opens as the restored register after a restart.
    core.close();
    const again = makeCore(core.ctx.dataDir);
    expect(names(again)).toEqual(['买买提', '热合曼', '阿依古丽']);
  });

  it('restores an encrypted backup with its passphrase; a wrong passphrase or one changed byte is refused and nothing changes', async () => {
    const core = makeCore();
    const c = await countyWith(core, ['阿依古丽']);
    await must(core, 'backups.setPassphrase', { passphrase: PASS });
    const usb = tempDir();
    const enc = (await jobData<Created>(core, 'backups.create', { target: 'folder', folder: usb, passphrase: PASS }))
      .backup;
    await addPerson(c, 300, '买买提');
    const before = snapshot(core);
    const backupsBefore = filesIn(backupsOf(core));

    const wrong = await runJob(core, 'backups.restore', { name: enc.name, folder: usb, passphrase: '不是这个口令123' });
    expect(wrong.result).toMatchObject(refusedAs('RULE_VIOLATION', WRONG_PASSPHRASE));
    expect(snapshot(core)).toBe(before);

    const file = join(usb, enc.name);
    const good = readFileSync(file);
    for (const at of [good.length >> 1, good.length - 3, 40]) {
      const bad = Buffer.from(good);
      bad[at] ^= 0x01; // one bit in the ciphertext, in the tag, in the header
      writeFileSync(file, bad);
      const refused = await runJob(core, 'backups.restore', { name: enc.name, folder: usb, passphrase: PASS });
      expect(refused.result, `byte ${at}`).toMatchObject(refusedAs('RULE_VIOLATION', TAMPERED));
      expect(snapshot(core)).toBe(before);
    }
    expect(filesIn(backupsOf(core))).toEqual(backupsBefore);
    noLeftovers(core);

    writeFileSync(file, good);
    await jobData<Restored>(core, 'backups.restore', { name: enc.name, folder: usb, passphrase: PASS });
    expect(names(core)).toEqual(['阿依古丽']);
  });

  it('a restore that fails after the files were swapped puts the register back exactly as it was', async () => {
    const { core, c, old, before, backupsBefore } = await backedUpThenChanged();
    const failed = await restoreWithHooks(core, { name: old.name }, () => ({
      afterSwap: () => {
        throw new Error('disk pulled out');
      },
    }));
    expect(failed.state).toBe('failed');
    expect(failed.result).toMatchObject(refusedAs('INTERNAL'));
    expect(snapshot(core)).toBe(before);
    expect(names(core)).toEqual(['买买提', '阿依古丽']);
    expect(filesIn(backupsOf(core))).toEqual(backupsBefore); // the unused before-restore copy is gone too
    noLeftovers(core);
    await addPerson(c, 302, '热合曼'); // the reopened connection takes writes
    expect(names(core)).toEqual(['买买提', '热合曼', '阿依古丽']);
  });

  it('a restore cancelled at the last moment changes nothing', async () => {
    const { core, old, before, backupsBefore } = await backedUpThenChanged();
    const cancelled = await restoreWithHooks(core, { name: old.name }, (jobId) => ({
      beforeSwap: () => void core.ctx.jobs.cancel(jobId()),
    }));
    expect(cancelled.state).toBe('cancelled');
    expect(snapshot(core)).toBe(before);
    expect(filesIn(backupsOf(core))).toEqual(backupsBefore);
    noLeftovers(core);
  });

  it('refuses a file that is not a register, naming the problem, and changes nothing', async () => {
    const core = makeCore();
    await countyWith(core, ['阿依古丽']);
    writeFileSync(join(backupsOf(core), 'taizhang-manual-20260101-000000.db'), Buffer.alloc(8192, 7));
    const before = snapshot(core);
    const r = await runJob(core, 'backups.restore', { name: 'taizhang-manual-20260101-000000.db' });
    expect(r.result).toMatchObject(refusedAs('RULE_VIOLATION', '这个文件不是台账备份（不是台账数据库），数据未改动。'));
    expect(snapshot(core)).toBe(before);
    noLeftovers(core);
  });

  it('restores a copy of an older version (upgrading the copy, not the register) and refuses one of a newer version', async () => {
    const core = makeCore();
    await countyWith(core, ['阿依古丽']);
    const v1 = databaseAt(1);
    insertOffice(v1.db);
    v1.db.close();
    copyFileSync(join(v1.dir, DB_FILE), join(backupsOf(core), 'taizhang-before-v2-20260101-080000.db'));
    const listed = (await must(core, 'backups.list', {})).items.find(
      (b) => b.name === 'taizhang-before-v2-20260101-080000.db',
    );
    expect(listed).toMatchObject({
      kind: 'before-upgrade',
      schemaVersion: 1,
      createdAt: '2026-01-01T08:00:00.000Z',
      readable: true,
    });
    const done = await restoreReplacingAccounts(core, 'taizhang-before-v2-20260101-080000.db');
    expect(done.schemaVersion).toBe(LATEST_VERSION);
    expect(core.ctx.schemaVersion).toBe(LATEST_VERSION);
    expect(names(core)).toEqual([]);
    expect((await must(core, 'settings.get', {})).office?.countyCode).toBe('653121000000');
    expect((await must(core, 'system.info', {})).schemaVersion).toBe(LATEST_VERSION);

    const newer = databaseAt(LATEST_VERSION);
    newer.db
      .prepare("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (99, 'future', 'x', 'x')")
      .run();
    newer.db.close();
    copyFileSync(join(newer.dir, DB_FILE), join(backupsOf(core), 'taizhang-manual-20270101-080000.db'));
    const before = snapshot(core);
    const refused = await runJob(core, 'backups.restore', { name: 'taizhang-manual-20270101-080000.db' });
    expect(refused.result).toMatchObject(
      refusedWith('这份备份由更新版本的台账程序制作，本程序不能使用。请先安装最新版本。数据未改动。'),
    );
    expect(snapshot(core)).toBe(before);
    noLeftovers(core);
  });
});
