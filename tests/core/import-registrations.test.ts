import { describe, expect, it } from 'vitest';
import type { WrittenFile } from '../../shared/contract/files';
import type { RosterImportCheck, RosterImportResult } from '../../shared/contract/roster-imports';
import { call, must, snapshot } from './harness';
import { expectCancelledUntouched, registerState } from './db-bytes';
import { makeId } from './persons-fixtures';
import { setup, type Setup } from './registrations-fixtures';
import { base64, jobData, jobError, jobErrorUnchanged, takeWorkbook, workbookOf, type Cell } from './import-workbooks';
import { REGISTRATION_ROSTER_HEAD } from '../roster-columns';

// Issue 14: a 失业登记 roster as a township keeps it — a title row, synonym headers (身份证号码, 所在乡镇（街道）,
// 失业登记日期, 责任人), dates typed every way, a 合计 and a 填表人 line, persons registered and not, and rows the
// registration rules refuse. Exactly which rows go in and which are refused with which message; nothing written
// until the commit; a failed commit leaves the database as it was; the error file round trip.

const KNOWN = makeId('653121', '19850505', '013'); // registered in the test
const ACTIVE = makeId('653121', '19870707', '015'); // registered, with an active registration
const OTHER_NAME = makeId('653121', '19890909', '017'); // registered as 吐尔逊
const NEW_OK = makeId('653121', '19920202', '022'); // not registered: created from the row
const NEW_NO_ETHNICITY = makeId('653121', '19930303', '024');
const YOUNG = makeId('653121', '20110101', '026'); // 15 on the registration date
const FUTURE = makeId('653121', '19940404', '028');

const HEADER = ['序号', ...REGISTRATION_ROSTER_HEAD, '服务需求', '备注'];

function roster(): Cell[][] {
  return [
    ['乌帕尔镇2026年11月失业登记花名册'], // 1
    HEADER, // 2
    [
      1,
      '艾力·买买提',
      KNOWN,
      null,
      null,
      null,
      '2026.11.02',
      '单位失业',
      '有',
      '买买提·艾力',
      '职业指导、培训推荐',
      null,
    ], // 3
    [
      2,
      '阿依古丽',
      NEW_OK,
      '维吾尔族',
      '乌帕尔镇',
      '阿亚格曼干村',
      '2026年11月3日',
      '毕业',
      '有',
      '买买提·艾力',
      null,
      null,
    ], // 4
    [
      3,
      '热孜万',
      NEW_NO_ETHNICITY,
      null,
      '乌帕尔镇',
      '阿亚格曼干村',
      '20261104',
      '毕业',
      '有',
      '买买提·艾力',
      null,
      null,
    ], // 5
    [4, '努尔', ACTIVE, null, null, null, new Date(Date.UTC(2026, 10, 5)), '单位失业', '有', '买买提·艾力', null, null], // 6
    [5, '古丽', OTHER_NAME, null, null, null, '2026-11-05', '单位失业', '有', '买买提·艾力', null, null], // 7
    [
      6,
      '帕提古丽',
      FUTURE,
      '维吾尔族',
      '乌帕尔镇',
      '幸福路社区',
      '2026-12-01',
      '单位失业',
      '有',
      '买买提·艾力',
      null,
      null,
    ], // 8
    [
      7,
      '买合木提',
      YOUNG,
      '维吾尔族',
      '乌帕尔镇',
      '幸福路社区',
      '2026-11-06',
      '单位失业',
      '有',
      '买买提·艾力',
      null,
      null,
    ], // 9
    [
      8,
      '阿卜杜',
      makeId('653121', '19950505', '031'),
      '维吾尔族',
      '乌帕尔镇',
      '幸福路社区',
      '2026-11-06',
      '被开除',
      '有',
      '买买提·艾力',
      null,
      null,
    ], // 10
    ['合计', null, null, null, null, null, null, null, null, null, null, '共8人'], // 11
    ['填表人：张三', null, null, null, null, null, '审核人：李四'], // 12
  ];
}

async function scene(): Promise<Setup & { knownId: string; activeId: string }> {
  const s = await setup();
  const knownId = await s.person({ idNumber: KNOWN, name: '艾力·买买提' });
  const activeId = await s.person({ idNumber: ACTIVE, name: '努尔' });
  await s.register(activeId, { regDate: '2026-10-01' });
  await s.person({ idNumber: OTHER_NAME, name: '吐尔逊' });
  return { ...s, knownId, activeId };
}

const fileOf = async (rows: Cell[][]) => base64(await workbookOf([{ name: '登记', rows }]));

async function check(s: Setup, rows: Cell[][]) {
  return jobData<RosterImportCheck>(s.core, 'imports.registrations.check', {
    fileName: '失业登记花名册.xlsx',
    contentBase64: await fileOf(rows),
  });
}

const registrationsOf = (s: Setup) =>
  s.core.ctx.db
    .prepare(
      `SELECT p.name, r.reg_date, r.reason, r.job_wish, r.responsible_staff, r.reg_place_id, r.status
         FROM registrations r JOIN persons p ON p.id = r.person_id ORDER BY r.reg_date, p.name`,
    )
    .all();

describe('issue 14: the 失业登记 roster import', () => {
  it('dry run: maps the synonyms, skips what is not data, refuses exactly the rows the rules refuse, writes nothing', async () => {
    const s = await scene();
    const before = snapshot(s.core);
    const r = await check(s, roster());
    expect(snapshot(s.core)).toBe(before);
    expect([r.kind, r.sheetName, r.headerRow, r.total, r.acceptedCount, r.errorRows]).toEqual([
      'registrations',
      '登记',
      2,
      8,
      2,
      6,
    ]);
    expect(r.columns?.filter((c) => c.field).map((c) => `${c.column}:${c.field}`)).toEqual([
      'B:name',
      'C:idNumber',
      'D:ethnicity',
      'E:township',
      'F:village',
      'G:regDate',
      'H:reason',
      'I:jobWish',
      'J:responsibleStaff',
      'K:needs',
    ]);
    expect(r.ignoredColumns).toEqual([
      { column: 'A', header: '序号' },
      { column: 'L', header: '备注' },
    ]);
    expect(r.skippedRows).toEqual([
      { row: 11, reason: '合计行' },
      { row: 12, reason: '签字或填表人行' },
    ]);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [5, 'D', '民族', '该人员尚未登记，将按本行新建：请填写民族'],
      [6, 'C', '公民身份号码', '该人员已有有效的失业登记（2026-10-01 登记），请打开已有登记'],
      [7, 'B', '姓名', '姓名“古丽”与已登记的“吐尔逊”不符，请核对姓名和公民身份号码'],
      [8, 'G', '登记日期', '登记日期不能晚于今天（2026-11-28）'],
      [9, 'G', '登记日期', '登记日期当天该人员15周岁，未满16周岁，不能办理失业登记'],
      [
        10,
        'H',
        '失业原因',
        '失业原因“被开除”不在代码表中，可填写：从学校毕业或肄业、从用人单位失业、个体工商户/私营企业停业、承包土地被征用、退出现役且未安置、刑满释放/假释/监外执行、其他',
      ],
    ]);
    // Only the person of an accepted row is listed as new: the 15-year-old's rehearsed person was rolled back.
    expect(r.newPersons).toEqual([
      { row: 4, name: expect.stringMatching(/^阿依古丽（653121\*+\d{3}\d）$/), detail: '' },
    ]);
  });

  it('commit: without 导入有效行 refuses and writes nothing; with it writes exactly the valid rows through the registration rules', async () => {
    const s = await scene();
    const r = await check(s, roster());
    const refused = await jobErrorUnchanged(s.core, 'imports.registrations.commit', { token: r.token });
    expect(refused.message).toBe(
      '文件中有 6 行有错误。若只导入没有错误的行，请选择“导入有效行”；否则请改正文件后重新检查。',
    );

    const done = await jobData<RosterImportResult>(s.core, 'imports.registrations.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    expect(done).toEqual({ created: 2, skipped: 6, persons: 1, employers: 0, posts: 0 });
    expect(registrationsOf(s)).toEqual([
      {
        name: '努尔',
        reg_date: '2026-10-01',
        reason: '02',
        job_wish: '1',
        responsible_staff: '买买提·艾力',
        reg_place_id: s.town1,
        status: 'active',
      },
      {
        name: '艾力·买买提',
        reg_date: '2026-11-02',
        reason: '02',
        job_wish: '1',
        responsible_staff: '买买提·艾力',
        reg_place_id: s.town1,
        status: 'active',
      },
      {
        name: '阿依古丽',
        reg_date: '2026-11-03',
        reason: '01',
        job_wish: '1',
        responsible_staff: '买买提·艾力',
        reg_place_id: s.town1,
        status: 'active',
      },
    ]);
    const created = s.core.ctx.db
      .prepare('SELECT name, ethnicity, residence_region_id, employment_status FROM persons WHERE id_number = ?')
      .get(NEW_OK);
    expect(created).toEqual({
      name: '阿依古丽',
      ethnicity: '05',
      residence_region_id: s.village1,
      employment_status: '10',
    });
    const needs = s.core.ctx.db
      .prepare('SELECT needs FROM registrations WHERE person_id = ?')
      .pluck()
      .get(s.knownId) as number;
    expect(needs).toBeGreaterThan(0);
    const audit = s.core.ctx.db
      .prepare("SELECT summary FROM audit_log WHERE summary LIKE '导入失业登记名册%'")
      .pluck()
      .all();
    expect(audit).toEqual(['导入失业登记名册：失业登记 2 条，新增人员 1 人，跳过 6 行（文件“失业登记花名册.xlsx”）']);
    const again = await jobError(s.core, 'imports.registrations.commit', { token: r.token, skipInvalidRows: true });
    expect(again.message).toBe('这次检查的结果已经导入；如需再次导入，请重新选择文件检查。');
  });

  it('a commit the rules now refuse (registered meanwhile) names the row and leaves the database byte-identical', async () => {
    const s = await scene();
    const r = await check(s, roster());
    await s.register(s.knownId, { regDate: '2026-11-01' });
    const e = await jobErrorUnchanged(s.core, 'imports.registrations.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    expect(e.message).toBe(
      '第 3 行：该人员已有有效的失业登记（2026-11-01 登记），请打开已有登记。未导入任何数据，请重新检查文件。',
    );
  });

  it('a cancelled commit, and one failing part-way (a person and a registration written), leave the file byte-identical', async () => {
    const s = await scene();
    const r = await check(s, roster());
    const before = registerState(s.core);
    await expectCancelledUntouched(
      s.core,
      'imports.registrations.commit',
      { token: r.token, skipInvalidRows: true },
      before,
    );
    // The second registration is refused by the database, after the first one and the new person were written.
    const db = s.core.ctx.db;
    const counts = () =>
      db
        .prepare("SELECT (SELECT count(*) FROM persons) || '/' || (SELECT count(*) FROM registrations)")
        .pluck()
        .get() as string;
    const start = counts();
    let atFailure = '';
    db.function('note_counts', (persons, registrations) => (atFailure = `${String(persons)}/${String(registrations)}`));
    const existing = start.split('/')[1];
    db.exec(`CREATE TEMP TRIGGER fail_second BEFORE INSERT ON main.registrations
      WHEN (SELECT count(*) FROM main.registrations) > ${existing}
      BEGIN SELECT note_counts((SELECT count(*) FROM main.persons), (SELECT count(*) FROM main.registrations)); SELECT RAISE(ABORT, 'forced failure'); END`);
    const e = await jobError(s.core, 'imports.registrations.commit', { token: r.token, skipInvalidRows: true });
    expect(e.code).toBe('INTERNAL');
    const [p0, r0] = start.split('/').map(Number);
    expect(atFailure).toBe(`${p0 + 1}/${r0 + 1}`);
    db.exec('DROP TRIGGER temp.fail_second');
    expect(registerState(s.core)).toEqual(before);
  });

  it('a token of another kind is refused; a default for a field the roster lacks is used; a bad default is refused', async () => {
    const s = await scene();
    const rows = roster().map((r) => r.slice(0, 10)); // no 责任人/服务需求/备注 columns
    const missing = await jobError(s.core, 'imports.registrations.check', {
      fileName: 'x.xlsx',
      contentBase64: await fileOf(rows.map((r) => r.slice(0, 9))),
    });
    expect(missing.message).toBe('第2行的表头中缺少必需的列：“联系责任人”。请按导入模板的列名填写表头。');
    const bad = await jobError(s.core, 'imports.registrations.check', {
      fileName: 'x.xlsx',
      contentBase64: await fileOf(rows),
      mapping: { defaults: { name: '张三', jobWish: '也许' } },
    });
    expect(bad.message).toBe(
      '默认值不正确：“姓名”每人不同，不能设默认值；就业意愿“也许”不在代码表中，可填写：有、暂无、无。',
    );
    const r = await jobData<RosterImportCheck>(s.core, 'imports.registrations.check', {
      fileName: 'x.xlsx',
      contentBase64: await fileOf(rows.map((row, i) => (i === 1 ? [...row.slice(0, 9), '联系人电话'] : row))),
      mapping: { defaults: { responsibleStaff: '如克亚' } },
    });
    expect(r.fields?.find((f) => f.field === 'responsibleStaff')).toEqual({
      field: 'responsibleStaff',
      label: '联系责任人',
      required: true,
      column: null,
      defaultValue: '如克亚',
    });
    expect(r.acceptedCount).toBe(2);
    const wrongKind = await jobError(s.core, 'imports.persons.commit', { token: r.token });
    expect(wrongKind.code).toBe('NOT_FOUND');
  });

  it('saved mappings are kept per kind', async () => {
    const s = await scene();
    const list = await must(s.core, 'imports.registrations.mappings.save', {
      name: '乌帕尔镇',
      columns: { 包联人: 'responsibleStaff' },
      defaults: { jobWish: '有' },
    });
    expect(list.map((m) => m.name)).toEqual(['乌帕尔镇']);
    expect(await must(s.core, 'imports.persons.mappings.list', {})).toEqual([]);
    const rows = roster();
    rows[1] = HEADER.map((h) => (h === '责任人' ? '包联人' : h === '就业意愿' ? '意愿备注' : h));
    const r = await jobData<RosterImportCheck>(s.core, 'imports.registrations.check', {
      fileName: 'x.xlsx',
      contentBase64: await fileOf(rows),
      mappingName: '乌帕尔镇',
    });
    expect(r.columns?.find((c) => c.column === 'J')).toMatchObject({ field: 'responsibleStaff', source: 'chosen' });
    expect(r.acceptedCount).toBe(2);
    const refused = await call(s.core, 'imports.registrations.mappings.save', {
      name: '错',
      columns: { 包联人: 'employerName' },
      defaults: {},
    });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toBe('表头“包联人”要对应的字段“employerName”不存在。');
  });

  it('error file round trip: the rows with a 错误说明 column, corrected, import cleanly', async () => {
    const s = await scene();
    const r = await check(s, roster());
    const written = await jobData<WrittenFile>(s.core, 'imports.registrations.errorWorkbook', { token: r.token });
    const { fileName, wb } = await takeWorkbook(s.core, written.fileId);
    expect(fileName).toBe('失业登记花名册_错误清单.xlsx');
    const ws = wb.getWorksheet('登记')!;
    expect(ws.getCell('M2').value).toBe('错误说明');
    expect([3, 4, 5, 6, 7, 8].map((row) => ws.getCell(`B${row}`).value)).toEqual([
      '热孜万',
      '努尔',
      '古丽',
      '帕提古丽',
      '买合木提',
      '阿卜杜',
    ]);
    expect(ws.getCell('M3').value).toBe('原第5行：D列民族：该人员尚未登记，将按本行新建：请填写民族');
    ws.getCell('D3').value = '维吾尔族';
    ws.spliceRows(4, 2); // 努尔 (already registered) and 古丽 (wrong name) are dropped by the clerk
    ws.getCell('G4').value = '2026-11-20'; // 帕提古丽
    ws.spliceRows(5, 1); // the 15-year-old
    ws.getCell('H5').value = '从用人单位失业'; // 阿卜杜
    const corrected = Buffer.from(await wb.xlsx.writeBuffer());
    const again = await jobData<RosterImportCheck>(s.core, 'imports.registrations.check', {
      fileName: '失业登记花名册_错误清单.xlsx',
      contentBase64: base64(corrected),
    });
    expect(again.ignoredColumns.map((c) => c.header)).toContain('错误说明');
    expect([again.total, again.acceptedCount, again.errorRows]).toEqual([3, 3, 0]);
    const done = await jobData<RosterImportResult>(s.core, 'imports.registrations.commit', { token: again.token });
    expect(done).toEqual({ created: 3, skipped: 0, persons: 3, employers: 0, posts: 0 });
  });

  it('the template has the roster columns, required ones in red, and 填写说明', async () => {
    const s = await scene();
    const written = await jobData<WrittenFile>(s.core, 'imports.registrations.template', {});
    const { fileName, wb } = await takeWorkbook(s.core, written.fileId);
    expect(fileName).toBe('失业登记导入模板.xlsx');
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('失业登记');
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '姓名',
      '公民身份号码',
      '民族',
      '乡镇(街道)',
      '村(社区)',
      '联系电话',
      '文化程度',
      '详细地址',
      '登记日期',
      '登记地',
      '失业原因',
      '领取失业保险金',
      '就业意愿',
      '求职意向',
      '服务需求',
      '联系责任人',
      '服务等级',
    ]);
    expect(ws.getCell('I1').font?.color?.argb).toBe('FFC00000');
    expect(ws.getCell('J1').font?.color?.argb).toBe('FF000000');
    expect(wb.getWorksheet('填写说明')?.getCell('A1').value).toBe('失业登记导入模板 填写说明');
  });
});
