// RPT-13, RPT-14 and RPT-15 through reports.export, read back with exceljs: rows, 小计/合计, 大写, signatures and the
// three checks of RPT-15.
import type ExcelJS from 'exceljs';
import type { Core } from '../../electron/core/core';
import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { jobError } from './import-workbooks';
import { place, recognise } from './posts-fixtures';
import { exportReport } from './reports-export-read';
import { certifiedOne, claimedClass } from './training-fixtures';

/** Every row as an array of cell values (index 0 = column A), with its row number. */
function rowsOf(ws: ExcelJS.Worksheet): { n: number; v: unknown[] }[] {
  const out: { n: number; v: unknown[] }[] = [];
  ws.eachRow((row, n) =>
    out.push({ n, v: Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value) }),
  );
  return out;
}
const rowWith = (ws: ExcelJS.Worksheet, text: string) => rowsOf(ws).filter((r) => r.v.includes(text));
const startsWith = (ws: ExcelJS.Worksheet, text: string) =>
  rowsOf(ws).filter((r) => typeof r.v[0] === 'string' && (r.v[0] as string).startsWith(text));
const headerIndex = (ws: ExcelJS.Worksheet, text: string) => {
  for (const r of rowsOf(ws).slice(0, 6)) {
    const i = r.v.indexOf(text);
    if (i >= 0) return i;
  }
  throw new Error(`no header ${text}`);
};

/** RPT-15 of 2026-11 by provider: columns 1–19 of the provider's row and of 合计, with the exported sheet. */
async function rpt15Figures(core: Core) {
  const { ws } = await exportReport(core, { report: 'RPT-15', from: '2026-11', to: '2026-11', groupBy: 'employer' });
  const head = headerIndex(ws, '培训机构');
  const lanci = rowsOf(ws).find((row) => row.v[head] === '甲')!;
  const col = (n: number) => lanci.v.indexOf(String(n));
  const rowOf = (label: string) => rowsOf(ws).find((row) => row.v[head] === label)!;
  const figures = (label: string) => Array.from({ length: 19 }, (_, i) => rowOf(label).v[col(i + 1)]);
  return { ws, provider: figures('疏附县鑫达职业培训学校'), total: figures('合计') };
}

/** Trainee a (registered, passed) records a job on 2026-11-27, two days after the class end (BR-38). */
const employTraineeA = (core: Core, s: Awaited<ReturnType<typeof claimedClass>>) =>
  must(core, 'training.employment.record', {
    enrolmentId: s.trainees.ta.id,
    employedDate: '2026-11-27',
    employedUnit: '疏附县家政公司',
    employedStatus: '21',
  });

describe('training reports', () => {
  it('RPT-14: provider → class 小计, 合计 = the rows, 大写 and the roster signatures', async () => {
    const core = makeCore();
    const s = await claimedClass(core);
    const { ws, r } = await exportReport(core, { report: 'RPT-14', month: '2026-11' });
    expect(r.rows).toBe(2);
    expect(ws.getCell(1, 1).value).toBe('疏附县2026年11月职业培训补贴申领花名册');
    const name = headerIndex(ws, '姓名');
    const [sub, liv, tot] = ['培训补贴', '生活费补贴', '合计'].map((h) => headerIndex(ws, h));
    const data = rowsOf(ws).filter((row) => typeof row.v[name] === 'string' && (row.v[0] as number) > 0);
    expect(
      data
        .map((row) => [
          row.v[headerIndex(ws, '班级编号')],
          row.v[headerIndex(ws, '人员类别')],
          row.v[sub],
          row.v[liv],
          row.v[tot],
        ])
        .sort(),
    ).toEqual(
      [
        ['PX2026-001', '城镇登记失业人员', 1000, 0, 1000],
        ['PX2026-001', '就业困难人员', 1000, 330, 1330],
      ].sort(),
    );
    const grand = rowsOf(ws).find((row) => row.v[headerIndex(ws, '培训机构')] === '合计')!;
    expect([grand.v[sub], grand.v[liv], grand.v[tot]]).toEqual([2000, 330, 2330]);
    expect(rowWith(ws, 'PX2026-001小计')).toHaveLength(1);
    expect(startsWith(ws, '合计人民币（大写）：')[0].v[0]).toBe('合计人民币（大写）：贰仟叁佰叁拾元整');
    expect(startsWith(ws, '编制人：')[0].v[0]).toBe('编制人：古丽　　审核人：县就业局 努尔　　审批人：');
    // No rule or code id in any cell.
    const text = rowsOf(ws)
      .flatMap((row) => row.v.filter((x) => typeof x === 'string'))
      .join('\n');
    expect(text).not.toMatch(/\b(BR|VR|CFG)-\d|\bE\d{2}\b/);
    expect(s.batchId).toBeTruthy();
  });

  it('RPT-14 prints the 社保卡金融账户/银行卡号 under 社会保障卡号(银行账号), not the 就业创业证号, as RPT-06/09 do', async () => {
    const core = makeCore();
    const s = await claimedClass(core);
    const accounts = async () => {
      const { ws } = await exportReport(core, { report: 'RPT-14', month: '2026-11', full: true });
      const [name, account] = ['姓名', '社会保障卡号(银行账号)'].map((h) => headerIndex(ws, h));
      return rowsOf(ws)
        .filter((row) => typeof row.v[name] === 'string' && (row.v[0] as number) > 0)
        .map((row) => row.v[account]);
    };
    // Both numbers on every trainee: the draft reads them live, the reviewed roster its copies.
    core.ctx.db
      .prepare(
        `UPDATE persons SET card_no = 'JY' || substr(id_number, 11), bank_card_no = '6217' || substr(id_number, 7)`,
      )
      .run();
    await must(core, 'subsidies.unreview', { id: s.batchId, reason: '核对账号' });
    const draft = await accounts();
    expect(draft).toHaveLength(2);
    expect(draft.every((a) => typeof a === 'string' && a.startsWith('6217'))).toBe(true);
    await must(core, 'subsidies.review', { id: s.batchId, reviewedBy: '县就业局 努尔' });
    expect(await accounts()).toEqual(draft);
  });

  it('RPT-14 refuses a month without a roster', async () => {
    const core = makeCore();
    await claimedClass(core);
    const e = await jobError(core, 'reports.export', { report: 'RPT-14', month: '2026-10', full: false });
    expect(e.message).toBe('2026年10月还没有编制职业培训补贴申领花名册，请先编制花名册。');
  });

  it('RPT-13: trainees grouped by class with results, certificates and employment after training', async () => {
    const core = makeCore();
    const s = await claimedClass(core);
    await employTraineeA(core, s);
    const { ws, r } = await exportReport(core, { report: 'RPT-13', from: '2026-11', to: '2026-11' });
    expect(r.rows).toBe(3);
    const klass = headerIndex(ws, '培训班');
    const [res, cert, emp, cat] = ['考核结果', '证书类型', '培训后就业情况', '人员类别'].map((h) => headerIndex(ws, h));
    const data = rowsOf(ws).filter(
      (row) => typeof row.v[0] === 'number' && String(row.v[klass]).startsWith('PX2026-001 '),
    );
    expect(data[0].v[klass]).toBe(
      'PX2026-001 疏附县鑫达职业培训学校（就业技能培训，目标证书：职业技能等级证书(五级/初级工)）',
    );
    expect(data.map((row) => [row.v[cat], row.v[res], row.v[cert], row.v[emp]])).toEqual([
      ['城镇登记失业人员', '合格', '职业技能等级证书(五级/初级工)', '已就业（2026-11-27 疏附县家政公司）'],
      ['就业困难人员', '合格', '职业技能等级证书(五级/初级工)', null],
      ['农村转移就业劳动者', '合格', '培训合格证书', null],
    ]);
    expect(String(data[0].v[headerIndex(ws, '公民身份号码')])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });

  it('RPT-15: the three checks hold and the rate follows a recorded employment', async () => {
    const core = makeCore();
    const s = await claimedClass(core);
    const read = () => rpt15Figures(core);
    const before = await read();
    //                           1  2  3  4  5  6  7  8  9 10 11 12 13 14 15  16    17     18 19
    expect(before.provider).toEqual([1, 3, 1, 1, 1, 0, 0, 0, 0, 3, 3, 2, 0, 1, 0, 0, 2000, 330, 3]);
    const f = before.total as number[];
    expect(f[1]).toBe(f.slice(2, 9).reduce((x, y) => x + y, 0));
    expect(f[10]).toBe(f[11] + f[12] + f[13]);
    await employTraineeA(core, s);
    const after = await read();
    // The rate cell holds 15 ÷ 19 × 100 rounded to 0.1: 33.3 (the header says %).
    expect([after.total[14], after.total[15]]).toEqual([1, 33.3]);
  });

  it("RPT-15: one 培训后就业率, on BR-38's base (就业技能/创业培训 passed, column 19), stated in the 说明", async () => {
    const core = makeCore();
    const s = await claimedClass(core);
    await employTraineeA(core, s);
    // A 岗位技能提升培训 class with one passed trainee: in 10 (every type's passed) but not followed (BR-38), so not in 19.
    const upskill = await s.c.newClass({ trainingType: '02', targetCertificate: '05' });
    await certifiedOne(core, upskill, await s.c.registered('19850101'), {
      filed: '2026-11-10',
      opened: '2026-11-16',
      hours: 100,
      cert: { certType: '05', certNo: 'P9', certDate: '2026-11-26' },
    });
    const { ws, provider, total } = await rpt15Figures(core);
    //             1  2  10 15   16  19: the rate is 1 ÷ 3 (not 1 ÷ 4 = 25.0 over column 10)
    for (const f of [provider, total]) expect([f[0], f[1], f[9], f[14], f[15], f[18]]).toEqual([2, 4, 4, 1, 33.3, 3]);
    const headers = rowWith(ws, '培训机构')[0].v;
    expect(headers[headers.length - 1]).toBe('就业技能和创业培训结业合格人数');
    // The 说明 states the one rate and its base; no second rate anywhere in the sheet.
    const text = rowsOf(ws)
      .flatMap((row) => row.v)
      .map((v) => String(v ?? ''))
      .join('|');
    expect(text).toContain('16 = 15÷19×100');
    expect(text).toContain('16栏培训后就业率以19栏为基数（10栏为各类培训的结业合格人数）');
    expect(text).not.toContain('按此计算就业率');
  });
  it('RPT-15 under a county layout saved before column 19 existed: 19 is still written, with its figure', async () => {
    // Any report: a node the saved layout does not name keeps its default header and is exported after the named ones.
    const core = makeCore();
    await claimedClass(core);
    const view = await must(core, 'reportLayouts.get', { report: 'RPT-15' });
    const older = view.defaults.columns.filter((n) => n.id !== 'c19');
    expect(older).toHaveLength(view.defaults.columns.length - 1);
    const columns = older.map((n) => ({ id: n.id, header: n.id === 'c2' ? '参训人数' : n.header, omit: false }));
    await must(core, 'reportLayouts.save', {
      report: 'RPT-15',
      layout: { title: null, signatures: null, columns },
      expectedUpdatedAt: view.updatedAt,
    });
    const saved = await must(core, 'reportLayouts.get', { report: 'RPT-15' });
    expect(saved.layout?.columns.some((c) => c.id === 'c19')).toBe(false);
    expect(saved.defaults.columns.at(-1)).toMatchObject({ id: 'c19', header: '就业技能和创业培训结业合格人数' });

    const { ws, provider } = await rpt15Figures(core);
    const headers = rowWith(ws, '培训机构')[0].v;
    expect(headers).toContain('参训人数');
    expect(headers[headers.length - 1]).toBe('就业技能和创业培训结业合格人数');
    //                  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15  16    17     18 19
    expect(provider).toEqual([1, 3, 1, 1, 1, 0, 0, 0, 0, 3, 3, 2, 0, 1, 0, 0, 2000, 330, 3]);
  });

  it('BR-38: a post already held at the class end is not employment after training; one starting after it is', async () => {
    const core = makeCore();
    const s = await claimedClass(core); // class end 2026-11-25, today 2026-11-28
    // b (recognised K01 on 11-12) goes on a post during the class and is still on it at the end.
    await place(core, s.persons.b, s.c.urbanPostId, {
      basisCode: 'K01',
      basisDate: '2026-11-12',
      startDate: '2026-11-20',
    });
    // a goes on a post two days after the class end.
    await recognise(core, s.persons.a);
    await place(core, s.persons.a, s.c.urbanPostId, { startDate: '2026-11-27' });
    const { ws, total } = await rpt15Figures(core);
    // Columns 10, 15, 16, 19: all three passed trainees are followed (the class is 就业技能培训).
    expect([total[9], total[14], total[15], total[18]]).toEqual([3, 1, 33.3, 3]);
    expect(ws.name).toBe('职业技能培训情况统计表');
    const r13 = (await exportReport(core, { report: 'RPT-13', from: '2026-11', to: '2026-11' })).ws;
    const [cat, emp] = ['人员类别', '培训后就业情况'].map((h) => headerIndex(r13, h));
    const data = rowsOf(r13).filter((row) => typeof row.v[0] === 'number');
    expect(data.map((row) => [row.v[cat], row.v[emp]])).toEqual([
      ['城镇登记失业人员', '已就业'],
      ['就业困难人员', null],
      ['农村转移就业劳动者', null],
    ]);
    const follow = await must(core, 'training.followUps', {});
    expect(follow.items.map((i) => i.personId).sort()).toEqual([s.persons.b, s.persons.d].sort());
    expect(follow.rate).toEqual({ passed: 3, employed: 1, percent: 33.3 });
  });
});
