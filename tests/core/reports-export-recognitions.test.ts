// RPT-02 (DOMAIN §6.2) and the 公示名单 (BR-13, §9.6) exported through reports.export and read back with exceljs.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NO_FULL_NUMBERS } from '../../shared/contract/reports';
import { call, makeCore, must } from './harness';
import { place } from './posts-fixtures';
import { applyInput, recCounty, walk, type RecCounty } from './recognitions-fixtures';
import { successfulContact } from './registrations-fixtures';
import { jobData, takeWorkbook } from './import-workbooks';
import { refusedBadInput } from './refusals';
import { cells, expectTitleAndPeriod, exportLog, exportReport, lanciRow } from './reports-export-read';

/** today 2026-11-28; 乌帕尔镇: A back-filled 2025 (K03) then employed by a contact, D back-filled 2026-10 (K04); B recognised
 * 2026-11-12 (K01) then placed on a post; C recognised 2026-11-12 (K08) and exited 2026-11-20. 塔什米里克乡: nobody. */
async function scene(): Promise<RecCounty & { ids: Record<string, string> }> {
  const c = await recCounty(makeCore());
  const core = c.core;
  const a = await c.applicant('19800101');
  await must(core, 'recognitions.backfill', {
    personId: a.personId,
    categories: ['K03'],
    primaryCategory: 'K03',
    recognitionDate: '2025-05-01',
  });
  await must(
    core,
    'contacts.create',
    successfulContact(a.registrationId, {
      contactDate: '2026-11-25',
      employmentStatusFound: '21',
      employerOrActivity: '某物流公司',
    }),
  );
  const d = await c.applicant('19800102');
  await must(core, 'recognitions.backfill', {
    personId: d.personId,
    categories: ['K04', 'K03'],
    primaryCategory: 'K04',
    recognitionDate: '2026-10-01',
  });
  // Named so that the notice's order (by name within a village and notice start) is b, then c.
  const b = await c.applicant('19700103', undefined, { name: '古丽·努尔' });
  await walk(core, b.personId, 'recognised');
  await place(core, b.personId, c.urbanPostId, {
    basisCode: 'K01',
    basisDate: '2026-11-12',
    startDate: '2026-11-20',
    contractEnd: '2027-11-19',
  });
  const cc = await c.applicant('19900104', undefined, { name: '热依拉·努尔' });
  const cid = await walk(core, cc.personId, 'recognised', { categories: ['K08'] });
  await must(core, 'recognitions.exit', { id: cid, exitDate: '2026-11-20', exitReason: 'R11' });
  return { ...c, ids: { a: a.personId, b: b.personId, c: cc.personId, d: d.personId } };
}

const rowOf = (ws: ExcelJS.Worksheet, label: string) => {
  for (let r = 1; r <= ws.rowCount; r += 1) if (ws.getCell(r, 1).value === label) return r;
  throw new Error(`no row ${label}`);
};

describe('RPT-02 就业困难人员认定及就业情况统计表', () => {
  it('counts each column from the records; the three logic checks hold on every row read back', async () => {
    const c = await scene();
    const { ws, r } = await exportReport(c.core, { report: 'RPT-02', month: '2026-11' });
    expect(r.rows).toBe(2);
    expectTitleAndPeriod(ws, '疏附县2026年11月就业困难人员认定及就业情况统计表', '所属期：2026年11月');
    const lanci = rowOf(ws, '甲');
    expect(cells(ws, lanci, 20)).toEqual(lanciRow(19));
    //                          1  2  3  4  5  6  7  8  9  10 11 12 13 14 15 16 17 18 19
    const town1 = [['乌帕尔镇', 2, 2, 1, 0, 0, 0, 0, 0, 0, 1, 2, 1, 0, 0, 1, 1, 3, 1, 1]];
    expect([cells(ws, rowOf(ws, '乌帕尔镇'), 20)]).toEqual(town1);
    expect(cells(ws, rowOf(ws, '塔什米里克乡'), 20)).toEqual(['塔什米里克乡', ...Array(19).fill(0)]);
    expect(cells(ws, rowOf(ws, '合计'), 20)).toEqual(['合计', ...town1[0].slice(1)]);
    for (const label of ['乌帕尔镇', '塔什米里克乡', '合计']) {
      const v = cells(ws, rowOf(ws, label), 20) as number[];
      const col = (k: number) => v[k];
      expect(col(2)).toBe([3, 4, 5, 6, 7, 8, 9, 10].reduce((s, k) => s + col(k), 0));
      expect(col(11)).toBe(col(12) + col(13) + col(14) + col(15));
      expect(col(17)).toBe(col(1) + col(2) - col(16));
    }
    // One 乡镇 only.
    const one = await exportReport(c.core, { report: 'RPT-02', month: '2026-11', townshipId: c.town2 });
    expect(one.r.rows).toBe(1);
    // October: only D is new (back-filled 2026-10-01), A is opening.
    const oct = await exportReport(c.core, { report: 'RPT-02', month: '2026-10' });
    expect(cells(oct.ws, rowOf(oct.ws, '乌帕尔镇'), 20)).toEqual([
      '乌帕尔镇',
      1,
      1,
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      2,
      2,
      1,
    ]);
  });
});

describe('公示名单', () => {
  it('lists the persons in 公示 in the period with name, sex, age, category, period and office only: no ID, phone or address in any cell', async () => {
    const c = await scene();
    // The office phone: the 乡镇's (劳动保障所) when the village has none; the village committee's once it is set.
    await must(c.core, 'regions.rename', { id: c.town1, name: '乌帕尔镇', officePhone: '0998-6421234' });
    const before = await exportReport(c.core, { report: 'GS-01', from: '2026-11', to: '2026-11', townshipId: c.town1 });
    expect(cells(before.ws, rowOf(before.ws, '序号') + 1, 8)[7]).toBe('幸福路社区居民委员会 电话 0998-6421234');
    await must(c.core, 'regions.rename', {
      id: c.village2,
      name: '幸福路社区',
      officePhone: '０９９８－６４２５６７８',
    });
    const { ws, r } = await exportReport(c.core, {
      report: 'GS-01',
      from: '2026-11',
      to: '2026-11',
      townshipId: c.town1,
    });
    expect(r.rows).toBe(2);
    expect(ws.getCell('A1').value).toBe('疏附县乌帕尔镇2026年11月就业困难人员认定公示名单');
    expect(r.fileName).toMatch(/^653121_GS-01_202611_乌帕尔镇_\d{12}\.xlsx$/);
    const header = rowOf(ws, '序号');
    expect(cells(ws, header, 8)).toEqual([
      '序号',
      '村(社区)',
      '姓名',
      '性别',
      '年龄',
      '认定类别',
      '公示期',
      '受理及联系单位',
    ]);
    const b = await must(c.core, 'persons.get', { id: c.ids.b });
    expect(cells(ws, header + 1, 8)).toEqual([
      1,
      '幸福路社区',
      b.name,
      '男',
      56,
      '大龄失业人员',
      '2026-11-07 至 2026-11-09',
      '幸福路社区居民委员会 电话 0998-6425678',
    ]);
    expect(cells(ws, header + 2, 8).slice(5, 6)).toEqual(['失地农民']);
    const persons = c.core.ctx.db.prepare('SELECT id_number AS idNumber, phone, address FROM persons').all() as {
      idNumber: string;
      phone: string | null;
      address: string | null;
    }[];
    expect(persons.length).toBeGreaterThanOrEqual(4);
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => all.push(String(cell.value ?? ''))));
    const text = all.join('|');
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    for (const p of persons) {
      expect(text).not.toContain(p.idNumber.slice(-6));
      if (p.phone) expect(text).not.toContain(p.phone);
      if (p.address) expect(text).not.toContain(p.address);
    }
    expect(text).not.toMatch(/残疾类别|维吾尔族|民族/);
    // Posted in the village, not a statistical table: no 小计/合计 rows, no 单位负责人/审核人 line; the poster stamps and dates it.
    expect(text).not.toMatch(/小计|合计|单位负责人|审核人/);
    expect(text).toContain('公示单位（盖章）');
    expect(text).toContain('以上人员已申请认定为就业困难人员，经村(社区)初审，现予公示。');
    // Another period: none.
    expect((await exportReport(c.core, { report: 'GS-01', from: '2026-09', to: '2026-10' })).r.rows).toBe(0);
    // Meant to be posted: never stamped 内部资料 注意保密, and 导出完整号码 is refused (it has no numbers to show).
    expect(text).not.toContain('内部资料');
    expect(
      await call(c.core, 'reports.export', { report: 'GS-01', from: '2026-11', to: '2026-11', full: true }),
    ).toMatchObject(refusedBadInput({ full: NO_FULL_NUMBERS }));
  });
});

describe('公示名单: the notices that start in the 统计期 (audit6)', () => {
  /** An applicant of 乌帕尔镇 whose 公示 runs from `start` to `end`. */
  async function inNotice(c: RecCounty, birth: string, name: string, applyDate: string, start: string, end: string) {
    const a = await c.applicant(birth, '2026-10-20', { name });
    const { id } = await must(c.core, 'recognitions.apply', applyInput(a.personId, { applyDate }));
    await must(c.core, 'recognitions.villageReview', {
      id,
      date: applyDate,
      reviewer: '村委会 吐尔逊',
      opinion: '情况属实',
      decision: 'pass',
      noticeStart: start,
      noticeEnd: end,
    });
  }
  const names = async (c: RecCounty, from: string, to: string) => {
    const { ws } = await exportReport(c.core, { report: 'GS-01', from, to, townshipId: c.town1 });
    const out: unknown[] = [];
    for (let row = rowOf(ws, '序号') + 1; typeof ws.getCell(row, 1).value === 'number'; row += 1)
      out.push(ws.getCell(row, 3).value);
    return { out, ws };
  };

  it('lists a notice starting later this month (to post) and not one that started last month; no unit/period line', async () => {
    const c = await scene(); // today 2026-11-28; B and C in 公示 2026-11-07 to 11-09
    await inNotice(c, '19700110', '阿不都·卡德尔', '2026-10-27', '2026-10-30', '2026-11-03');
    await inNotice(c, '19700111', '买买提·艾力', '2026-11-27', '2026-11-29', '2026-12-01');
    const p = (id: string) => c.core.ctx.db.prepare('SELECT name FROM persons WHERE id = ?').pluck().get(id);
    const november = await names(c, '2026-11', '2026-11');
    expect(november.out).toEqual([p(c.ids.b), p(c.ids.c), '买买提·艾力']);
    expect((await names(c, '2026-10', '2026-10')).out).toEqual(['阿不都·卡德尔']);
    // Several months: every notice started in them, in notice order within the village.
    expect((await names(c, '2026-10', '2026-11')).out).toEqual([
      '阿不都·卡德尔',
      p(c.ids.b),
      p(c.ids.c),
      '买买提·艾力',
    ]);
    // A poster of one 乡镇: the title names the 乡镇 and the month; no 填报单位（盖章） and no 统计期 under it.
    const text: string[] = [];
    november.ws.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value ?? ''))));
    expect(november.ws.getCell('A1').value).toBe('疏附县乌帕尔镇2026年11月就业困难人员认定公示名单');
    expect(text.join('|')).not.toMatch(/填报单位|统计期/);
  });
});

describe('公示名单 按村(社区)分页', () => {
  /** Every sheet of a GS-01 export: its name, title, data rows (name column) and whether the notice parts are on it. */
  async function pages(c: RecCounty, input: Record<string, unknown>) {
    const r = await jobData<{ fileId: string; rows: number }>(c.core, 'reports.export', {
      report: 'GS-01',
      from: '2026-11',
      to: '2026-11',
      full: false,
      ...input,
    });
    const { wb } = await takeWorkbook(c.core, r.fileId);
    const sheets = wb.worksheets.map((ws) => {
      const header = rowOf(ws, '序号');
      const names: unknown[] = [];
      for (let row = header + 1; typeof ws.getCell(row, 1).value === 'number'; row += 1)
        names.push(ws.getCell(row, 3).value);
      const text: string[] = [];
      ws.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value ?? ''))));
      const all = text.join('|');
      const notice = all.includes('公示单位（盖章）') && all.includes('经村(社区)初审，现予公示');
      return { name: ws.name, title: ws.getCell('A1').value, names, notice };
    });
    return { rows: r.rows, sheets };
  }

  it('writes one notice per 村(社区): its own title naming the village, the notice text and the stamp line on each', async () => {
    const c = await scene();
    const p = (id: string) => c.core.ctx.db.prepare('SELECT name FROM persons WHERE id = ?').pluck().get(id);
    // One more applicant in 公示 in 阿亚格曼干村 (乌帕尔镇) and one in 库木巴格村 (塔什米里克乡).
    const v1 = await c.applicant('19700105', undefined, { name: '阿不都·热合曼', residenceRegionId: c.village1 });
    await walk(c.core, v1.personId, 'notice');
    const v3 = await c.applicant('19700106', undefined, { name: '买买提·吐尔逊', residenceRegionId: c.village3 });
    await walk(c.core, v3.personId, 'notice');

    const town = await pages(c, { townshipId: c.town1, byVillage: true });
    expect(town.rows).toBe(3);
    expect(town.sheets).toEqual([
      {
        name: '幸福路社区',
        title: '疏附县2026年11月乌帕尔镇幸福路社区就业困难人员认定公示名单',
        names: [p(c.ids.b), p(c.ids.c)],
        notice: true,
      },
      {
        name: '阿亚格曼干村',
        title: '疏附县2026年11月乌帕尔镇阿亚格曼干村就业困难人员认定公示名单',
        names: [p(v1.personId)],
        notice: true,
      },
    ]);
    // The whole county: every village of every 乡镇, the 乡镇 in the sheet's name.
    const county = await pages(c, { byVillage: true });
    expect(county.sheets.map((s) => [s.name, s.names.length])).toEqual([
      ['乌帕尔镇 幸福路社区', 2],
      ['乌帕尔镇 阿亚格曼干村', 1],
      ['塔什米里克乡 库木巴格村', 1],
    ]);
    expect(county.sheets[2].title).toBe('疏附县2026年11月塔什米里克乡库木巴格村就业困难人员认定公示名单');
    // Without the choice: the one list as before.
    const one = await pages(c, { townshipId: c.town1 });
    expect(one.sheets.map((s) => [s.title, s.names.length])).toEqual([
      ['疏附县乌帕尔镇2026年11月就业困难人员认定公示名单', 3],
    ]);
    // Nobody in 公示: one empty notice.
    const none = await pages(c, { from: '2026-09', to: '2026-10', byVillage: true });
    expect(none.sheets.map((s) => [s.title, s.names.length])).toEqual([
      ['疏附县2026年9月至10月就业困难人员认定公示名单', 0],
    ]);
    // The export log says how it was written; another report cannot be split by village.
    expect((await exportLog(c.core))[0]).toContain('按村(社区)分页');
    expect(
      await call(c.core, 'reports.export', { report: 'RPT-02', month: '2026-11', full: false, byVillage: true }),
    ).toMatchObject(refusedBadInput({ byVillage: '该报表不能按村(社区)分页' }));
  });
});

describe('RPT-01 and RPT-04 from the recognitions', () => {
  it('RPT-01 fills recognition, employment, policies, helper, latest contact and exit from the records', async () => {
    const c = await scene();
    const { ws, r } = await exportReport(c.core, { report: 'RPT-01', month: '2026-11' });
    expect(r.rows).toBe(4);
    const names = c.core.ctx.db.prepare('SELECT id, name FROM persons').all() as { id: string; name: string }[];
    const nameOf = (id: string) => names.find((n) => n.id === id)?.name;
    const byName = (id: string) => {
      for (let row = 4; row <= ws.rowCount; row += 1)
        if (ws.getCell(row, 4).value === nameOf(id))
          return cells(ws, row, 24)
            .slice(11)
            .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));
      throw new Error('row missing');
    };
    //                  认定类别(主)  其他  认定日期  证号  就业状态  单位/岗位  就业日期  享受政策  帮扶责任人  最近联系  退出日期  退出原因  备注
    expect(byName(c.ids.a)).toEqual([
      '低保对象',
      null,
      '2025-05-01',
      null,
      '单位就业',
      '某物流公司',
      '2026-11-25',
      null,
      '买买提·艾力',
      '2026-11-25',
      null,
      null,
      '补录',
    ]);
    expect(byName(c.ids.b)).toEqual([
      '大龄失业人员',
      null,
      '2026-11-12',
      null,
      '公益性岗位安置',
      '乌帕尔镇人民政府/保洁员',
      '2026-11-20',
      '公益性岗位、社保补贴',
      '阿依古丽',
      null,
      null,
      null,
      null,
    ]);
    expect(byName(c.ids.c)).toEqual([
      '失地农民',
      null,
      '2026-11-12',
      null,
      '失业(未就业)',
      null,
      null,
      null,
      '阿依古丽',
      null,
      '2026-11-20',
      '本人申请退出',
      null,
    ]);
    expect(byName(c.ids.d)).toEqual([
      '零就业家庭成员',
      '低保对象',
      '2026-10-01',
      null,
      '失业(未就业)',
      null,
      null,
      null,
      '买买提·艾力',
      null,
      null,
      null,
      '补录',
    ]);
    // December: C exited in November is no longer listed.
    expect((await exportReport(c.core, { report: 'RPT-01', month: '2026-10' })).r.rows).toBe(2);
  });

  it('RPT-04: a placement resting on a recognition carries its category without the 登记 mark', async () => {
    const c = await scene();
    const { ws } = await exportReport(c.core, { report: 'RPT-04', month: '2026-11' });
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => all.push(String(cell.value ?? ''))));
    expect(all).toContain('大龄失业人员');
    expect(all).not.toContain('大龄失业人员（登记）');
  });
});
