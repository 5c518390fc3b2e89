// Rosters by quarter (BR-24 "monthly or quarterly claims", the dated setting 补贴申领周期): a roster covers the quarter
// of the month chosen, with the rows of its months grouped by month inside each 单位; review locks every month of it;
// RPT-06 writes it with 所属年月 and a 小计 per month, read back with exceljs. Months before the setting stay monthly.
import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import type { ReportExportResult } from '../../shared/contract/reports';
import { fenToChineseUpper } from '../../shared/domain/money';
import { rowsStarting } from '../workbook-rows';
import { callUnchanged, makeCore, must } from './harness';
import { jobData, takeWorkbook } from './import-workbooks';
import { messageOf } from './refusals';
import { entry, subsidyCounty } from './subsidies-fixtures';

const QUARTER = '2026年第四季度公益性岗位岗位补贴发放花名册';

async function quarterCounty() {
  const core = makeCore();
  const c = await subsidyCounty(core);
  writeSetting(core.ctx.db, 'subsidy.claimPeriod', 'quarter', '古丽', '2026-09-20T00:00:00.000Z', '2026-10-01');
  for (const month of ['2026-09', '2026-10', '2026-11']) await must(core, 'attendance.generate', { month });
  return { core, c };
}

describe('rosters by quarter', () => {
  it('covers the quarter of the month chosen, months grouped inside each 单位; review locks each month; RPT-06 reads it', async () => {
    const { core, c } = await quarterCounty();
    const q = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    expect(q).toMatchObject({ name: QUARTER, month: '2026-10', persons: 2 });
    expect(q.items.map((i) => i.month)).toEqual(['2026-10', '2026-10', '2026-11', '2026-11']);
    expect(q.totalFen).toBe(q.items.reduce((s, i) => s + i.amountFen, 0));
    // Any month of the quarter names the same roster; the list of each of its months shows it.
    expect((await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' })).id).toBe(q.id);
    for (const month of ['2026-10', '2026-12'])
      expect((await must(core, 'subsidies.list', { month, kind: 'post' })).items.map((b) => b.name)).toEqual([QUARTER]);

    await must(core, 'subsidies.review', { id: q.id, reviewedBy: '阿依古丽' });
    const nov = await must(core, 'attendance.grid', { month: '2026-11', employerId: c.employerId });
    const edit = await callUnchanged(core, 'attendance.save', {
      month: '2026-11',
      employerId: c.employerId,
      rows: [entry(nov.rows[0], { deductionFen: 1_000, deductionReason: '迟到' })],
    });
    expect(messageOf(edit)).toContain(`2026年11月的考勤已列入“${QUARTER}”（已审核），已锁定，不能修改。`);

    const r = await jobData<ReportExportResult>(core, 'reports.export', {
      report: 'RPT-06',
      month: '2026-11',
      full: false,
    });
    const ws = (await takeWorkbook(core, r.fileId)).wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('疏附县2026年第四季度公益性岗位补贴发放花名册');
    let month = 0;
    for (let col = 1; col <= ws.columnCount; col++) if (ws.getCell(3, col).value === '所属年月') month = col;
    expect(month).toBeGreaterThan(0);
    // Data rows (a 序号 in column A) and their months, then what the rows under them are.
    const rows = Array.from({ length: ws.rowCount }, (_, i) => i + 1);
    const data = rows.filter((n) => typeof ws.getCell(n, 1).value === 'number');
    expect(data.map((n) => ws.getCell(n, month).value)).toEqual([
      '2026年10月',
      '2026年10月',
      '2026年11月',
      '2026年11月',
    ]);
    const subtotals = rows.filter((n) => /^2026年1[01]月小计$/.test(String(ws.getCell(n, month).value)));
    expect(subtotals.map((n) => ws.getCell(n, month).value)).toEqual(['2026年10月小计', '2026年11月小计']);
    // Each month's 小计 follows that month's rows, inside the 单位.
    expect(subtotals).toEqual([data[1] + 1, data[3] + 1]);
    expect(ws.getCell(rowsStarting(ws, 1, '合计人民币（大写）：')[0], 1).value).toBe(
      `合计人民币（大写）：${fenToChineseUpper(q.totalFen)}`,
    );
  });

  it('a month before the setting keeps its monthly roster', async () => {
    const { core } = await quarterCounty();
    const r = await callUnchanged(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-09' });
    expect(messageOf(r)).toBe('2026年9月还没有考勤记录，请先生成考勤。');
  });
});
