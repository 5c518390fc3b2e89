// Exported files (issue 20): files.take is audited with the report, its scope and masking; files with full ID numbers
// leave the data folder once taken, FULL_ID_MAX_AGE_MS after they were written (by the core clock) and at every
// start; masked files stay until taken or a day old. Real files in a temporary data folder.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FULL_ID_MAX_AGE_MS, FILE_GONE, purgeOldExports } from '../../electron/core/modules/files/store';
import type { ReportExportResult } from '../../shared/contract/reports';
import { call, makeCore, must, signedInAs, waitJob } from './harness';
import { county, makeId, personInput, type County } from './persons-fixtures';
import { jobData } from './import-workbooks';

const exportsOf = (c: County) => join(c.core.ctx.dataDir, 'exports');
const filesIn = (c: County) => readdirSync(exportsOf(c)).sort();

async function countyWithPerson(): Promise<County> {
  const c = await county(makeCore());
  const p = await must(
    c.core,
    'persons.create',
    personInput(c, { idNumber: makeId('653121', '19900101', '013'), name: '张伟', residenceRegionId: c.village1 }),
  );
  await must(c.core, 'recognitions.backfill', { personId: p.person.id, categories: ['K99'], primaryCategory: 'K99' });
  return c;
}

const exportRpt01 = (c: County, full: boolean, townshipId?: string) =>
  jobData<ReportExportResult>(c.core, 'reports.export', { report: 'RPT-01', month: '2026-11', full, townshipId });

/** RPT-01 of 2026-11 with masked numbers, exported by the account of `session` (the one who may take it). */
async function exportRpt01As(c: County, session: string): Promise<ReportExportResult> {
  const started = await c.core.invoke('reports.export', { report: 'RPT-01', month: '2026-11', full: false }, session);
  if (!started.ok) throw new Error(JSON.stringify(started.error));
  const done = await waitJob(c.core, (started.data as { jobId: string }).jobId, session);
  if (done.result?.ok !== true) throw new Error(JSON.stringify(done.result));
  return done.result.data as ReportExportResult;
}

/** Moves the core clock (ctx.now) forward by ms. */
function advance(c: County, ms: number) {
  const base = Date.parse(c.core.ctx.now());
  c.core.ctx.now = () => new Date(base + ms).toISOString();
}

const fileAudit = async (c: County) => (await must(c.core, 'audit.list', { entity: 'file' })).items;

describe('files.take is audited', () => {
  it('names the file, the report, its period and township, and full ID numbers', async () => {
    const c = await countyWithPerson();
    const r = await exportRpt01(c, true, c.town1);
    expect(await fileAudit(c)).toEqual([]);
    const taken = await must(c.core, 'files.take', { fileId: r.fileId });
    expect(taken.fileName).toBe(r.fileName);
    const [entry, ...rest] = await fileAudit(c);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      channel: 'files.take',
      entity: 'file',
      entityId: r.fileId,
      operator: '古丽',
      summary: `下载 ${r.fileName}：RPT-01 就业困难人员实名制台账 2026-11 乌帕尔镇（完整号码）`,
    });
  });

  it('says when the ID numbers were masked, and a county-wide export names no township', async () => {
    const c = await countyWithPerson();
    const r = await exportRpt01(c, false);
    await must(c.core, 'files.take', { fileId: r.fileId });
    expect((await fileAudit(c)).map((e) => e.summary)).toEqual([
      `下载 ${r.fileName}：RPT-01 就业困难人员实名制台账 2026-11（隐藏号码）`,
    ]);
  });

  it('records the account that took it, and a take that finds no file records nothing', async () => {
    const c = await countyWithPerson();
    const reader = signedInAs(c.core, 'reader', 'readonly', { displayName: '只读员' });
    const r = await exportRpt01As(c, reader);
    const taken = await c.core.invoke('files.take', { fileId: r.fileId }, reader);
    expect(taken.ok).toBe(true);
    const again = await c.core.invoke('files.take', { fileId: r.fileId }, reader);
    expect(again.ok ? null : again.error).toEqual({ code: 'NOT_FOUND', message: FILE_GONE });
    expect((await fileAudit(c)).map((e) => e.operator)).toEqual(['只读员']);
  });

  it('a blank import template is audited without a masking level', async () => {
    const c = await countyWithPerson();
    const t = await jobData<{ fileId: string; fileName: string }>(c.core, 'imports.persons.template', {});
    await must(c.core, 'files.take', { fileId: t.fileId });
    const [entry] = await fileAudit(c);
    expect(entry.summary).toMatch(new RegExp(`^下载 ${t.fileName}：空白导入模板 \\S+$`));
  });
});

describe('files with full ID numbers leave the data folder', () => {
  it('once taken: neither the workbook nor its description stays', async () => {
    const c = await countyWithPerson();
    const r = await exportRpt01(c, true);
    expect(filesIn(c)).toEqual([`${r.fileId}.json`, `${r.fileId}.xlsx`]);
    await must(c.core, 'files.take', { fileId: r.fileId });
    expect(filesIn(c)).toEqual([]);
  });

  it('after ten minutes by the core clock when nobody takes them; masked files stay', async () => {
    const c = await countyWithPerson();
    const full = await exportRpt01(c, true);
    const masked = await exportRpt01(c, false);
    advance(c, FULL_ID_MAX_AGE_MS - 60_000);
    expect(purgeOldExports(c.core.ctx)).toBe(0);
    expect(existsSync(join(exportsOf(c), `${full.fileId}.xlsx`))).toBe(true);
    advance(c, 2 * 60_000);
    // files.take sweeps first: the expired full-ID file is not handed over, and it is gone from the disk.
    const late = await call(c.core, 'files.take', { fileId: full.fileId });
    expect(late.ok ? null : late.error).toEqual({ code: 'NOT_FOUND', message: FILE_GONE });
    expect(filesIn(c)).toEqual([`${masked.fileId}.json`, `${masked.fileId}.xlsx`]);
    expect((await must(c.core, 'files.take', { fileId: masked.fileId })).fileName).toBe(masked.fileName);
  });

  it('at start: full-ID files, files of unknown content and half-written files go; masked files stay', async () => {
    const c = await countyWithPerson();
    const full = await exportRpt01(c, true);
    const masked = await exportRpt01(c, false);
    const template = await jobData<{ fileId: string }>(c.core, 'imports.persons.template', {});
    const dir = exportsOf(c);
    // A crash between the writer's rename and publishFile leaves a workbook without its description.
    const orphan = '0190a000-0000-7000-8000-0000000000aa';
    writeFileSync(join(dir, `${orphan}.xlsx`), 'PK');
    writeFileSync(join(dir, '0190a000-0000-7000-8000-0000000000bb.xlsx.partial'), 'PK');
    c.core.close();
    const again = makeCore(c.core.ctx.dataDir);
    expect(readdirSync(dir).sort()).toEqual(
      [`${masked.fileId}.json`, `${masked.fileId}.xlsx`, `${template.fileId}.json`, `${template.fileId}.xlsx`].sort(),
    );
    expect((await call(again, 'files.take', { fileId: full.fileId })).ok).toBe(false);
    expect((await must(again, 'files.take', { fileId: masked.fileId })).fileName).toBe(masked.fileName);
  });
});

describe('a job and its file belong to the account that started it (audit4 gap 7)', () => {
  const UNKNOWN = '0190a000-0000-7000-8000-0000000000cc';

  it('another account, even one allowed full numbers, is answered as for an unknown job or file, and takes nothing', async () => {
    const c = await countyWithPerson();
    const reader = signedInAs(c.core, 'reader', 'readonly', { displayName: '只读员', fullIdExport: false });
    const otherAdmin = signedInAs(c.core, 'admin2', 'admin', { displayName: '另一管理员' });
    const started = await must(c.core, 'reports.export', { report: 'RPT-01', month: '2026-11', full: true });
    for (const session of [reader, otherAdmin]) {
      const unknownStatus = await c.core.invoke('jobs.status', { jobId: UNKNOWN }, session);
      expect(unknownStatus.ok).toBe(false);
      for (const channel of ['jobs.status', 'jobs.cancel'] as const) {
        const r = await c.core.invoke(channel, { jobId: started.jobId }, session);
        expect(r, channel).toEqual(unknownStatus);
        expect(r.ok ? null : r.error).toEqual({ code: 'NOT_FOUND', message: '找不到该任务，可能已过期。' });
      }
    }
    const done = await waitJob(c.core, started.jobId);
    expect(done.state).toBe('done'); // the other accounts' 取消 did not stop it
    const { fileId, fileName } = (done.result as { ok: true; data: ReportExportResult }).data;
    for (const session of [reader, otherAdmin]) {
      const unknownFile = await c.core.invoke('files.take', { fileId: UNKNOWN }, session);
      const r = await c.core.invoke('files.take', { fileId }, session);
      expect(r).toEqual(unknownFile);
      expect(r.ok ? null : r.error).toEqual({ code: 'NOT_FOUND', message: FILE_GONE });
    }
    expect(filesIn(c)).toEqual([`${fileId}.json`, `${fileId}.xlsx`]);
    expect(await fileAudit(c)).toEqual([]);
    expect((await must(c.core, 'files.take', { fileId })).fileName).toBe(fileName);
    expect((await fileAudit(c)).map((e) => e.operator)).toEqual(['古丽']);
  });
});
