// Rosters by quarter (BR-24 "monthly or quarterly claims", the dated setting 补贴申领周期): a roster covers the quarter
// of the month chosen, with the rows of its months grouped by month inside each 单位; review locks every month of it;
// RPT-06 writes it with 所属年月 and a 小计 per month, read back with exceljs. Months before the setting stay monthly.
import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import type { ReportExportResult } from '../../shared/contract/reports';
import { fenToChineseUpper } from '../../shared/domain/money';
import { rowsStarting } from '../workbook-rows';
import { call, callUnchanged, makeCore, must } from './harness';
import { jobData, takeWorkbook } from './import-workbooks';
import { messageOf, refusedRuleFields } from './refusals';
import { entry, generateAttendance, subsidyCounty } from './subsidies-fixtures';

const QUARTER = '2026年第四季度公益性岗位岗位补贴发放花名册';

/** Early January 2027: the fourth quarter has ended, so its roster can be reviewed. */
async function quarterCounty() {
  const core = makeCore(undefined, '2027-01-04');
  const c = await subsidyCounty(core);
  writeSetting(core.ctx.db, 'subsidy.claimPeriod', 'quarter', '古丽', '2026-09-20T00:00:00.000Z', '2026-10-01');
  await generateAttendance(core, '2026-09', '2026-10', '2026-11');
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

    await must(core, 'subsidies.review', { id: q.id, reviewedBy: '阿依古丽', confirmUnentered: true });
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

  it('subsidies.claimPeriod says the period a roster of the month covers, as the generate forms show it', async () => {
    const { core } = await quarterCounty();
    for (const month of ['2026-10', '2026-11', '2026-12'])
      expect(await must(core, 'subsidies.claimPeriod', { month })).toEqual({
        from: '2026-10',
        to: '2026-12',
        byQuarter: true,
        label: '2026年第四季度（10–12月）',
      });
    expect(await must(core, 'subsidies.claimPeriod', { month: '2026-09' })).toEqual({
      from: '2026-09',
      to: '2026-09',
      byQuarter: false,
      label: '2026年9月',
    });
  });

  it('a month before the setting keeps its monthly roster', async () => {
    const { core } = await quarterCounty();
    const r = await callUnchanged(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-09' });
    expect(messageOf(r)).toBe('2026年9月还没有考勤记录，请先生成考勤。');
  });

  it('a month roster and a quarter roster over the same months: the second is refused naming the first, nothing written', async () => {
    // Monthly first: October's roster, then the setting is changed to quarterly from the quarter's first day.
    const core = makeCore();
    const c = await subsidyCounty(core);
    await generateAttendance(core, '2026-10', '2026-11');
    const oct = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    writeSetting(core.ctx.db, 'subsidy.claimPeriod', 'quarter', '古丽', '2026-11-20T00:00:00.000Z', '2026-10-01');
    const q = await callUnchanged(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    expect(q).toMatchObject(refusedRuleFields({ month: `已有“${oct.name}”` }));
    expect(messageOf(q)).toBe(
      `2026年10月已有“2026年10月公益性岗位岗位补贴发放花名册”，同一月份不能再按季度编制2026年第四季度的花名册。请在已有的花名册中办理，或核对“补贴申领周期”设置。`,
    );
    // A 乡镇's roster is refused alike.
    const town = await callUnchanged(core, 'subsidies.generateBatch', {
      kind: 'post',
      month: '2026-12',
      scope: 'township',
      townshipId: c.town1,
    });
    expect(messageOf(town)).toBe(messageOf(q));
  });

  it('a quarter roster, then the setting back to monthly inside the quarter: a month roster is refused naming it', async () => {
    const { core } = await quarterCounty();
    await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    writeSetting(core.ctx.db, 'subsidy.claimPeriod', 'month', '古丽', '2026-11-20T00:00:00.000Z', '2026-10-01');
    const nov = await callUnchanged(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    expect(messageOf(nov)).toBe(
      `2026年第四季度已有“${QUARTER}”，同一月份不能再按月编制2026年11月的花名册。请在已有的花名册中办理，或核对“补贴申领周期”设置。`,
    );
    expect(nov).toMatchObject(refusedRuleFields({ month: `已有“${QUARTER}”` }));
    // A month outside the quarter is not concerned.
    expect(messageOf(await call(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-09' }))).toBe(
      '2026年9月还没有考勤记录，请先生成考勤。',
    );
  });
});
