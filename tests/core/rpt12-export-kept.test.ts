// Issue 13: an RPT-12 export writes the rows kept on the interactive connection (rpt12-state.ts), read when the export
// is admitted and passed to the job (reports/kept-rows.ts) — in process and through the job worker. The workbook's
// cells must equal rpt12Sql's rows on the data of that moment, for a calendar month and a 21st–20th period (CFG-26);
// a 乡镇经办 is still refused; a caller cannot pass rows of its own.
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import type { Core } from '../../electron/core/core';
import { RPT12_COUNTS, rpt12Rows, type Rpt12Row } from '../../electron/core/modules/contacts/reports/rpt12';
import { keptRpt12Rows, warmRpt12State } from '../../electron/core/modules/contacts/reports/rpt12-state';
import { withKeptRows } from '../../electron/core/modules/reports/kept-rows';
import { reportPeriod } from '../../shared/domain/report-period';
import type { ReportExportResult } from '../../shared/contract/reports';
import { makeCore, must, signedInAs, TODAY, waitJob } from './harness';
import { insertContact } from './registrations-fixtures';
import { seedSteps } from './seeded';
import { takeWorkbook } from './import-workbooks';
import { cells, exportReport } from './reports-export-read';

const JOB_WORKER = new URL('../../electron/core/jobs/job-worker-dev.mjs', import.meta.url).href;
const W = 19;

/** A row of the sheet as the SQL row it shows: 甲, 1–9, 11–18 (10, the rate, is 9 ÷ 8). */
function sheetRows(ws: ExcelJS.Worksheet, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const c = cells(ws, 6 + i, W);
    const row = { unit: c[0] } as Record<string, unknown>;
    RPT12_COUNTS.forEach((k, j) => (row[k] = c[j < 9 ? j + 1 : j + 2]));
    return { row, rate: c[10] };
  });
}

function expectSheet(ws: ExcelJS.Worksheet, sql: Rpt12Row[]) {
  const sheet = sheetRows(ws, sql.length);
  expect(sheet.map((s) => s.row)).toEqual(sql);
  sheet.forEach((s, i) =>
    expect(s.rate).toBe(sql[i].due ? Math.round((sql[i].contacted / sql[i].due) * 1000) / 10 : null),
  );
  expect(cells(ws, 6 + sql.length, 2)).toEqual(['合计', sql.reduce((n, r) => n + r.registered, 0)]);
}

async function county(options: Parameters<typeof makeCore>[2] = {}) {
  const core = makeCore(undefined, undefined, options);
  await seedSteps(core, { persons: 150, registrations: true, seed: 9 });
  return core;
}

/** A contact on 2026-11-18 (three services) to the `n`th active registration. */
const addContact = (core: Core, n: number) =>
  insertContact(
    core,
    core.ctx.db
      .prepare("SELECT id FROM registrations WHERE status = 'active' ORDER BY id LIMIT 1 OFFSET ?")
      .pluck()
      .get(n) as string,
    { id: `kept-${n}`, date: '2026-11-18', services: 17 },
  );

describe('RPT-12 export from the kept rows (issue 13)', () => {
  it('in process: the cells equal rpt12Sql after writes, for the calendar month and a 21st–20th period', async () => {
    const core = await county();
    const db = core.ctx.db;
    const month = { month: '2026-11', today: TODAY };
    let { ws } = await exportReport(core, { report: 'RPT-12', month: '2026-11' });
    const before = rpt12Rows(db, month);
    expect(before.length).toBeGreaterThan(1);
    expectSheet(ws, before);
    for (let i = 0; i < 3; i++) addContact(core, i);
    const after = rpt12Rows(db, month);
    expect(after).not.toEqual(before);
    ({ ws } = await exportReport(core, { report: 'RPT-12', month: '2026-11' }));
    expectSheet(ws, after);

    await must(core, 'ruleSettings.set', {
      key: 'reports.period',
      effectiveFrom: '2026-01-01',
      values: { value: 'day21' },
      note: null,
    });
    ({ ws } = await exportReport(core, { report: 'RPT-12', month: '2026-11' }));
    const day21 = { ...month, dates: reportPeriod('2026-11', 'day21') };
    expect(rpt12Rows(db, day21)).not.toEqual(after);
    expectSheet(ws, rpt12Rows(db, day21));
    addContact(core, 3);
    ({ ws } = await exportReport(core, { report: 'RPT-12', month: '2026-11' }));
    expectSheet(ws, rpt12Rows(db, day21));
  }, 60_000);

  it('through the job worker: the rows read when the export was admitted; a 乡镇经办 refused; no rows from a caller', async () => {
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const core = await county({ jobWorker: JOB_WORKER, jobGate: gate });
    const db = core.ctx.db;
    const month = { month: '2026-11', today: TODAY };
    addContact(core, 0);
    // Kept rows are taken only when the state is kept (the warm-up builds it): built here in one go.
    keptRpt12Rows(core.ctx, month);
    const admitted = rpt12Rows(db, month);
    // The job worker's thread is held: the export starts only after the next write is committed.
    const r = await core.invoke('reports.export', { report: 'RPT-12', month: '2026-11', full: false });
    if (!r.ok) throw new Error(r.error.message);
    addContact(core, 1);
    expect(rpt12Rows(db, month)).not.toEqual(admitted);
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    const done = await waitJob(core, (r.data as { jobId: string }).jobId);
    if (!done.result?.ok) throw new Error(JSON.stringify(done.result));
    const file = (done.result.data as ReportExportResult).fileId;
    expectSheet((await takeWorkbook(core, file)).wb.worksheets[0], admitted);

    // An export admitted after the write has it.
    const { ws } = await exportReport(core, { report: 'RPT-12', month: '2026-11' });
    expectSheet(ws, rpt12Rows(db, month));

    // Rows in a caller's input are not taken (the contract drops the field; the core adds its own).
    const forged = await exportReport(core, {
      report: 'RPT-12',
      month: '2026-11',
      kept: { scope: JSON.stringify({ month: '2026-11', today: TODAY }), rows: [{ unit: '假', registered: 999 }] },
    });
    expectSheet(forged.ws, rpt12Rows(db, month));

    // RPT-12 has no 乡镇 choice: a 乡镇经办 is refused by the export, as before.
    const town = db.prepare('SELECT id FROM regions WHERE level = 4 ORDER BY code LIMIT 1').pluck().get() as string;
    const clerk = signedInAs(core, 'aygul', 'clerk', { townshipIds: [town] });
    const refused = await core.invoke('reports.export', { report: 'RPT-12', month: '2026-11', full: false }, clerk);
    if (!refused.ok) throw new Error(refused.error.message);
    expect((await waitJob(core, (refused.data as { jobId: string }).jobId, clerk)).result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('该报表按全县汇总上报') },
    });
  }, 60_000);

  it('warm-up: built in slices with a write between them equals rpt12Sql; an export takes kept rows only once built', async () => {
    const core = await county();
    const month = { month: '2026-11', today: TODAY };
    const input = { report: 'RPT-12', month: '2026-11', full: false } as Parameters<typeof withKeptRows>[0];
    // Not kept: the export is handed over as it came, and the job reads the rows (nothing built here).
    expect(withKeptRows(input, core.ctx)).not.toHaveProperty('kept');
    let turns = 0;
    const built = await warmRpt12State(core.ctx, month, {
      chunk: 7,
      sliceMs: 0,
      breathe: async () => {
        if (++turns === 2) addContact(core, 5);
      },
    });
    expect(built).toBe(true);
    expect(turns).toBeGreaterThan(3);
    const sql = rpt12Rows(core.ctx.db, month);
    expect(keptRpt12Rows(core.ctx, month)).toEqual(sql);
    const handed = withKeptRows(input, core.ctx) as unknown as { kept: { rows: Rpt12Row[] } };
    expect(handed.kept.rows).toEqual(sql);
  }, 60_000);
});
