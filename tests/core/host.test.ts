import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { startCoreHost, type CoreHost } from '../../electron/core/host';
import { StartupError } from '../../electron/core/db/startup-error';
import type { JobStatus } from '../../shared/contract/system';
import { hostAdminSession, tempDir } from './harness';
import { refusedAs } from './refusals';

async function waitDone(host: CoreHost, jobId: string, session: string): Promise<JobStatus> {
  for (;;) {
    const r = await host.invoke('jobs.status', { jobId }, session);
    if (!r.ok) throw new Error(r.error.message);
    const s = r.data as JobStatus;
    if (s.state !== 'running') return s;
    await new Promise((res) => setTimeout(res, 10));
  }
}

describe('core host (worker thread)', () => {
  it('answers requests from a worker thread, sends job progress, and closes', async () => {
    const host = await startCoreHost({ dataDir: tempDir(), today: '2026-11-28' });
    try {
      expect(await host.invoke('system.info', {})).toMatchObject(refusedAs('UNAUTHENTICATED'));
      const s = await hostAdminSession(host);
      expect(await host.invoke('system.info', {}, s)).toMatchObject({ ok: true, data: { today: '2026-11-28' } });
      expect(
        await host.invoke(
          'settings.setOffice',
          { name: '疏附县人社局', countyName: '疏附县', countyCode: '653121' },
          s,
        ),
      ).toMatchObject({ ok: true, data: { office: { name: '疏附县人社局' } } });
      // Parallel requests each get their own answer.
      const [a, b] = await Promise.all([host.invoke('settings.get', {}, s), host.invoke('nope.nope', {}, s)]);
      expect(a).toMatchObject({ ok: true, data: { office: { countyCode: '653121000000' } } });
      expect(b).toMatchObject(refusedAs('UNKNOWN_CHANNEL'));

      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('s');
      ws.addRow(['区划代码', '名称']);
      for (let i = 1; i <= 450; i++) ws.addRow([`653121101${String(i).padStart(3, '0')}`, `村${i}`]);
      ws.addRow(['653121101000', '乌帕尔镇']);
      const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
      const seen: JobStatus[] = [];
      const off = host.onProgress((s) => seen.push(s));
      const started = await host.invoke('regions.import', { fileName: 'r.xlsx', contentBase64: content }, s);
      if (!started.ok) throw new Error(started.error.message);
      const final = await waitDone(host, (started.data as { jobId: string }).jobId, s);
      off();
      expect(final.result).toEqual({ ok: true, data: { created: 451, unchanged: 0 } });
      expect(seen.some((s) => s.phase === '检查数据' && s.total === 451)).toBe(true);
      expect(seen.at(-1)?.state).toBe('done');
    } finally {
      await host.close();
    }
    expect(await host.invoke('settings.get', {})).toMatchObject(refusedAs('INTERNAL'));
  }, 120_000); // two worker threads load the core from source (tsx): slow on a loaded machine

  it('rejects with the Chinese StartupError when the data file is not a database, leaving it untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'taizhang.db');
    writeFileSync(file, 'not a database at all');
    const err = await startCoreHost({ dataDir: dir, today: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as StartupError).message).toContain('不是台账数据库');
    expect(readFileSync(file, 'utf8')).toBe('not a database at all');
  });
});
