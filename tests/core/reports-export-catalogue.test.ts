import { describe, expect, it } from 'vitest';
import {
  EXPORTABLE_REPORTS,
  NO_FULL_NUMBERS,
  REPORT_CATALOGUE,
  type ReportExportResult,
} from '../../shared/contract/reports';
import { FULL_NUMBER_REPORTS } from '../full-number-reports';
import { call, makeCore, must } from './harness';
import { refusedBadInput } from './refusals';
import { jobData, jobError, takeWorkbook } from './import-workbooks';
import { county } from './persons-fixtures';

// Every report of EXPORTABLE_REPORTS is listed as available and exports through reports.export (DOMAIN §6);
// month reports carry 所属期, the internship reports 统计期 起始月份—截止月份 (BR-31, §6.0.2, §6.8, §6.10).

/**
 * The reports DOMAIN numbers, in its order: RPT-01 … RPT-15 (§6.1–§6.12), then the 公示名单 GS-01 (§11.4). Written
 * from DOMAIN's numbering, not read from the catalogue, so that a report missing, added or moved there fails here.
 */
const DOMAIN_REPORTS = [...Array.from({ length: 15 }, (_, i) => `RPT-${String(i + 1).padStart(2, '0')}`), 'GS-01'];

describe('reports.export catalogue', () => {
  it('marks exactly the exportable reports as available', () => {
    expect(REPORT_CATALOGUE.filter((r) => r.available).map((r) => r.code)).toEqual([...EXPORTABLE_REPORTS]);
    expect(EXPORTABLE_REPORTS).toEqual(DOMAIN_REPORTS);
  });

  it('writes each report on an empty register with its title and period line', async () => {
    const c = await county(makeCore());
    // The attendance sheet and the rosters need the month's attendance or roster first (tests/core/subsidy-reports.test.ts).
    for (const report of EXPORTABLE_REPORTS.filter((r) => !['RPT-05', 'RPT-06', 'RPT-09', 'RPT-14'].includes(r))) {
      const range = REPORT_CATALOGUE.find((r) => r.code === report)?.period === 'range';
      const input = range
        ? { report, from: '2026-09', to: '2026-11', full: false }
        : { report, month: '2026-11', full: false };
      const r = await jobData<ReportExportResult>(c.core, 'reports.export', input);
      // §6.0.10: a 统计期 names its first and last month (a quarter and a year differ by name).
      const months = range ? '202609-202611' : '202611';
      expect(r.fileName).toMatch(new RegExp(`^653121_${report}_${months}_\\d{12}\\.xlsx$`));
      const ws = (await takeWorkbook(c.core, r.fileId)).wb.worksheets[0];
      const name = REPORT_CATALOGUE.find((x) => x.code === report)?.name;
      expect(ws.getCell('A1').value).toBe(range ? `疏附县2026年9月至11月${name}` : `疏附县2026年11月${name}`);
      const line = ws.getRow(2).values as unknown[];
      // A notice to post (公示名单, audit6): no 填报单位 and no 统计期 line — the title and the stamp line say it.
      if (report === 'GS-01') expect(line.filter((v) => typeof v === 'string' && v !== '')).toEqual([]);
      else expect(line).toContain(range ? '统计期：2026年9月—2026年11月' : '所属期：2026年11月');
    }
    const log = await must(c.core, 'audit.list', { entity: 'report' });
    expect(log.items.map((i) => i.summary)).toContain(
      '导出 RPT-10 就业见习情况统计表 2026-09至2026-11（隐藏号码，0 行）',
    );
  });

  it('asks for 统计期 of a range report and checks it (BR-31)', async () => {
    const c = await county(makeCore());
    const fields = async (input: object) => {
      const r = await call(c.core, 'reports.export', input as never);
      return r.ok ? (await jobError(c.core, 'reports.export', input)).fields : r.error.fields;
    };
    expect(await fields({ report: 'RPT-10', month: '2026-11', full: false })).toEqual({
      from: '请选择起始月份',
      to: '请选择截止月份',
    });
    expect(await fields({ report: 'RPT-08', from: '2026-10', to: '2026-09', full: false })).toEqual({
      from: '起始月份不能晚于截止月份',
    });
    expect(await fields({ report: 'RPT-08', from: '2026-1', to: '2026-09', full: false })).toEqual({
      from: '起始月份应为 YYYY-MM 格式',
    });
    expect(await fields({ report: 'RPT-10', from: '2026-10', to: '2026-12', full: false })).toEqual({
      to: '截止月份不能晚于本月',
    });
    expect(await fields({ report: 'RPT-12', full: false })).toEqual({ month: '请选择所属期' });
    expect(await fields({ report: 'RPT-11', month: '2026-11', full: false, townshipId: c.town1 })).toEqual({
      townshipId: '该报表按全县导出，不能选择乡镇(街道)',
    });
    expect(await fields({ report: 'RPT-04', month: '2026-11', full: false, groupBy: 'employer' })).toEqual({
      groupBy: '该报表不能选择分组方式',
    });
    expect((await must(c.core, 'audit.list', { entity: 'report' })).items).toEqual([]);
  });
});

describe('导出完整号码 follows the report’s definition (§9.5)', () => {
  it('is offered for the reports with ID, phone or bank numbers and refused for the others, nothing written', async () => {
    const c = await county(makeCore());
    expect((await must(c.core, 'system.info', {})).fullNumberReports).toEqual(FULL_NUMBER_REPORTS);
    // The statistical tables, the 岗位 ledger, the attendance sheet and the 公示名单 have no such column.
    const without = EXPORTABLE_REPORTS.filter((r) => !FULL_NUMBER_REPORTS.includes(r));
    expect(without).toEqual(['RPT-02', 'RPT-03', 'RPT-05', 'RPT-07', 'RPT-10', 'RPT-12', 'RPT-15', 'GS-01']);
    for (const report of without) {
      const range = REPORT_CATALOGUE.find((r) => r.code === report)?.period === 'range';
      const period = range ? { from: '2026-11', to: '2026-11' } : { month: '2026-11' };
      const r = await call(c.core, 'reports.export', { report, ...period, full: true });
      expect(r, report).toMatchObject(refusedBadInput({ full: NO_FULL_NUMBERS }));
    }
    expect((await must(c.core, 'audit.list', { entity: 'report' })).items).toEqual([]);
    // A register with numbers in it exports them in full.
    const r = await jobData<ReportExportResult>(c.core, 'reports.export', {
      report: 'RPT-11',
      month: '2026-11',
      full: true,
    });
    expect(r.fileName).toMatch(/^653121_RPT-11_202611_/);
  });
});
