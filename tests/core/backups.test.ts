import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BUSY_BACKUP } from '../../electron/core/modules/backups/files';
import { NO_PASSPHRASE, PASSPHRASE_MISMATCH } from '../../electron/core/modules/backups/settings';
import type { BackupEntry } from '../../shared/contract/backups';
import { call, makeCore, must, tempDir } from './harness';
import { ID_2000 } from './persons-fixtures';
import { PASS, backupsOf, countyWith, filesIn, jobData, runJob } from './backups-fixtures';
import { refusedAs, refusedWith } from './refusals';

type Created = { backup: BackupEntry; file: { fileId: string; fileName: string } | null };

describe('backups: copies in the data folder', () => {
  it('backs up to the data folder: a plain SQLite copy with its .json, listed with kind, size and counts', async () => {
    const core = makeCore();
    await countyWith(core, ['阿依古丽', '买买提']);
    const { backup, file } = await jobData<Created>(core, 'backups.create', { target: 'dataFolder' });
    expect(file).toBeNull();
    expect(backup).toMatchObject({
      kind: 'manual',
      folder: null,
      encrypted: false,
      readable: true,
      schemaVersion: core.ctx.schemaVersion,
    });
    expect(backup.counts).toMatchObject({ persons: 2, registrations: 0 });
    expect(filesIn(backupsOf(core))).toEqual([backup.name, `${backup.name}.json`]);
    const copy = new Database(join(backupsOf(core), backup.name), { readonly: true });
    expect(copy.prepare('SELECT name FROM persons ORDER BY name').all()).toEqual([
      { name: '买买提' },
      { name: '阿依古丽' },
    ]);
    copy.close();
    const { items } = await must(core, 'backups.list', {});
    expect(items.map((b) => [b.name, b.kind, b.counts.persons, b.sizeBytes > 4096])).toEqual([
      [backup.name, 'manual', 2, true],
    ]);
    const audit = await must(core, 'audit.list', { entity: 'backup' });
    expect(audit.items[0].summary).toMatch(/^备份到本机数据文件夹：taizhang-manual-\d{8}-\d{6}\.db/);
  });

  it('a copy taken while another connection keeps writing is consistent: integrity ok and every transaction whole', async () => {
    const core = makeCore();
    await countyWith(core, ['阿依古丽']);
    // Another process writes transactions of 20 audit rows plus a running total in settings, for about 1.5 s.
    const script = `
      const Database = require(${JSON.stringify(resolve('node_modules/better-sqlite3'))});
      const db = new Database(${JSON.stringify(join(core.ctx.dataDir, 'taizhang.db'))});
      db.pragma('busy_timeout = 5000');
      const ins = db.prepare("INSERT INTO audit_log (id, at, operator, channel, entity, entity_id, summary) VALUES (?, 'x', 'w', 'w', 'load', null, 'load')");
      const tot = db.prepare("INSERT INTO settings (key, effective_from, value, updated_at, updated_by) VALUES ('load.total', '0000-01-01', ?, 'x', 'w') ON CONFLICT (key, effective_from) DO UPDATE SET value = excluded.value");
      let n = 0; const end = Date.now() + 1500;
      const tx = db.transaction(() => { for (let i = 0; i < 20; i++) ins.run('w' + (n++)); tot.run(String(n)); });
      process.stdout.write('go\\n');
      while (Date.now() < end) tx.immediate();
      db.close(); process.stdout.write('done ' + n + '\\n');`;
    const writer = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    writer.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((ok) => writer.stdout.once('data', () => ok()));
    const copies: { name: string; committedBefore: number }[] = [];
    const finished = new Promise<void>((ok) => writer.on('exit', () => ok()));
    let exited = false;
    void finished.then(() => (exited = true));
    const committed = () =>
      Number(
        (
          core.ctx.db.prepare("SELECT value FROM settings WHERE key = 'load.total'").get() as
            { value?: string } | undefined
        )?.value ?? 0,
      );
    while (!exited) {
      const committedBefore = committed();
      copies.push({
        name: (await jobData<Created>(core, 'backups.create', { target: 'dataFolder' })).backup.name,
        committedBefore,
      });
    }
    const total = Number(/done (\d+)/.exec(out)?.[1]);
    expect(total).toBeGreaterThan(100);
    expect(copies.length).toBeGreaterThan(1);
    const seen: number[] = [];
    for (const { name, committedBefore } of copies) {
      const copy = new Database(join(backupsOf(core), name), { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = (copy.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'load'").get() as { n: number }).n;
      const recorded = copy.prepare("SELECT value FROM settings WHERE key = 'load.total'").get() as
        { value: string } | undefined;
      expect(rows % 20).toBe(0); // never half a transaction
      expect(rows).toBe(Number(recorded?.value ?? 0)); // the total written in the same transaction matches
      expect(rows).toBeGreaterThanOrEqual(committedBefore); // nothing committed before the copy is missing (e.g. left in the WAL)
      seen.push(rows);
      copy.close();
    }
    // At least one copy was taken mid-stream (neither before the first write nor after the last).
    expect(seen.some((n) => n > 0 && n < total)).toBe(true);
  });
});

describe('backups: encrypted copies outside the data folder', () => {
  it('refuses without an office passphrase, and with a different one; the passphrase is stored only as a verifier', async () => {
    const core = makeCore();
    await countyWith(core, ['阿依古丽']);
    const usb = tempDir();
    const none = await runJob(core, 'backups.create', { target: 'folder', folder: usb, passphrase: PASS });
    expect(none.result).toMatchObject(refusedAs('RULE_VIOLATION', NO_PASSPHRASE));
    const short = await call(core, 'backups.setPassphrase', { passphrase: 'abc' });
    expect(short.ok || short.error.fields).toEqual({ passphrase: '备份口令至少8个字符' });
    await must(core, 'backups.setPassphrase', { passphrase: PASS });
    const stored = JSON.stringify(
      core.ctx.db.prepare("SELECT value FROM settings WHERE key = 'backup.passphrase'").get(),
    );
    expect(stored).not.toContain(PASS);
    const wrong = await runJob(core, 'backups.create', {
      target: 'folder',
      folder: usb,
      passphrase: '另一个口令12345',
    });
    expect(wrong.result).toMatchObject(refusedWith(PASSPHRASE_MISMATCH));
    expect(filesIn(usb)).toEqual([]);
    // Changing it needs the current one.
    const change = await call(core, 'backups.setPassphrase', { passphrase: '新的口令abcdefg', current: '不对的口令' });
    expect(change.ok || change.error).toMatchObject({
      code: 'RULE_VIOLATION',
      fields: { current: '原备份口令不正确' },
    });
    expect((await must(core, 'backups.settings', {})).passphraseSet).toBe(true);
  });

  it('writes one encrypted .tzbak to the chosen folder: no ID number or SQLite header in it, listed without the passphrase', async () => {
    const core = makeCore();
    const c = await countyWith(core, ['阿依古丽', '买买提']);
    await must(c.core, 'persons.create', {
      ...(await import('./persons-fixtures')).personInput(c),
      idNumber: ID_2000,
      name: '热合曼',
    });
    await must(core, 'backups.setPassphrase', { passphrase: PASS });
    const usb = tempDir();
    const { backup } = await jobData<Created>(core, 'backups.create', {
      target: 'folder',
      folder: usb,
      passphrase: PASS,
    });
    expect(filesIn(usb)).toEqual([backup.name]);
    expect(backup.name).toMatch(/^taizhang-backup-\d{8}-\d{6}\.tzbak$/);
    const bytes = readFileSync(join(usb, backup.name));
    expect(bytes.includes(Buffer.from(ID_2000))).toBe(false);
    expect(bytes.includes(Buffer.from('热合曼'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(filesIn(backupsOf(core)).filter((n) => n.startsWith('staging-'))).toEqual([]);
    const { items } = await must(core, 'backups.list', { folder: usb });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      name: backup.name,
      folder: resolve(usb),
      encrypted: true,
      readable: true,
      kind: 'manual',
    });
    expect(items[0].counts.persons).toBe(3);
  });

  it('in browser mode the encrypted file is handed over once through files.take', async () => {
    const core = makeCore();
    await countyWith(core, ['阿依古丽']);
    await must(core, 'backups.setPassphrase', { passphrase: PASS });
    const { file } = await jobData<Created>(core, 'backups.create', { target: 'download', passphrase: PASS });
    expect(file?.fileName).toMatch(/^taizhang-backup-\d{8}\.tzbak$/);
    const taken = await must(core, 'files.take', { fileId: file?.fileId as string });
    expect(Buffer.from(taken.contentBase64, 'base64').subarray(0, 8).toString('latin1')).toBe('TZBAK01\n');
    expect((await call(core, 'files.take', { fileId: file?.fileId as string })).ok).toBe(false);
  });
});

describe('backups.verify', () => {
  it('passes a good copy (plain or encrypted) and reports a damaged one without changing anything', async () => {
    const core = makeCore();
    await countyWith(core, ['阿依古丽']);
    await must(core, 'backups.setPassphrase', { passphrase: PASS });
    const plain = (await jobData<Created>(core, 'backups.create', { target: 'dataFolder' })).backup;
    expect(await jobData(core, 'backups.verify', { name: plain.name })).toEqual({
      ok: true,
      message: '备份完好，可以用于恢复。',
      schemaVersion: core.ctx.schemaVersion,
    });
    const usb = tempDir();
    const enc = (await jobData<Created>(core, 'backups.create', { target: 'folder', folder: usb, passphrase: PASS }))
      .backup;
    expect(await jobData(core, 'backups.verify', { name: enc.name, folder: usb, passphrase: PASS })).toMatchObject({
      ok: true,
    });
    const noPass = await runJob(core, 'backups.verify', { name: enc.name, folder: usb });
    expect(noPass.result).toMatchObject(refusedWith('这份备份已加密，请输入备份口令。'));

    // Damage the plain copy: overwrite a run of bytes in its second page onwards.
    const file = join(backupsOf(core), plain.name);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096 + 100, 4096 * 3);
    writeFileSync(file, bytes);
    const bad = await jobData<{ ok: boolean; message: string }>(core, 'backups.verify', { name: plain.name });
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/备份文件已损坏|不是台账备份/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(filesIn(backupsOf(core)).filter((n) => n.startsWith('staging-'))).toEqual([]);
    const missing = await runJob(core, 'backups.verify', { name: 'taizhang-manual-20200101-000000.db' });
    expect(missing.result).toMatchObject(refusedAs('NOT_FOUND'));
    expect(existsSync(join(core.ctx.dataDir, 'taizhang.db'))).toBe(true);
  });

  it('refuses a name that is a path', async () => {
    const core = makeCore();
    const r = await call(core, 'backups.verify', { name: '../taizhang.db' });
    expect(r.ok || r.error.code).toBe('BAD_INPUT');
  });

  it('one backup, verify or restore at a time per data folder, across both workers (a lock file, not memory)', async () => {
    const core = makeCore();
    await countyWith(core, ['阿依古丽']);
    // What a backup running on the other worker holds: the first job's lock (its context and thread are not ours).
    const lock = join(backupsOf(core), 'staging-busy.lock');
    writeFileSync(lock, '');
    const busy = await runJob(core, 'backups.create', { target: 'dataFolder' });
    expect(busy.result).toMatchObject(refusedWith(BUSY_BACKUP));
    expect(filesIn(backupsOf(core))).toEqual(['staging-busy.lock']);
    rmSync(lock);
    const { backup } = await jobData<Created>(core, 'backups.create', { target: 'dataFolder' });
    // The lock goes with the job, so the next one runs.
    expect(filesIn(backupsOf(core))).toEqual([backup.name, `${backup.name}.json`]);
    const checked = await jobData<{ ok: boolean }>(core, 'backups.verify', { name: backup.name });
    expect(checked.ok).toBe(true);
  });
});
