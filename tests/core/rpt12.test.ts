import { describe, expect, it } from 'vitest';
import {
  rpt12,
  RPT12_COUNTS,
  RPT12_DEFINITION,
  rpt12Rows,
  type Rpt12Row,
} from '../../electron/core/modules/contacts/reports/rpt12';
import { leafColumns } from '../../electron/core/excel/report-definition';
import { must, TODAY } from './harness';
import { exportAndRead, reportMonth } from './rpt11-fixtures';
import { cells, lanciRow } from './reports-export-read';

const W = leafColumns(RPT12_DEFINITION.columns).length;
const KEYS = RPT12_COUNTS;
const numbers = (r: Rpt12Row) => KEYS.map((k) => r[k]);

describe('RPT-12 登记失业人员定期联系情况统计表 (DOMAIN §6.12)', () => {
  it('rows = 乡镇 with the columns of §6.12 and their logic checks (5+6+7 = 1; 8 = persons active in the month, BR-05)', async () => {
    const s = await reportMonth();
    const rows = rpt12Rows(s.core.ctx.db, { month: '2026-11', today: TODAY });
    expect(rows.map((r) => r.unit)).toEqual(['乌帕尔镇', '塔什米里克乡']);
    //                            1  2  3  4  5  6  7  8  9 11 12 13 14 15 16 17 18
    expect(numbers(rows[0])).toEqual([2, 1, 1, 1, 1, 0, 1, 3, 2, 0, 1, 1, 0, 1, 1, 1, 1]);
    expect(numbers(rows[1])).toEqual([2, 0, 0, 0, 0, 1, 1, 2, 1, 1, 0, 0, 1, 0, 0, 0, 0]);
    for (const r of rows) {
      expect(r.levelA + r.levelB + r.levelC).toBe(r.registered);
      expect(r.contacted + r.failed).toBeLessThanOrEqual(r.due);
    }
    // 8 agrees with BR-05 as the work lists count it: registrations active at any time in the month.
    const active = s.core.ctx.db
      .prepare(
        "SELECT count(DISTINCT person_id) AS n FROM registrations WHERE reg_date <= '2026-11-30' AND (cancel_date IS NULL OR cancel_date >= '2026-11-01')",
      )
      .get() as { n: number };
    expect(rows.reduce((sum, r) => sum + r.due, 0)).toBe(active.n);
    // 1 agrees with the open registrations the work lists hold.
    const toContact = await must(s.core, 'contactWorklists.toContact', { month: '2026-11' });
    expect(toContact.groups.map((g) => g.townshipName)).toEqual(['乌帕尔镇', '塔什米里克乡']);
    // The registered source reads the same rows.
    expect(rpt12.rows(s.core.ctx.db, { month: '2026-11', today: TODAY })).toEqual(rows);
  });

  it('a past month counts what stood then: October', async () => {
    const s = await reportMonth();
    const [town1, town2] = rpt12Rows(s.core.ctx.db, { month: '2026-10' });
    expect(numbers(town1)).toEqual([2, 1, 2, 2, 1, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // 阿迪力 still C at the end of October
    expect(numbers(town2)).toEqual([1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0]);
  });

  it('exports and reads back: title, header groups, 栏次 甲 1…18, township rows and a 合计 with the rate recomputed (10 = 9 ÷ 8)', async () => {
    const s = await reportMonth();
    const ws = await exportAndRead(RPT12_DEFINITION, rpt12Rows(s.core.ctx.db, { month: '2026-11', today: TODAY }));
    expect(W).toBe(19);
    expect(ws.getCell('A1').value).toBe('疏附县2026年11月登记失业人员定期联系情况统计表');
    expect(ws.getCell('S2').value).toBe('单位：人、人次');
    expect(cells(ws, 3, W)).toEqual([
      '单位',
      '期末登记失业人数',
      '其中',
      '其中',
      '其中',
      '服务等级',
      '服务等级',
      '服务等级',
      '应联系人数',
      '已联系(成功)人数',
      '联系率%',
      '联系未果人数',
      '服务人次',
      '服务人次',
      '服务人次',
      '服务人次',
      '服务人次',
      '本期实现就业',
      '本期注销登记',
    ]);
    expect(cells(ws, 4, W).slice(2, 8)).toEqual([
      '就业困难人员',
      '失业6个月以上',
      '失业12个月以上',
      'A 重点帮扶',
      'B 关注服务',
      'C 常规服务',
    ]);
    expect(cells(ws, 4, W).slice(12, 17)).toEqual(['职业介绍', '职业指导', '创业服务', '政策推介', '培训推荐']);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['C3:E3', 'F3:H3', 'M3:Q3', 'A3:A4', 'K3:K4']));
    expect(cells(ws, 5, W)).toEqual(lanciRow(18));
    expect(cells(ws, 6, W)).toEqual(['乌帕尔镇', 2, 1, 1, 1, 1, 0, 1, 3, 2, 66.7, 0, 1, 1, 0, 1, 1, 1, 1]);
    expect(cells(ws, 7, W)).toEqual(['塔什米里克乡', 2, 0, 0, 0, 0, 1, 1, 2, 1, 50, 1, 0, 0, 1, 0, 0, 0, 0]);
    // 合计: sums, with 10 recomputed from the summed 9 and 8 (3 ÷ 5 = 60.0 %), not 66.7 % + 50.0 %.
    const total = cells(ws, 8, W);
    expect(total).toEqual(['合计', 4, 1, 1, 1, 1, 1, 2, 5, 3, 60, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(ws.getCell('K8').numFmt).toBe('0.0');
    const [, c1, , , , c5, c6, c7] = total as number[];
    expect(c5 + c6 + c7).toBe(c1);
    expect(ws.getCell('A9').value).toMatch(/^单位负责人：/);
    expect(ws.getCell('A10').value).toBe(`说明：${RPT12_DEFINITION.notes?.[0]}`);
  });
});

describe('RPT-12: a contact answered by a family member (issue 18)', () => {
  it('counts under 联系未果 and its services are not counted in 服务人次; the 说明 says so', async () => {
    const s = await reportMonth();
    // 布丽 (乌帕尔镇) had no contact in November: her family answers, and the clerk notes a policy talk (SV4).
    await must(s.core, 'contacts.create', {
      registrationId: s.regs.buli,
      contactDate: '2026-11-18',
      method: '3',
      result: '4',
      services: ['SV4'],
      staff: '阿依古丽',
    });
    const [town1] = rpt12Rows(s.core.ctx.db, { month: '2026-11', today: TODAY });
    //                             1  2  3  4  5  6  7  8  9 11 12 13 14 15 16 17 18
    expect(numbers(town1)).toEqual([2, 1, 1, 1, 1, 0, 1, 3, 2, 1, 1, 1, 0, 1, 1, 1, 1]);
    expect(town1.failed).toBe(1); // was 0: 布丽 is now 联系未果
    expect(town1.sv4).toBe(1); // 艾力's successful SV4 only, not the family's
    const notes = (RPT12_DEFINITION.notes ?? []).join('');
    expect(notes).toContain('服务人次只计联系成功的联系所提供的服务项目');
    expect(notes).toContain('本人外出由家属代答');
    expect(notes).toContain('计入联系未果人数，这类联系登记的服务不计入服务人次');
  });
});
