import { describe, expect, it } from 'vitest';
import { RECORDED_MARK, RPT04_COLUMNS, rpt04 } from '../../electron/core/modules/placements/reports/rpt04';
import { makeCore, must } from './harness';
import { exportAndRead, findRow, reportScene, rowValues } from './posts-report-scene';

// RPT-04 公益性岗位安置人员花名册 (DOMAIN §6.4), written with writeReport and read back with exceljs: one row per
// placement on post at some time in the month, grouped by 乡镇 with 小计 (人数) and 合计; masked IDs as text
// (VR-09) unless full; the recorded basis marked (issue 6); BR-18 months as of the month end (or today).

const col = (header: string) => RPT04_COLUMNS.findIndex((c) => c.header === header);
const monthText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 7) : v);

describe('RPT-04 公益性岗位安置人员花名册', () => {
  it('lists the placements of the month by 乡镇 with 小计 and 合计; masked IDs; recorded basis marked', async () => {
    const s = await reportScene(makeCore());
    const ws = await exportAndRead(s.core, rpt04);
    expect(ws.getCell('A1').value).toBe('疏附县2026年11月公益性岗位安置人员花名册');
    expect(rowValues(ws, 3)).toEqual(RPT04_COLUMNS.map((c) => c.header));
    // 乌帕尔镇: P1–P6 (6 rows) + 小计; 塔什米里克乡: P8, P9, P10 (P7 left before the month) + 小计; 合计.
    const sub1 = findRow(ws, '乌帕尔镇小计', 2);
    const sub2 = findRow(ws, '塔什米里克乡小计', 2);
    const total = findRow(ws, '合计');
    expect([sub1, sub2, total]).toEqual([10, 14, 15]);
    expect(rowValues(ws, sub1)[col('姓名')]).toBe(6);
    expect(rowValues(ws, sub2)[col('姓名')]).toBe(3);
    expect(rowValues(ws, total)[col('姓名')]).toBe(9);

    const p1 = await must(s.core, 'placements.get', { id: s.p.P1 });
    const row = rowValues(ws, findRow(ws, p1.personName, col('姓名') + 1));
    expect(row[col('公民身份号码')]).toBe(p1.idNumberMasked);
    expect(ws.getCell(findRow(ws, p1.personName, col('姓名') + 1), col('公民身份号码') + 1).numFmt).toBe('@');
    expect(row[col('安置类别')]).toBe(`低保对象${RECORDED_MARK}`);
    expect(row[col('合同(协议)起止')]).toBe('2026-06-01至2027-12-31');
    expect([monthText(row[col('首次享受补贴年月')]), monthText(row[col('补贴截止年月')])]).toEqual([
      '2026-06',
      '2029-05',
    ]);
    expect([row[col('是否延至退休')], row[col('已享受月数')], row[col('剩余月数')], row[col('状态')]]).toEqual([
      '否',
      6,
      30,
      '在岗',
    ]);

    const p2 = await must(s.core, 'placements.get', { id: s.p.P2 });
    const left = rowValues(ws, findRow(ws, p2.personName, col('姓名') + 1));
    expect(left[col('状态')]).toBe('已离岗');
    expect((left[col('离岗日期')] as Date).toISOString().slice(0, 10)).toBe('2026-11-10');
    expect(left[col('离岗原因')]).toBe('通过其他渠道实现就业');
    const notes = Array.from({ length: 6 }, (_, i) => String(ws.getCell(total + 2 + i, 1).value ?? '')).join('\n');
    expect(notes).toContain(`安置类别标注“${RECORDED_MARK}”的`);
  });

  it('合同(协议)起止 is the contract in force at the month end, not a renewal that begins later (§6.4, BR-31)', async () => {
    const s = await reportScene(makeCore());
    const p1 = await must(s.core, 'placements.get', { id: s.p.P1 });
    // Renewed early (today 2026-11-28): the new term begins 2028-01-01; placements.contract_* now hold it.
    const renewed = await must(s.core, 'placements.renew', {
      id: p1.id,
      expectedUpdatedAt: p1.updatedAt,
      contractEnd: '2029-12-31',
    });
    expect([renewed.placement.contractStart, renewed.placement.contractEnd]).toEqual(['2028-01-01', '2029-12-31']);
    const ws = await exportAndRead(s.core, rpt04);
    const row = rowValues(ws, findRow(ws, p1.personName, col('姓名') + 1));
    expect(row[col('合同(协议)起止')]).toBe('2026-06-01至2027-12-31');
  });

  it('a full export shows the IDs in clear, as text, under the 内部资料 line (§9.5)', async () => {
    const s = await reportScene(makeCore());
    const ws = await exportAndRead(
      s.core,
      rpt04,
      { month: '2026-11', today: '2026-11-28', townshipId: s.town2, townshipName: '塔什米里克乡' },
      true,
    );
    expect(ws.getCell('A2').value).toBe('内部资料 注意保密');
    const id = s.core.ctx.db
      .prepare('SELECT id_number FROM persons p JOIN placements pl ON pl.person_id = p.id WHERE pl.id = ?')
      .pluck()
      .get(s.p.P8);
    const r = findRow(ws, String(id), col('公民身份号码') + 1);
    expect(r).toBeGreaterThan(0);
    expect(rowValues(ws, r)[col('安置类别')]).toBe(`零就业家庭成员${RECORDED_MARK}`);
    expect(findRow(ws, '乌帕尔镇', 2)).toBe(-1);
  });
});
