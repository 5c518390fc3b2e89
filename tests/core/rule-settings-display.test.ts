// Issue 19: the display settings of 规则设置 take effect, changed through ruleSettings.set as a clerk would.
// CFG-30 (reports.moneyUnit): the statistical tables' amounts in 元 or 万元 (2 decimals), read on the period's last
// day; rosters of payments stay in 元. CFG-29 (privacy.maskPattern): lists and masked exports show the pattern in
// force; full exports and the contact work list's last-6 search form do not change.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, makeCore, must } from './harness';
import { RPT04_COLUMNS } from '../../electron/core/modules/placements/reports/rpt04';
import { findRow, reportScene, rowValues } from './posts-report-scene';
import { exportReport } from './reports-export-read';
import { subsidyCounty } from './subsidies-fixtures';

type Core = Parameters<typeof must>[0];
const set = (core: Core, key: string, effectiveFrom: string, values: Record<string, string | number | boolean>) =>
  must(core, 'ruleSettings.set', { key, effectiveFrom, values, note: null });

/** Header texts of a sheet's header rows (3–4), flattened. */
const headers = (ws: ExcelJS.Worksheet) => [3, 4].flatMap((r) => rowValues(ws, r).map((v) => String(v ?? '')));
/** The unit line (row 2), merged cells read once. */
const unitLine = (ws: ExcelJS.Worksheet) => [...new Set(rowValues(ws, 2).map((v) => String(v ?? '')))].join(' ');

/** A reviewed October roster of the subsidy county: RPT-07 columns 19–21 and the RPT-06 roster have amounts. */
async function octoberRoster() {
  const core = makeCore();
  const c = await subsidyCounty(core);
  await must(core, 'attendance.generate', { month: '2026-10' });
  const oct = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
  await must(core, 'subsidies.review', { id: oct.id, reviewedBy: '阿依古丽', confirmUnentered: true });
  return { core, c };
}

describe('CFG-30 money unit of the statistical tables', () => {
  it('RPT-07 shows the same amounts in 万元 (2 decimals) with its headers and unit line saying so; RPT-06 stays in 元', async () => {
    const { core } = await octoberRoster();
    const yuan = (await exportReport(core, { report: 'RPT-07', month: '2026-10' })).ws;
    const yuanTotal = findRow(yuan, '合计');
    const inYuan = rowValues(yuan, yuanTotal).slice(19, 22) as number[];
    expect([inYuan[0] > 0, inYuan[2] > 0]).toEqual([true, true]);
    expect(headers(yuan)).toContain('本期岗位补贴(元)');
    expect(unitLine(yuan)).toContain('单位：个、人、元');

    // From 2026-10-01: October's tables (last day 2026-10-31) are in 万元.
    await set(core, 'reports.moneyUnit', '2026-10-01', { value: 'wanYuan' });
    const wan = (await exportReport(core, { report: 'RPT-07', month: '2026-10' })).ws;
    const total = findRow(wan, '合计');
    expect(total).toBe(yuanTotal);
    const inWan = rowValues(wan, total).slice(19, 22) as number[];
    expect(inWan).toEqual(inYuan.map((v) => Math.round(v / 100) / 100));
    expect(headers(wan)).toEqual(expect.arrayContaining(['本期岗位补贴(万元)', '本期社保补贴(万元)']));
    expect(headers(wan)).not.toContain('本期岗位补贴(元)');
    expect(unitLine(wan)).toContain('单位：个、人、万元');
    expect(wan.getCell(total, 20).numFmt).toBe('#,##0.00');
    // Each 乡镇 row the same way; the 合计 is the total rounded, never more than a cent of 万元 from the rows' sum.
    const town = findRow(wan, '乌帕尔镇');
    expect(rowValues(wan, town).slice(19, 22)).toEqual(
      (rowValues(yuan, findRow(yuan, '乌帕尔镇')).slice(19, 22) as number[]).map((v) => Math.round(v / 100) / 100),
    );
    const rows = Array.from({ length: total - 6 }, (_, i) => rowValues(wan, 6 + i)[19] as number | null);
    expect(Math.abs(rows.reduce<number>((a, v) => a + (v ?? 0), 0) - inWan[0])).toBeLessThanOrEqual(0.01 * rows.length);

    // The roster the finance office pays from keeps 元 and the fen.
    const roster = (await exportReport(core, { report: 'RPT-06', month: '2026-10' })).ws;
    expect(unitLine(roster)).not.toContain('万元');
    const amounts = Array.from({ length: roster.rowCount }, (_, r) => rowValues(roster, r + 1)).flat();
    expect(amounts).toContain(inYuan[0]);
  });

  it('the unit in force on the period’s last day: a change from November leaves October in 元', async () => {
    const { core } = await octoberRoster();
    await set(core, 'reports.moneyUnit', '2026-11-01', { value: 'wanYuan' });
    const oct = (await exportReport(core, { report: 'RPT-07', month: '2026-10' })).ws;
    expect(unitLine(oct)).toContain('单位：个、人、元');
    const nov = (await exportReport(core, { report: 'RPT-07', month: '2026-11' })).ws;
    expect(unitLine(nov)).toContain('单位：个、人、万元');
  });

  it('a unit outside the list is refused, naming the field', async () => {
    const core = makeCore();
    const r = await call(core, 'ruleSettings.set', {
      key: 'reports.moneyUnit',
      effectiveFrom: '2026-11-01',
      values: { value: '千元' },
      note: null,
    });
    expect(r.ok ? null : r.error.fields).toEqual({ 'values.value': '请选择“统计表金额单位”' });
  });
});

describe('RPT-04 states the subsidy period rules in force (CFG-04, CFG-05)', () => {
  it('its 说明 follows the settings instead of a fixed 36 months and 5 years', async () => {
    const s = await reportScene(makeCore());
    const note = async () => {
      const { ws } = await exportReport(s.core, { report: 'RPT-04', month: '2026-11' });
      const cells: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))));
      return cells.find((c) => c.includes('累计不超过'));
    };
    expect(await note()).toContain('不足5年的，补贴延长至法定退休前一个月；其他人员累计不超过36个月。');
    await set(s.core, 'posts.subsidyMaxMonths', '2026-11-01', { value: 24 });
    await set(s.core, 'posts.nearRetirementMonths', '2026-11-01', { value: 30 });
    expect(await note()).toContain('不足30个月的，补贴延长至法定退休前一个月；其他人员累计不超过24个月。');
  });
});

describe('CFG-29 ID mask pattern', () => {
  it('3 + 2: persons.list, a placement and a masked RPT-04 show the new mask; a full export keeps the ID', async () => {
    const s = await reportScene(makeCore());
    const p1 = await must(s.core, 'placements.get', { id: s.p.P1 });
    const id = s.core.ctx.db.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(p1.personId) as string;
    const listed = async () =>
      (await must(s.core, 'persons.list', {})).items.find((i) => i.id === p1.personId)!.idNumberMasked;
    expect(await listed()).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);

    // From next month: not in force yet (today 2026-11-28).
    await set(s.core, 'privacy.maskPattern', '2026-12-01', { keepStart: 3, keepEnd: 2 });
    expect(await listed()).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
    await set(s.core, 'privacy.maskPattern', '2026-11-01', { keepStart: 3, keepEnd: 2 });
    const threeTwo = `${id.slice(0, 3)}${'*'.repeat(13)}${id.slice(-2)}`;
    expect(await listed()).toBe(threeTwo);
    expect((await must(s.core, 'persons.get', { id: p1.personId })).idNumberMasked).toBe(threeTwo);
    expect((await must(s.core, 'placements.get', { id: s.p.P1 })).idNumberMasked).toBe(threeTwo);

    const col = RPT04_COLUMNS.findIndex((c) => c.header === '公民身份号码');
    const nameCol = RPT04_COLUMNS.findIndex((c) => c.header === '姓名') + 1;
    const masked = (await exportReport(s.core, { report: 'RPT-04', month: '2026-11' })).ws;
    expect(rowValues(masked, findRow(masked, p1.personName, nameCol))[col]).toBe(threeTwo);
    const full = (await exportReport(s.core, { report: 'RPT-04', month: '2026-11', full: true })).ws;
    expect(rowValues(full, findRow(full, p1.personName, nameCol))[col]).toBe(id);

    // The 操作记录 of a write names the person with the pattern in force too.
    await must(s.core, 'placements.delete', { id: s.p.P1, reason: '录入错误' });
    const audit = await must(s.core, 'audit.list', { entity: 'placement' });
    expect(audit.items[0].summary).toContain(`${p1.personName}（${threeTwo}）`);
  });

  it('a pattern outside its bounds is refused, naming the field', async () => {
    const core = makeCore();
    const r = await call(core, 'ruleSettings.set', {
      key: 'privacy.maskPattern',
      effectiveFrom: '2026-11-01',
      values: { keepStart: 7, keepEnd: 4 },
      note: null,
    });
    expect(r.ok ? null : r.error.fields).toEqual({
      'values.keepStart': '“公民身份号码隐藏显示（显示前）”应在 0–6位 之间',
    });
  });
});
