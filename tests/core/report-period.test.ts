// CFG-26 report_period: with 上月21日至本月20日 the monthly statistical reports (RPT-11, RPT-12, RPT-02, RPT-07) count
// the days 10-21 … 11-20 for November and say so on the unit line; the calendar month is unchanged; the payroll
// rosters and range reports keep calendar months (reports/statistical-period.ts).
import { describe, expect, it } from 'vitest';
import { RPT02_DAY21_STATUS_NOTE } from '../../electron/core/modules/recognitions/reports/rpt02';
import { REPORTS } from '../../electron/core/modules/reports/registry';
import { reportPeriodMode, withReportPeriod } from '../../electron/core/modules/reports/statistical-period';
import { reportPeriod } from '../../shared/domain/report-period';
import { must } from './harness';
import { makeId } from './persons-fixtures';
import { cells, exportLog, exportReport, expectTitleAndPeriod, periodLine } from './reports-export-read';
import { setup } from './registrations-fixtures';

const NOVEMBER = '2026-11';

/** Two persons registered 10-01 in 乌帕尔镇: 甲 contacted (政策推介) on 10-25, 乙 (创业服务) on 11-21. */
async function scene() {
  const s = await setup();
  const a = await s.register(await s.person({ idNumber: makeId('653121', '19900101', '011'), name: '甲' }), {
    regDate: '2026-10-01',
  });
  const b = await s.register(await s.person({ idNumber: makeId('653121', '19900101', '031'), name: '乙' }), {
    regDate: '2026-10-01',
  });
  await s.contact(a, { contactDate: '2026-10-25', services: ['SV4'], jobsRecommended: null });
  await s.contact(b, { contactDate: '2026-11-21', services: ['SV3'], jobsRecommended: null });
  return s;
}

const useDay21 = (s: Awaited<ReturnType<typeof scene>>, from = '2026-01-01') =>
  must(s.core, 'ruleSettings.set', {
    key: 'reports.period',
    effectiveFrom: from,
    values: { value: 'day21' },
    note: null,
  });

/** RPT-12 row 乌帕尔镇: 8 应联系, 9 已联系, 14 创业服务, 15 政策推介. */
const rpt12Figures = (ws: Parameters<typeof cells>[0]) => {
  const r = cells(ws, 6, 19);
  return { unit: r[0], due: r[8], contacted: r[9], sv3: r[14], sv4: r[15] };
};

/** Every text of the sheet, one string (the 说明 lines among them). */
const textOf = (ws: Parameters<typeof cells>[0]) => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && out.push(c.value)));
  return [...new Set(out)].join('\n');
};
const DAY21_RPT12 = '本表按上月21日至本月20日统计人数和服务人次。';

/** November's RPT-12 counts the calendar month: 所属期 line, and the 11-21 contact (创业服务) counts, the 10-25 one not. */
async function expectNovemberAsCalendarMonth(s: Awaited<ReturnType<typeof scene>>) {
  const { ws } = await exportReport(s.core, { report: 'RPT-12', month: NOVEMBER });
  expect(periodLine(ws)).toEqual(['所属期：2026年11月']);
  expect(rpt12Figures(ws)).toEqual({ unit: '乌帕尔镇', due: 2, contacted: 1, sv3: 1, sv4: 0 });
  expect(textOf(ws)).not.toContain(DAY21_RPT12);
}

describe('CFG-26 report period', () => {
  it('reportPeriod: the calendar month, or the 21st of the month before to the 20th (across a year end too)', () => {
    expect(reportPeriod('2026-11', 'calendarMonth')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(reportPeriod('2026-11', 'day21')).toEqual({ start: '2026-10-21', end: '2026-11-20' });
    expect(reportPeriod('2027-01', 'day21')).toEqual({ start: '2026-12-21', end: '2027-01-20' });
  });

  it('calendar month (default): the 11-21 contact counts in November, the 10-25 one does not; 所属期 line', async () => {
    const s = await scene();
    await expectNovemberAsCalendarMonth(s);
  });

  it('21st–20th: the 10-25 contact counts in November’s RPT-12 and RPT-11, the 11-21 one does not; the header names the dates', async () => {
    const s = await scene();
    await useDay21(s);
    const { ws } = await exportReport(s.core, { report: 'RPT-12', month: NOVEMBER });
    expectTitleAndPeriod(ws, '疏附县2026年11月登记失业人员定期联系情况统计表', '统计期：2026年10月21日—2026年11月20日');
    expect(rpt12Figures(ws)).toEqual({ unit: '乌帕尔镇', due: 2, contacted: 1, sv3: 0, sv4: 1 });
    // The 说明 name the period, not the calendar month, and say how it is counted (as RPT-07's do).
    const text = textOf(ws);
    expect(text).toContain('8 为本期内任一时间处于有效登记状态的人数');
    expect(text).toContain('本期实现就业指本期因被用人单位录用');
    expect(text).toContain(DAY21_RPT12);
    expect(text).not.toMatch(/本月(内|只|因)/);

    const rpt11 = await exportReport(s.core, { report: 'RPT-11', month: NOVEMBER });
    expect(periodLine(rpt11.ws)).toEqual(['统计期：2026年10月21日—2026年11月20日']);
    // 姓名 (D) and 本月联系日期 (M) of the two rows.
    const contactDates = [5, 6, 7, 8]
      .map((r) => [rpt11.ws.getCell(`D${r}`).value, rpt11.ws.getCell(`M${r}`).value])
      .filter(([name]) => name === '甲' || name === '乙');
    expect(contactDates).toEqual([
      ['乙', null],
      ['甲', new Date('2026-10-25T00:00:00Z')],
    ]);
    // The export log names the dates (DOMAIN §9.9).
    expect((await exportLog(s.core))[0]).toContain('2026-11（2026-10-21至2026-11-20）');
  });

  it('the mode in force on the period’s end decides: a switch from 11-21 leaves November a calendar month', async () => {
    const s = await scene();
    await useDay21(s, '2026-11-21');
    expect(reportPeriodMode(s.core.ctx.db, NOVEMBER)).toBe('calendarMonth');
    expect(reportPeriodMode(s.core.ctx.db, '2026-12')).toBe('day21');
    await expectNovemberAsCalendarMonth(s);
  });

  it('RPT-02 and RPT-07 follow it; the payroll rosters (RPT-05/06/09) and range reports keep calendar months', async () => {
    const s = await scene();
    await useDay21(s);
    const db = s.core.ctx.db;
    const scope = { month: NOVEMBER, today: '2026-11-28' };
    const followed = Object.entries(REPORTS)
      .filter(([, r]) => withReportPeriod(db, r, scope).dates !== undefined)
      .map(([code]) => code);
    expect(followed).toEqual(['RPT-02', 'RPT-07', 'RPT-11', 'RPT-12']);
    expect(withReportPeriod(db, REPORTS['RPT-02'], scope).dates).toEqual({ start: '2026-10-21', end: '2026-11-20' });
    const { ws } = await exportReport(s.core, { report: 'RPT-02', month: NOVEMBER });
    expect(periodLine(ws)).toEqual(['统计期：2026年10月21日—2026年11月20日']);
    expect(textOf(ws)).toContain('本表按上月21日至本月20日统计人数。');
    // Col 18 is the status on the 20th, RPT-01's the month end: the sheet says so.
    expect(textOf(ws)).toContain(RPT02_DAY21_STATUS_NOTE);
  });
});
