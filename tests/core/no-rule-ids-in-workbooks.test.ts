import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { seedCounty } from '../../scripts/seed/county';
import { seedPostCounty } from '../../scripts/seed/post-county';
import { seedRecognitions } from '../../scripts/seed/recognitions';
import { seedRegistrations } from '../../scripts/seed/registrations';
import { seedSubsidies } from '../../scripts/seed/subsidies';
import { EXPORTABLE_REPORTS, REPORT_CATALOGUE, type ReportExportResult } from '../../shared/contract/reports';
import { ruleIdIn } from '../rule-ids';
import { TODAY, makeCore, must, waitJob } from './harness';
import { takeWorkbook } from './import-workbooks';
import { scenario } from './internships-fixtures';
import { place, urbanPerson } from './posts-fixtures';
import { reviewedRoster } from './subsidies-fixtures';

// Issue 18: a workbook sent upward never carries a rule id (BR-/VR-/CFG-) or a bracketed code id (（E06）, （C11）,
// （C01 被用人单位录用）). Every report of the catalogue is exported — from a small seeded county (registrations,
// contacts, recognitions, posts, placements, a year of rosters) and from the internship scene with a forced placement —
// and every cell, sheet name and header/footer is read back and scanned.

/** The text a reader sees in a cell: strings, rich text, hyperlink text, a formula's result. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  if (v instanceof Date) return v.toISOString();
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v) return String(v.text);
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  return '';
}

/** Each piece of visible text in a workbook that names an internal id: "sheet!A1 BR-17 in …". */
function idsIn(label: string, wb: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  const check = (where: string, text: string) => {
    const id = ruleIdIn(text);
    if (id) found.push(`${label} ${where} ${id} in “${text.slice(0, 80)}”`);
  };
  for (const ws of wb.worksheets) {
    check(`${ws.name} (sheet name)`, ws.name);
    for (const [k, v] of Object.entries(ws.headerFooter ?? {}))
      if (typeof v === 'string') check(`${ws.name} (${k})`, v);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged range reads back its master's value in every cell: scan it once.
        if (!cell.isMerged || cell.master.address === cell.address)
          check(`${ws.name}!${cell.address}`, cellText(cell.value));
      }),
    );
  }
  return found;
}

/** Cells written across the workbook, to show the scan read something. */
const cellCount = (wb: ExcelJS.Workbook) =>
  wb.worksheets.reduce((n, ws) => n + ws.actualRowCount * ws.actualColumnCount, 0);

/**
 * Every report of the catalogue for the given months (range reports over the span), both groupings where offered.
 * `perTownship` exports the listed reports once per 乡镇 instead of for the whole county.
 */
function inputs(
  months: string[],
  perTownship: { reports: string[]; townshipIds: string[] } = { reports: [], townshipIds: [] },
): Record<string, unknown>[] {
  return EXPORTABLE_REPORTS.flatMap((report) => {
    const info = REPORT_CATALOGUE.find((r) => r.code === report)!;
    const periods =
      info.period === 'range'
        ? [{ from: months[0], to: months[months.length - 1] }]
        : months.map((month) => ({ month }));
    const groups = info.groupBy ? [{}, { groupBy: 'employer' }] : [{}];
    const scopes = perTownship.reports.includes(report)
      ? perTownship.townshipIds.map((townshipId) => ({ townshipId }))
      : [{}];
    return periods.flatMap((p) =>
      groups.flatMap((g) => scopes.map((t) => ({ report, full: false, ...p, ...g, ...t }))),
    );
  });
}

/** Rosters and attendance sheets are refused for a month that has none; those are skipped, the rest must export. */
const NEEDS_ROSTER = ['RPT-05', 'RPT-06', 'RPT-09', 'RPT-14'];

async function scanAll(
  core: Core,
  list: Record<string, unknown>[],
): Promise<{ found: string[]; cells: number; exported: Set<string> }> {
  const found: string[] = [];
  const exported = new Set<string>();
  let cells = 0;
  for (const input of list) {
    const report = String(input.report);
    const started = await must(core, 'reports.export', input as never);
    const job = await waitJob(core, started.jobId);
    if (job.result?.ok !== true) {
      expect(NEEDS_ROSTER, `${report} ${JSON.stringify(job.result)}`).toContain(report);
      continue;
    }
    const { wb } = await takeWorkbook(core, (job.result.data as ReportExportResult).fileId);
    found.push(
      ...idsIn(
        `${report} ${String(input.month ?? `${String(input.from)}—${String(input.to)}`)}${input.groupBy ? ' 按用人单位' : ''}`,
        wb,
      ),
    );
    cells += cellCount(wb);
    exported.add(report);
  }
  return { found, cells, exported };
}

describe('no rule or code ids in exported workbooks', () => {
  it('the scan finds ids in cells, rich text, formulas results and sheet names', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.getCell('A1').value = '说明：首次享受补贴距法定退休不足5年的，补贴延至退休（BR-18、CFG-05）。';
    ws.getCell('B2').value = { richText: [{ text: '强制保存' }, { text: '（VR-15）' }] };
    ws.getCell('C3').value = '是（C11 连续6个月未与公共就业服务机构联系）';
    ws.getCell('D4').value = { formula: 'A1', result: '8栏含考核不合格（L06）' };
    ws.getCell('E5').value = '就业困难人员类别（E06）';
    ws.getCell('F6').value = '乡镇 GY-001（K03 低保）RPT-04 2026-11';
    expect(idsIn('样例', wb).map((f) => f.split(' ').slice(0, 3).join(' '))).toEqual([
      '样例 花名册!A1 BR-18',
      '样例 花名册!B2 VR-15',
      '样例 花名册!C3 （C11',
      '样例 花名册!D4 （L06',
      '样例 花名册!E5 （E06',
    ]);
  });

  it('every report of a seeded county, for three months and both groupings, has none', async () => {
    const core = makeCore();
    await seedCounty(core, { persons: 400, today: TODAY });
    seedPostCounty(core, { posts: 40, placements: 80, today: TODAY });
    seedSubsidies(core, { today: TODAY });
    seedRegistrations(core, { today: TODAY });
    seedRecognitions(core, { today: TODAY });
    // GS-01 for the whole county (seeded villages share names across 乡镇: the notice groups by 乡镇 + village) and per 乡镇.
    const townshipIds = core.ctx.db
      .prepare('SELECT id FROM regions WHERE level = 4 ORDER BY code')
      .pluck()
      .all() as string[];
    expect(townshipIds.length).toBeGreaterThan(1);
    const list = [
      ...inputs(['2026-09', '2026-10', '2026-11']),
      ...inputs(['2026-09', '2026-10', '2026-11'], { reports: ['GS-01'], townshipIds }).filter(
        (i) => i.report === 'GS-01',
      ),
    ];
    const { found, cells, exported } = await scanAll(core, list);
    expect([...exported].sort()).toEqual(
      [...EXPORTABLE_REPORTS].filter((r) => r !== 'RPT-09' && r !== 'RPT-14').sort(),
    );
    expect(cells).toBeGreaterThan(20_000);
    expect(found).toEqual([]);
  }, 240_000);

  it('the internship reports with every end type, the allowance roster and a forced placement have none', async () => {
    const { core, c } = await scenario();
    // RPT-09 over 2026-10 … 2026-11 needs both months' rosters (October's stays a draft).
    await must(core, 'allowances.generate', { month: '2026-10' });
    await must(core, 'subsidies.generateBatch', { kind: 'internship', month: '2026-10' });
    await must(core, 'allowances.generate', { month: '2026-11' });
    await reviewedRoster(core, 'internship', '2026-11');
    const [a, b, d] = [await urbanPerson(c), await urbanPerson(c, '19790101'), await urbanPerson(c, '19780101')];
    await place(core, a, c.urbanPostId);
    await place(core, b, c.urbanPostId);
    const forced = await place(core, d, c.urbanPostId, { override: { reason: '县人社局批准临时增岗' } });
    expect(forced.placement.override?.rules).toEqual(['BR-17']);
    await must(core, 'attendance.generate', { month: '2026-11' });
    await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    const { found, exported } = await scanAll(core, inputs(['2026-10', '2026-11']));
    // RPT-14 needs a 培训补贴 roster: tests/core/training-reports.test.ts scans its cells.
    expect([...exported].sort()).toEqual([...EXPORTABLE_REPORTS].filter((r) => r !== 'RPT-14').sort());
    expect(found).toEqual([]);
  }, 120_000);
});
