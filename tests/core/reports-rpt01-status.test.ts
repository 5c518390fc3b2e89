// RPT-01 认定状态 (DOMAIN §6.1 filter "status at as-of date (有效 / 含本期退出)"): 含本期退出 by default as before,
// 仅有效 leaves out the persons who exited on or before the period's end, with the totals and the 说明 line following;
// a locked month narrows its frozen copy the same way. Read back from the written workbooks.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RPT01_NOTE, RPT01_VALID_NOTE } from '../../electron/core/modules/reports/rpt01';
import { callUnchanged, makeCore, must, mustJob } from './harness';
import { recCounty } from './recognitions-fixtures';
import { refusedBadInput } from './refusals';
import { exportLog, exportReport } from './reports-export-read';

/** today 2026-11-28; all back-filled as recognised on 2026-09-01: 阿依 in force, 布丽 exited 2026-10-15, 古丽 2026-11-20. */
async function scene() {
  const c = await recCounty(makeCore());
  const ids: Record<string, string> = {};
  for (const [name, birth, exitDate] of [
    ['阿依', '19700101', null],
    ['布丽', '19700102', '2026-10-15'],
    ['古丽', '19700103', '2026-11-20'],
  ] as const) {
    const { personId } = await c.applicant(birth, '2026-08-01', { name });
    const r = await must(c.core, 'recognitions.backfill', {
      personId,
      categories: ['K01'],
      primaryCategory: 'K01',
      recognitionDate: '2026-09-01',
      helper: '阿依古丽',
    });
    ids[name] = r.id;
    if (exitDate) await must(c.core, 'recognitions.exit', { id: r.id, exitDate, exitReason: 'R11' });
  }
  return { c, ids };
}

/** The data rows' 姓名 and 退出日期, the 合计 count and the first 说明 line of an RPT-01 sheet. */
function read(ws: ExcelJS.Worksheet) {
  const rows: [unknown, unknown][] = [];
  let total: unknown = null;
  let note: unknown = null;
  for (let n = 4; n <= ws.rowCount; n += 1) {
    const a = ws.getCell(n, 1).value;
    if (typeof a === 'number') rows.push([ws.getCell(n, 4).value, ws.getCell(n, 22).value]);
    if (a === '合计') total = ws.getCell(n, 4).value;
    if (typeof a === 'string' && a.startsWith('说明：')) note = a.slice(3);
  }
  return { rows, total, note };
}

const exported = async (core: Parameters<typeof exportReport>[0], input: Record<string, unknown>) =>
  read((await exportReport(core, { report: 'RPT-01', ...input })).ws);

const day = (v: string) => new Date(`${v}T00:00:00.000Z`);

describe('RPT-01 认定状态', () => {
  it('含本期退出 (the default) lists those who exited in the month; 仅有效 leaves them out and the 合计 follows', async () => {
    const { c } = await scene();
    const october = {
      rows: [
        ['古丽', null],
        ['布丽', day('2026-10-15')],
        ['阿依', null],
      ],
      total: 3,
      note: RPT01_NOTE,
    };
    expect(await exported(c.core, { month: '2026-10' })).toEqual(october);
    expect(await exported(c.core, { month: '2026-10', recognitionStatus: 'withExited' })).toEqual(october);
    expect(await exported(c.core, { month: '2026-10', recognitionStatus: 'valid' })).toEqual({
      rows: [
        ['古丽', null],
        ['阿依', null],
      ],
      total: 2,
      note: RPT01_VALID_NOTE,
    });
    expect(await exported(c.core, { month: '2026-11' })).toMatchObject({ total: 2 });
    expect(await exported(c.core, { month: '2026-11', recognitionStatus: 'valid' })).toMatchObject({
      rows: [['阿依', null]],
      total: 1,
    });
    expect((await exportLog(c.core))[0]).toBe('导出 RPT-01 就业困难人员实名制台账 2026-11 仅有效（隐藏号码，1 行）');
  });

  it('a locked month: 仅有效 narrows the frozen copy (a later change of 帮扶责任人 does not show)', async () => {
    const { c, ids } = await scene();
    await mustJob(c.core, 'periodLocks.lock', { month: '2026-10' });
    const ayi = await must(c.core, 'recognitions.get', { id: ids['阿依'] });
    await must(c.core, 'recognitions.updateHelp', {
      id: ayi.id,
      expectedUpdatedAt: ayi.updatedAt,
      helper: '努尔古丽',
      plan: null,
    });
    const { ws, r } = await exportReport(c.core, { report: 'RPT-01', month: '2026-10', recognitionStatus: 'valid' });
    expect(read(ws)).toEqual({
      rows: [
        ['古丽', null],
        ['阿依', null],
      ],
      total: 2,
      note: RPT01_VALID_NOTE,
    });
    expect([ws.getCell('T4').value, ws.getCell('T5').value]).toEqual(['阿依古丽', '阿依古丽']);
    expect(r.rows).toBe(2);
    expect((await exportLog(c.core))[0]).toMatch(/ 仅有效（隐藏号码，2 行），该月已锁定，按锁定时的数据$/);
    expect(await exported(c.core, { month: '2026-10' })).toMatchObject({ total: 3, note: RPT01_NOTE });
  });

  it('refuses the choice on a report that does not take it, nothing written', async () => {
    const { c } = await scene();
    const r = await callUnchanged(c.core, 'reports.export', {
      report: 'RPT-02',
      month: '2026-11',
      full: false,
      recognitionStatus: 'valid',
    });
    expect(r).toMatchObject(refusedBadInput({ recognitionStatus: '该报表不能选择认定状态' }));
  });
});
