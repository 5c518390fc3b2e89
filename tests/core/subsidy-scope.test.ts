// Rosters of one 乡镇 or one 用人单位 (DOMAIN §3.10 范围) through dispatch on real SQLite files: a scoped roster takes
// only its rows, a county roster after it the rest, a scoped roster refuses rows already on another (nothing
// written), the review lock, un-review and 补发/扣回 name the scoped roster, and RPT-06 / RPT-09 write one sheet per
// roster whose title names the scope, read back with exceljs.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { ReportExportResult } from '../../shared/contract/reports';
import { fenToChineseUpper } from '../../shared/domain/money';
import { rowsStarting } from '../workbook-rows';
import { call, callUnchanged, makeCore, must } from './harness';
import { jobData, takeWorkbook } from './import-workbooks';
import { gradInput, graduate, internCounty } from './internships-fixtures';
import { fieldsOf, messageOf, refusedBadInput } from './refusals';
import { adjustment, entry, hostRoster, twoTownships } from './subsidies-fixtures';

const OCT = '2026年10月';
const KIND = '公益性岗位岗位补贴发放花名册';

async function exportBook(core: Core, input: Record<string, unknown>) {
  const r = await jobData<ReportExportResult>(core, 'reports.export', { full: false, ...input });
  return (await takeWorkbook(core, r.fileId)).wb;
}

describe('rosters of one 乡镇 or one 用人单位', () => {
  it('a 乡镇 roster takes its rows, the county roster after it the rest; overlapping rosters are refused with nothing written', async () => {
    const { core, c, town } = await twoTownships();
    const t2 = await must(core, 'subsidies.generateBatch', town);
    expect(t2).toMatchObject({
      name: `${OCT}塔什米里克乡${KIND}`,
      scope: 'township',
      scopeId: c.town2,
      scopeName: '塔什米里克乡',
      persons: 1,
    });
    expect(t2.items.map((i) => i.townshipName)).toEqual(['塔什米里克乡']);
    // Generating it again adds nothing.
    expect((await must(core, 'subsidies.generateBatch', town)).items).toHaveLength(1);

    const county = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    expect(county).toMatchObject({ name: `${OCT}${KIND}`, scope: 'county', scopeName: null, persons: 2 });
    expect(new Set(county.items.map((i) => i.townshipName))).toEqual(new Set(['乌帕尔镇']));

    // A 乡镇 or 单位 whose rows are on another roster is refused, naming it, and nothing is written.
    const t1 = await callUnchanged(core, 'subsidies.generateBatch', { ...town, townshipId: c.town1 });
    expect(messageOf(t1)).toBe(
      `乌帕尔镇${OCT}有 2 人的考勤已列入“${OCT}${KIND}”，一条考勤只能列入一个发放花名册，不能再编制乌帕尔镇的花名册。`,
    );
    expect(fieldsOf(t1)).toEqual({ townshipId: '已有 2 人列入其他花名册' });
    const e1 = await callUnchanged(core, 'subsidies.generateBatch', {
      kind: 'post',
      month: '2026-10',
      scope: 'employer',
      employerId: c.employerId,
    });
    expect(fieldsOf(e1)).toEqual({ employerId: '已有 2 人列入其他花名册' });

    const list = await must(core, 'subsidies.list', { month: '2026-10', kind: 'post' });
    expect(list.items.map((b) => b.name)).toEqual([`${OCT}${KIND}`, `${OCT}塔什米里克乡${KIND}`]);
    expect(county.totalFen + t2.totalFen).toBe(
      (core.ctx.db.prepare('SELECT sum(amount_fen) FROM subsidy_batch_items').pluck().get() as number) ?? 0,
    );
  });

  it('a 用人单位 roster, then a county roster of the rest; a county roster with every row on scoped ones is refused', async () => {
    const { core, c, employer2, town } = await twoTownships();
    const e1 = await must(core, 'subsidies.generateBatch', {
      kind: 'post',
      month: '2026-10',
      scope: 'employer',
      employerId: c.employerId,
    });
    expect(e1).toMatchObject({ name: `${OCT}乌帕尔镇人民政府${KIND}`, scope: 'employer', persons: 2 });
    // The 乡镇 of the other employer: its own roster; then the county has nothing left.
    const e2 = await must(core, 'subsidies.generateBatch', { ...town, scope: 'employer', employerId: employer2 });
    expect(e2.persons).toBe(1);
    const county = await callUnchanged(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    expect(messageOf(county)).toBe(`${OCT}的考勤记录都已列入乡镇或单位的发放花名册，无需再编制全县花名册。`);
    // And 塔什米里克乡 as a whole is refused: its one row is on the employer's roster.
    expect(messageOf(await callUnchanged(core, 'subsidies.generateBatch', town))).toContain(
      `已列入“${OCT}塔什米里克乡人民政府${KIND}”`,
    );
  });

  it('refuses a scope without its 乡镇 or 单位, an unknown one, and a 乡镇 without rows in the month', async () => {
    const { core, c, town } = await twoTownships();
    expect(
      await callUnchanged(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10', scope: 'township' }),
    ).toMatchObject(refusedBadInput({ townshipId: '请选择乡镇(街道)' }));
    expect(
      await callUnchanged(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10', scope: 'employer' }),
    ).toMatchObject(refusedBadInput({ employerId: '请选择用人单位' }));
    const unknown = await callUnchanged(core, 'subsidies.generateBatch', { ...town, townshipId: c.village3 });
    expect(fieldsOf(unknown)).toEqual({ townshipId: '找不到该乡镇(街道)' });
    const none = await callUnchanged(core, 'subsidies.generateBatch', { ...town, month: '2026-11' });
    expect(messageOf(none)).toBe('2026年11月塔什米里克乡还没有考勤记录，请先生成考勤。');
  });

  it('review locks the 乡镇 roster and its rows naming it; un-review; a 补发/扣回 names it; RPT-06 writes a sheet per roster', async () => {
    const { core, town, employer2 } = await twoTownships();
    const t2 = await must(core, 'subsidies.generateBatch', town);
    const county = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    const scopedName = `${OCT}塔什米里克乡${KIND}`;
    await must(core, 'subsidies.review', { id: t2.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    await must(core, 'subsidies.review', { id: county.id, reviewedBy: '阿依古丽', confirmUnentered: true });

    const grid = await must(core, 'attendance.grid', { month: '2026-10', employerId: employer2 });
    const edit = await callUnchanged(core, 'attendance.save', {
      month: '2026-10',
      employerId: employer2,
      rows: [entry(grid.rows[0], { deductionFen: 1_000, deductionReason: '迟到' })],
    });
    expect(messageOf(edit)).toContain(`已列入“${scopedName}”（已审核），已锁定，不能修改。`);
    expect(messageOf(await callUnchanged(core, 'subsidies.generateBatch', town))).toBe(
      `“${scopedName}”已审核，已锁定，不能修改。如需更正，请在以后月份的补发/扣回花名册中办理。`,
    );
    expect(() => core.ctx.db.prepare('UPDATE subsidy_batches SET township_id = NULL WHERE id = ?').run(t2.id)).toThrow(
      /已审核/,
    );
    const back = await must(core, 'subsidies.unreview', { id: t2.id, reason: '核对' });
    expect(back).toMatchObject({ status: 'draft', name: scopedName });
    await must(core, 'subsidies.review', { id: t2.id, reviewedBy: '阿依古丽', confirmUnentered: true });

    // November: a 扣回 of the scoped roster's row on the county's 补发/扣回 roster names the scoped roster.
    await must(core, 'attendance.generate', { month: '2026-11' });
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    const corrected = await must(core, 'subsidies.adjust', adjustment(sup.id, t2.items[0].id, -1_000, '多发扣回'));
    expect(corrected.items[0]).toMatchObject({ adjustsBatchName: scopedName, amountFen: -1_000 });
    expect(messageOf(await call(core, 'subsidies.unreview', { id: t2.id, reason: '核对' }))).toBe(
      `“${scopedName}”已有“2026年11月公益性岗位岗位补贴补发/扣回花名册”对其补发/扣回，不能撤销审核。`,
    );

    const oct = await exportBook(core, { report: 'RPT-06', month: '2026-10' });
    expect(oct.worksheets.map((w) => w.name)).toEqual(['岗位补贴', '岗位补贴（塔什米里克乡）']);
    expect(oct.worksheets.map((w) => w.getCell('A1').value)).toEqual([
      '疏附县2026年10月公益性岗位补贴发放花名册',
      '疏附县2026年10月塔什米里克乡公益性岗位补贴发放花名册',
    ]);
    for (const [ws, b] of [
      [oct.worksheets[0], county],
      [oct.worksheets[1], t2],
    ] as const) {
      expect(ws.getCell(rowsStarting(ws, 1, '合计人民币（大写）：')[0], 1).value).toBe(
        `合计人民币（大写）：${fenToChineseUpper(b.totalFen)}`,
      );
      expect(rowsStarting(ws, 1, '编制人：古丽　　审核人：阿依古丽')).toHaveLength(1);
    }
    const scoped = JSON.stringify(oct.worksheets[1].getSheetValues());
    expect(scoped).toContain('塔什米里克乡人民政府');
    expect(scoped).not.toContain('乌帕尔镇人民政府');
    await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    const nov = await exportBook(core, { report: 'RPT-06', month: '2026-11' });
    const supWs = nov.getWorksheet('补发扣回')!;
    expect(JSON.stringify(supWs.getSheetValues())).toContain(scopedName);
  });
});

describe('见习补贴 rosters of one 见习单位', () => {
  it('takes the host’s interns only; the county roster the others; RPT-09 writes a sheet per roster', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    await must(core, 'internships.create', gradInput(await graduate(c), c.hostA));
    await must(core, 'internships.create', gradInput(await graduate(c, '20030611'), c.hostB));
    await must(core, 'allowances.generate', { month: '2026-10' });
    const host = await hostRoster(core, '2026-10', c.hostA);
    expect(host).toMatchObject({ name: '2026年10月疏附县甲见习基地见习补贴发放花名册', persons: 1 });
    expect(host.items.map((i) => i.employerName)).toEqual(['疏附县甲见习基地']);
    const county = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: '2026-10' });
    expect(county.items.map((i) => i.employerName)).toEqual(['疏附县乙见习基地']);
    const refused = await callUnchanged(core, 'subsidies.generateBatch', {
      kind: 'internship',
      month: '2026-10',
      scope: 'township',
      townshipId: c.town2,
    });
    expect(messageOf(refused)).toContain('有 1 人的见习补贴已列入“2026年10月见习补贴发放花名册”');

    const wb = await exportBook(core, { report: 'RPT-09', from: '2026-10', to: '2026-10' });
    expect(wb.worksheets.map((w) => w.getCell('A1').value)).toEqual([
      '疏附县2026年10月就业见习补贴发放花名册',
      '疏附县2026年10月疏附县甲见习基地就业见习补贴发放花名册',
    ]);
    expect(JSON.stringify(wb.worksheets[1].getSheetValues())).not.toContain('疏附县乙见习基地');
    const ws = wb.worksheets[1];
    expect(ws.getCell(rowsStarting(ws, 1, '合计人民币（大写）：')[0], 1).value).toBe(
      `合计人民币（大写）：${fenToChineseUpper(host.totalFen)}`,
    );
  });
});
