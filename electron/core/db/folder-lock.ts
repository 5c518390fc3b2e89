import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from './startup-error';

// One writer per data folder (issue 20): the desktop app and `serve` both take this lock before the core opens
// the database, so a second program on the same folder refuses to start instead of failing 29 % of its writes
// with "database is locked". A lock left by a killed process (its pid no longer runs) is taken over.

export const LOCK_FILE = 'taizhang.lock';
const heldHere = new Set<string>();

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderPid(path: string): number | null {
  try {
    const pid = Number(JSON.parse(readFileSync(path, 'utf8')).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

const lockedMessage = (dataDir: string, pid: number | null) =>
  `数据文件夹“${dataDir}”正由另一个就业援助台账程序使用${pid ? `（进程号 ${pid}）` : ''}。` +
  '同一个数据文件夹只能由一个程序打开：请先关闭那个程序，或换用另一个数据文件夹。';

/** Takes the folder's lock or throws a StartupError('LOCKED'); returns the release function. */
export function lockDataFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  if (heldHere.has(path)) throw new StartupError('LOCKED', lockedMessage(dataDir, process.pid));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid }));
      closeSync(fd);
      heldHere.add(path);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(path);
        if (holderPid(path) === process.pid) rmSync(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = holderPid(path);
      if (pid !== null && pid !== process.pid && running(pid))
        throw new StartupError('LOCKED', lockedMessage(dataDir, pid));
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new StartupError('LOCKED', lockedMessage(dataDir, null));
}
