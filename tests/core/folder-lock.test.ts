import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCoreHost } from '../../electron/core/host';
import { LOCK_FILE } from '../../electron/core/db/folder-lock';
import { StartupError } from '../../electron/core/db/startup-error';
import { hostAdminSession, tempDir } from './harness';

// Issue 20: one writer per data folder — a second program on the same folder refuses to start, naming the folder.

describe('data folder lock', () => {
  it('refuses a second core on the same folder with a Chinese message, and allows it after the first closes', async () => {
    const dir = tempDir();
    const first = await startCoreHost({ dataDir: dir, today: '2026-11-28' });
    try {
      const err = await startCoreHost({ dataDir: dir, today: '2026-11-28' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StartupError);
      expect((err as StartupError).code).toBe('LOCKED');
      expect((err as StartupError).message).toContain(`数据文件夹“${dir}”正由另一个就业援助台账程序使用`);
      const office = { name: '疏附县人社局', countyName: '疏附县', countyCode: '653121' };
      expect(await first.invoke('settings.setOffice', office, await hostAdminSession(first))).toMatchObject({
        ok: true,
      });
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = await startCoreHost({ dataDir: dir, today: '2026-11-28' });
    expect(await again.invoke('settings.get', {}, await hostAdminSession(again))).toMatchObject({
      ok: true,
      data: { office: { name: '疏附县人社局' } },
    });
    await again.close();
  });

  it('refuses while another running process holds the lock, and takes over a lock whose process is gone', async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: other.pid }));
      const err = await startCoreHost({ dataDir: dir, today: null }).catch((e: unknown) => e);
      expect((err as StartupError).message).toContain(`（进程号 ${other.pid}）`);
      expect(existsSync(join(dir, 'taizhang.db'))).toBe(false);
    } finally {
      other.kill('SIGKILL');
      await new Promise((r) => other.once('exit', r));
    }
    const host = await startCoreHost({ dataDir: dir, today: null });
    expect(await host.invoke('auth.status', {})).toMatchObject({ ok: true, data: { needsSetup: true } });
    await host.close();
  });
});
