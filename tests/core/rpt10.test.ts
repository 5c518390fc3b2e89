import { describe, expect, it } from 'vitest';
import { leafColumns } from '../../electron/core/excel/report-definition';
import { rpt10, rpt10Definition, rpt10Rows } from '../../electron/core/modules/internships/reports/rpt10';
import { makeCore, must } from './harness';
import { NOV, gradInput, graduate, internCounty, scenario } from './internships-fixtures';
import { adjustment, reviewedRoster } from './subsidies-fixtures';
import { exportAndRead } from './rpt11-fixtures';
import { cells, lanciRow } from './reports-export-read';

const W10 = leafColumns(rpt10Definition.columns).length;

describe('RPT-10 就业见习情况统计表 (DOMAIN §6.10)', () => {
  it('rows per 见习单位 with the checks (by key): c3 = c4 + c5 + others; c6 = c7 + c9 + c10; c11 = c2 + c3 − c6; rate (BR-29)', async () => {
    const { core } = await scenario();
    const rows = rpt10Rows(core.ctx.db, NOV) as Record<string, number | string>[];
    expect(rows.map((r) => [r.unit, r.c2, r.c3, r.c4, r.c5, r.others, r.c6, r.c7, r.c8, r.c9, r.c10, r.c11])).toEqual([
      // Issue 18: 乙's new intern of category 其他 (i7) is in `others`, not counted as 失业青年 (c5).
      ['疏附县乙见习基地', 3, 1, 0, 0, 1, 3, 2, 1, 0, 1, 1],
      ['疏附县甲见习基地', 2, 1, 1, 0, 0, 1, 0, 0, 1, 0, 2],
    ]);
    // BR-29 through the channel agrees with column 12.
    expect(await must(core, 'internships.retention', NOV)).toEqual({
      ended: 3,
      retained: 2,
      ratePercent: 66.7,
      excluded: 1,
      standing: null,
    });
    expect(rpt10.definition({ month: '2026-11', range: { from: '2026-11', to: '2026-11' }, today: '2026-11-30' })).toBe(
      rpt10Definition,
    );
  });

  it('exports with the engine and reads back: header tree, 栏次, the checks in every row and 合计, retention rate recomputed', async () => {
    const { core } = await scenario();
    const ws = await exportAndRead(rpt10Definition, rpt10Rows(core.ctx.db, NOV));
    expect(ws.getCell('A1').value).toBe('疏附县2026年11月就业见习情况统计表');
    expect(W10).toBe(16);
    expect(cells(ws, 3, W10).slice(0, 5)).toEqual(['见习单位', '见习岗位数', '期初在见习', '本期新增', '其中']);
    expect(cells(ws, 4, W10).slice(4, 7)).toEqual(['高校毕业生', '失业青年', '本期结束']);
    expect(cells(ws, 4, W10).slice(7, 11)).toEqual(['期满', '期满留用', '提前留用', '提前终止']);
    // DOMAIN §6.10's 栏次 1–14 where it puts them (the prefecture keys by 栏次); 其他人员 (issue 18) last, as 15.
    expect(cells(ws, 4, W10).slice(11)).toEqual([
      '期末在见习',
      '留用率%',
      '本期补贴(元)',
      '累计补贴(元)',
      '本期新增中其他人员',
    ]);
    expect(cells(ws, 5, W10)).toEqual(lanciRow(15));
    // Rows 6, 7 data; 8 合计. Checks by 栏次, as the 说明 states them.
    const col = (row: number, n: number) => ws.getCell(row, n + 1).value as number;
    for (const r of [6, 7, 8]) {
      expect(col(r, 3)).toBe(col(r, 4) + col(r, 5) + col(r, 15));
      expect(col(r, 6)).toBe(col(r, 7) + col(r, 9) + col(r, 10));
      expect(col(r, 11)).toBe(col(r, 2) + col(r, 3) - col(r, 6));
      const rate = Math.round(((col(r, 8) + col(r, 9)) / (col(r, 7) + col(r, 9))) * 1000) / 10;
      expect(col(r, 12)).toBe(rate);
    }
    expect(String(ws.getCell('A10').value)).toBe(`说明：${rpt10Definition.notes![0]}`);
    expect(rpt10Definition.notes![0]).toContain(
      '3 = 4+5+15；6 = 7+9+10（8为7的其中项）；11 = 2+3−6；12 = (8+9)÷(7+9)×100',
    );
    expect(ws.getCell('A8').value).toBe('合计');
    expect(cells(ws, 8, W10).slice(1, 12)).toEqual([5, 5, 2, 1, 0, 4, 2, 1, 1, 1, 3]);
    expect(col(8, 15)).toBe(1); // 乙's i7
    expect([col(6, 12), col(7, 12), col(8, 12)]).toEqual([50, 100, 66.7]); // 乙 50.0 %, 甲 100.0 %, 合计 66.7 % (not 150 %)
    expect(ws.getCell('M8').numFmt).toBe('0.0');
    // 13–14 come from reviewed 见习补贴 rosters; the scene has none, so they stay empty (not 0), 合计 too.
    for (const r of [6, 7, 8]) expect([col(r, 13), col(r, 14)]).toEqual([null, null]);
  });
});

describe('RPT-10 13–14 with a 补发 roster reviewed before the month’s own roster', () => {
  it('14 counts the reviewed correction in the year to date even before any ordinary roster of the year is reviewed; 13 waits for the month’s roster', async () => {
    const core = makeCore(undefined, '2027-02-03');
    const c = await internCounty(core);
    await must(core, 'internships.create', gradInput(await graduate(c), c.hostB));
    await must(core, 'allowances.generate', { month: '2026-12' });
    // 100.00 deducted in December, paid back in January (a 补发 never goes above the full month).
    const row = (await must(core, 'allowances.list', { month: '2026-12' })).rows[0];
    await must(core, 'allowances.save', {
      id: row.id,
      expectedUpdatedAt: row.updatedAt,
      deductionFen: 10_000,
      deductionReason: '缺勤',
      hostAllowanceVerified: true,
    });
    const dec = await reviewedRoster(core, 'internship', '2026-12');
    // January 2027: a +100.00 补发 of December, reviewed while January's own roster is not.
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'internship', month: '2027-01' });
    await must(core, 'subsidies.adjust', adjustment(sup.id, dec.items[0]!.id, 10_000, '12月少发'));
    await must(core, 'subsidies.review', { id: sup.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    const paid = (from: string, to: string) => {
      const rows = rpt10Rows(core.ctx.db, { from, to }) as Record<string, unknown>[];
      const b = rows.find((r) => r.unit === '疏附县乙见习基地')!;
      return [b.c13, b.c14];
    };
    // December: its own roster, the year 2026 to date; the correction made in January is not December's.
    expect(paid('2026-12-01', '2026-12-31')).toEqual([dec.totalFen, expect.any(Number)]);
    // January: 13 empty (January's roster not reviewed: the correction joins 13 with it, as RPT-07's 19–20);
    // 14 = the money moved in 2027 so far — the reviewed correction, not an empty cell.
    expect(paid('2027-01-01', '2027-01-31')).toEqual([null, 10_000]);
    await must(core, 'allowances.generate', { month: '2027-01' });
    const jan = await reviewedRoster(core, 'internship', '2027-01');
    expect(paid('2027-01-01', '2027-01-31')).toEqual([jan.totalFen + 10_000, jan.totalFen + 10_000]);
  });
});
