// Child process of backups-crash.test.ts: opens the register of a data folder and runs one backup or restore, killing
// itself with SIGKILL at a named point (or waiting for the parent's kill -9). The test bundles it once
// (bundleCrashChild) and runs it with node.
import { join } from 'node:path';
import type { CoreContext } from '../../electron/core/context';
import { openDatabase } from '../../electron/core/db/open';
import { JobRegistry } from '../../electron/core/jobs/registry';
import { createBackup } from '../../electron/core/modules/backups/create';
import { restoreBackup } from '../../electron/core/modules/backups/restore';
import type { JobControl } from '../../electron/core/jobs/registry';
import type { Commit } from '../../electron/core/handlers';
import { SessionStore } from '../../electron/core/modules/accounts/sessions';
import { COUNTY } from '../../electron/core/scope/scope';

const [dataDir, op, point, usb, name, passphrase] = process.argv.slice(2);
const die = (at: string) => {
  if (point === at) process.kill(process.pid, 'SIGKILL');
};

// A context built by hand rather than openCore, so the child loads only the backup code and starts quickly.
const opened = openDatabase(join(dataDir, 'taizhang.db'), { backupDir: join(dataDir, 'backups') });
const ctx: CoreContext = {
  db: opened.db,
  today: () => '2026-11-28',
  now: () => new Date().toISOString(),
  operator: () => '测试',
  caller: { account: null, session: null },
  scope: COUNTY,
  sessions: new SessionStore(),
  jobs: new JobRegistry(),
  dataDir,
  appVersion: '0.1.0',
  schemaVersion: opened.schemaVersion,
  logError: (err) => process.stderr.write(`${String(err)}\n`),
};
const job: JobControl = {
  progress: (done, total, phase) => {
    if (total > 0 && done >= total / 2) die(`half:${phase}`);
  },
  cancelled: false,
  checkCancelled: () => undefined,
  breathe: () => new Promise((r) => setImmediate(r)),
};
const commit: Commit = (fn) => ctx.db.transaction(() => fn().data)();

async function main() {
  process.stdout.write('go\n');
  if (op === 'backup-data') await createBackup({ target: 'dataFolder' }, ctx, job, commit);
  else if (op === 'backup-usb') await createBackup({ target: 'folder', folder: usb, passphrase }, ctx, job, commit);
  else
    await restoreBackup({ name, folder: usb, passphrase }, ctx, job, {
      beforeSwap: () => die('beforeSwap'),
      afterSwap: () => die('afterSwap'),
    });
  ctx.db.close();
  process.stdout.write('finished\n');
}

main().catch((err) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(2);
});
