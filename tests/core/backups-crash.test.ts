// Crash test (issue 20): real processes, real files. A child process runs a backup or a restore and is killed with
// SIGKILL at several points (by itself at a named point, or by this process after a delay). After each kill the
// data folder must open, pass PRAGMA integrity_check, hold either the old or the new register (never a mix), and keep
// no half-written file. Bounded: eight kills.
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../shared/contract/backups';
import { makeCore, must, tempDir } from './harness';
import { PASS, addPerson, countyWith, jobData, names } from './backups-fixtures';
import { CrashTally, bundleCrashChild, runCrashChild, type CrashScenario } from './crash-child';

type Scenario = CrashScenario<'backup-data' | 'backup-usb' | 'restore'>;

const SCENARIOS: Scenario[] = [
  { op: 'backup-data', at: 0 },
  { op: 'backup-data', at: 40 },
  { op: 'backup-usb', at: 'half:加密并写入备份' },
  { op: 'backup-usb', at: 50 },
  { op: 'restore', at: 'half:解密备份' },
  { op: 'restore', at: 'beforeSwap' },
  { op: 'restore', at: 'afterSwap' },
  { op: 'restore', at: 150 },
];

// The child bundled once (see bundleCrashChild), run with plain node rather than through tsx.
let child = '';
afterAll(() => rmSync(child, { force: true }));

function runChild(dir: string, usb: string, s: Scenario, backupName: string): Promise<'killed' | 'finished'> {
  return runCrashChild([child, dir, s.op, String(s.at), usb, backupName, PASS], s.at);
}

const leftovers = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((n) => /\.partial$|^staging-|^outside-|\.before-restore$/.test(n)) : [];

describe('crash test: kill -9 during backups and restores', () => {
  it('after every kill the register opens, passes integrity_check, is old or new, and no partial file remains', async () => {
    child = await bundleCrashChild('tests/core/backups-crash-child.ts');
    // A register of about 4 MB (padding in the audit log), so copies and encryption take long enough to be hit.
    const template = tempDir();
    const usbTemplate = tempDir();
    const core = makeCore(template);
    const c = await countyWith(core, ['阿依古丽', '买买提']);
    const pad = core.ctx.db.prepare(
      "INSERT INTO audit_log (id, at, operator, channel, entity, entity_id, summary) VALUES (?, 'x', 'x', 'x', 'pad', null, ?)",
    );
    core.ctx.db.transaction(() => {
      for (let i = 0; i < 12000; i++) pad.run(`pad-${i}`, 'x'.repeat(300));
    })();
    await must(core, 'backups.setPassphrase', { passphrase: PASS });
    const old = (
      await jobData<{ backup: BackupEntry }>(core, 'backups.create', {
        target: 'folder',
        folder: usbTemplate,
        passphrase: PASS,
      })
    ).backup;
    await addPerson(c, 300, '热合曼');
    const before = names(core);
    core.close();
    const oldNames = ['买买提', '阿依古丽'];

    const tally = new CrashTally();
    const outcomes: string[] = [];
    for (const s of SCENARIOS) {
      const dir = tempDir();
      const usb = tempDir();
      cpSync(template, dir, { recursive: true });
      cpSync(usbTemplate, usb, { recursive: true });
      const how = await runChild(dir, usb, s, old.name);
      // Restart: the core's start-up cleans up, then the register must be whole.
      const after = makeCore(dir);
      const now = names(after);
      const ok =
        after.ctx.db.pragma('integrity_check', { simple: true }) === 'ok' &&
        (JSON.stringify(now) === JSON.stringify(before) ||
          (s.op === 'restore' && JSON.stringify(now) === JSON.stringify(oldNames))) &&
        leftovers(join(dir, 'backups')).length === 0 &&
        leftovers(dir).length === 0 &&
        leftovers(usb).length === 0;
      after.close();
      // Every copy left under a real name is itself a sound register.
      for (const n of readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.db'))) {
        const copy = new Database(join(dir, 'backups', n), { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true }), n).toBe('ok');
        copy.close();
      }
      outcomes.push(tally.note(s, how, ok, `${now.length} persons`));
    }
    expect(tally.broken(outcomes)).toEqual([]);
    expect(tally.kills).toBeGreaterThanOrEqual(5);
  }, 120_000);
});
