import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PersonRosterInput } from '../../shared/contract/persons';
import { makeCore, must, signedInAs, waitJob } from './harness';
import { jobData, takeWorkbook } from './import-workbooks';
import { county, makeId, personInput } from './persons-fixtures';
import { cells } from './reports-export-read';

// Issue 18: 人员信息 → 导出 writes the list the clerk filtered (persons.list's filters and order, every page) as a
// 人员花名册, masked as in the list unless the export is full — which needs the 导出完整号码 permission. Cells read back.

async function scene() {
  const core = makeCore();
  const c = await county(core);
  const add = (name: string, birth: string, seq: string, over = {}) =>
    must(core, 'persons.create', personInput(c, { idNumber: makeId('653121', birth, seq), name, ...over }));
  await add('阿依古丽·吐尔逊', '19900101', '022', { phone: '13899010001' });
  await add('买买提·艾力', '19850505', '031', { phone: '13899010002' });
  await add('古丽娜尔', '19950808', '042', { residenceRegionId: c.village3, phone: null });
  await add('艾力·热合曼', '19700303', '051', { residenceRegionId: c.village3 });
  return { core, c };
}

async function exportRoster(core: ReturnType<typeof makeCore>, input: PersonRosterInput) {
  const r = await jobData<{ fileId: string; fileName: string; rows: number }>(
    core,
    'persons.exportRoster',
    input as never,
  );
  const { wb } = await takeWorkbook(core, r.fileId);
  return { r, ws: wb.worksheets[0] };
}

/** A row of the roster, 14 columns wide. */
const row = (ws: ExcelJS.Worksheet, n: number, width = 14) => cells(ws, n, width);

describe('persons.exportRoster: the filtered list as a 人员花名册', () => {
  it('writes exactly the filtered persons in the list order, masked as in the list, and names the filters', async () => {
    const { core, c } = await scene();
    const filters = { townshipId: c.town1, sort: { field: 'name' as const, order: 'asc' as const } };
    const list = await must(core, 'persons.list', { ...filters, pageSize: 20 });
    const { r, ws } = await exportRoster(core, filters);
    expect(r.rows).toBe(2);
    expect(r.fileName).toMatch(/^653121_RYHMC_202611_\d{12}\.xlsx$/);
    expect(ws.getCell('A1').value).toBe('疏附县人员花名册');
    expect(row(ws, 3)).toEqual([
      '序号',
      '乡镇(街道)',
      '村(社区)',
      '姓名',
      '性别',
      '民族',
      '公民身份号码',
      '年龄',
      '联系电话',
      '就业状态',
      '就业困难人员',
      '公益性岗位在岗',
      '见习中',
      '享受灵活就业社保补贴',
    ]);
    const names = [row(ws, 4)[3], row(ws, 5)[3]];
    expect(names).toEqual(list.items.map((i) => i.name));
    const first = row(ws, 4);
    const item = list.items[0];
    expect(first.slice(0, 4)).toEqual([1, '乌帕尔镇', '阿亚格曼干村', item.name]);
    // The same masking as the list (VR-09), as text cells.
    expect(first[6]).toBe(item.idNumberMasked);
    expect(first[8]).toBe(item.phoneMasked);
    expect(ws.getCell(4, 7).type).toBe(ExcelJS.ValueType.String);
    expect(first[7]).toBe(item.age);
    expect([ws.getCell(6, 2).value, ws.getCell(6, 4).value]).toEqual(['合计', 2]); // 2 shown as 2人
    expect(String(ws.getCell(8, 1).value)).toBe('说明：筛选条件：乌帕尔镇；年龄按2026年11月28日计算。');
    const log = await must(core, 'audit.list', { entity: 'person' });
    expect(log.items[0].summary).toBe('导出人员花名册（乌帕尔镇，隐藏号码，2 人）');
  });

  it('takes the search, age and village filters of the list; full numbers only with the 导出完整号码 permission', async () => {
    const { core, c } = await scene();
    const { r, ws } = await exportRoster(core, { villageId: c.village3, ageMin: 40 });
    expect(r.rows).toBe(1);
    expect(ws.getCell(4, 4).value).toBe('艾力·热合曼');
    expect(String(ws.getCell(4, 7).value)).toMatch(/^653121\*{8}\d{3}[\dX]$/);

    const reader = signedInAs(core, 'chakan', 'readonly', { fullIdExport: false });
    const refused = await core.invoke('persons.exportRoster', { full: true }, reader);
    expect(refused.ok).toBe(false);
    const masked = await core.invoke('persons.exportRoster', { full: false }, reader);
    expect(masked.ok).toBe(true);
    // Waited for, read back: a job left running wrote its file while the test's folder was being removed (ENOTEMPTY).
    expect(String((await exportRosterAs(core, masked, reader)).getCell(5, 7).value)).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);

    const flagged = signedInAs(core, 'shenhe', 'reviewer', { fullIdExport: true });
    const started = await core.invoke('persons.exportRoster', { q: '古丽娜尔', full: true }, flagged);
    expect(started.ok).toBe(true);
    const full = await exportRosterAs(core, started, flagged);
    expect(full.getCell(2, 1).value).toBe('内部资料 注意保密');
    expect(full.getCell(5, 4).value).toBe('古丽娜尔');
    expect(full.getCell(5, 7).value).toBe(makeId('653121', '19950808', '042'));
    expect(full.getCell(5, 9).value).toBeNull();
  });

  it('says 是 for a person with a 灵活就业社会保险补贴 period in force this month, 否 for one ended or none (BR-30)', async () => {
    const { core, c } = await scene();
    const persons = (await must(core, 'persons.list', { townshipId: c.town1, pageSize: 20 })).items;
    const period = (personId: string, startMonth: string, endMonth: string) =>
      must(core, 'flexibleSubsidies.create', {
        personId,
        startMonth,
        endMonth,
        target: '9',
        insurance: 'P',
        handler: '阿依古丽',
      });
    await period(persons[0].id, '2026-01', '2028-12');
    await period(persons[1].id, '2025-01', '2026-10');
    const { ws } = await exportRoster(core, { townshipId: c.town1, sort: { field: 'name', order: 'asc' } });
    const flags = Object.fromEntries([4, 5].map((n) => [row(ws, n)[3], row(ws, n)[13]]));
    expect(flags).toEqual({ [persons[0].name]: '是', [persons[1].name]: '否' });
  });

  it('refuses ages out of order without writing a file', async () => {
    const { core } = await scene();
    const r = await core.invoke('persons.exportRoster', { ageMin: 50, ageMax: 30 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.fields?.ageMax).toBe('最大年龄不能小于最小年龄');
  });
});

/** The sheet of an export `session` started: that account waits for its job and takes its file. */
async function exportRosterAs(
  core: ReturnType<typeof makeCore>,
  started: { ok: boolean; data?: unknown },
  session: string,
) {
  const { jobId } = started.data as { jobId: string };
  const s = await waitJob(core, jobId, session);
  if (s.result?.ok !== true) throw new Error(JSON.stringify(s.result));
  return (await takeWorkbook(core, (s.result.data as { fileId: string }).fileId, session)).wb.worksheets[0];
}
