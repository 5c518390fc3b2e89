import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ID_DAMAGED_MESSAGE } from '../../electron/core/excel/import/values';
import { ALREADY_IMPORTED, TOKEN_GONE } from '../../electron/core/modules/imports/store';
import { NO_DIVISIONS } from '../../electron/core/modules/imports/person-check';
import type { PersonImportCheck, PersonImportResult } from '../../shared/contract/imports';
import type { WrittenFile } from '../../shared/contract/files';
import { makeCore, must, setUpOffice, snapshot, waitJob } from './harness';
import { county, makeId, personInput, type County } from './persons-fixtures';
import {
  BATCH_ID,
  BEFORE_IMPORT_COPY,
  base64,
  jobData,
  jobError,
  jobErrorUnchanged,
  takeWorkbook,
  workbook,
} from './import-workbooks';
import { IDS, checkTraps, registerExisting, trapWorkbook } from './import-traps';

// Issue 4 item 4: the commit inserts exactly the valid new rows and updates only the matched persons the clerk
// ticked, all in one transaction with one audit row; a refused, cancelled or failed commit leaves the
// database exactly as it was (ARCHITECTURE §3). Bad files get a clear Chinese message.

async function checked() {
  const c = await county(makeCore());
  const existing = await registerExisting(c);
  const r = await checkTraps(c);
  return { c, existing, r, before: snapshot(c.core) };
}

/** The commit of check `r`'s valid rows, updating the matched rows `updateMatched` (row numbers or person ids). */
const validRows = (r: { token: string }, updateMatched?: string[]) => ({
  token: r.token,
  ...(updateMatched && { updateMatched }),
  skipInvalidRows: true,
});

const personByName = async (c: County, name: string) =>
  (await must(c.core, 'persons.list', { q: name })).items.find((p) => p.name === name);

describe('imports.persons.commit', () => {
  it('refuses a file with errors unless the clerk chose to import the valid rows', async () => {
    const { c, r, before } = await checked();
    const e = await jobError(c.core, 'imports.persons.commit', { token: r.token, updateMatched: [] });
    expect(
      await jobError(c.core, 'imports.persons.commit', { token: 'no-such-token', skipInvalidRows: true }),
    ).toMatchObject({ code: 'NOT_FOUND', message: TOKEN_GONE });
    expect(e).toMatchObject({
      code: 'RULE_VIOLATION',
      message: '文件中有 8 行有错误。若只导入没有错误的行，请选择“导入有效行”；否则请改正文件后重新检查。',
    });
    expect(snapshot(c.core)).toBe(before);
  });

  it('inserts exactly the valid new rows, normalised, and leaves the matched person alone without consent', async () => {
    const { c, existing, r } = await checked();
    const auditBefore = (await must(c.core, 'audit.list', {})).items.length;
    const done = await jobData<PersonImportResult>(c.core, 'imports.persons.commit', validRows(r));
    expect(done).toEqual({ created: 5, updated: 0, skipped: 10, backup: BEFORE_IMPORT_COPY, batchId: BATCH_ID });
    const list = await must(c.core, 'persons.list', { pageSize: 100, sort: { field: 'name', order: 'asc' } });
    expect(list.items.map((p) => p.name).sort()).toEqual(
      ['买买提·吐尔逊', '古丽', '帕提古丽', '张伟', '李娜', '王芳', '阿不都热合曼·买买提'].sort(),
    );
    const first = await must(c.core, 'persons.get', { id: (await personByName(c, '阿不都热合曼·买买提'))!.id });
    expect(first).toMatchObject({
      phone: '13899012345',
      address: '阿亚格曼干村3组12号',
      education: '70',
      employmentStatus: '10',
      isDifficult: true,
    });
    expect(first.idNumberMasked.endsWith(IDS.fullWidth.slice(14))).toBe(true);
    const lowerX = await must(c.core, 'persons.get', { id: (await personByName(c, '买买提·吐尔逊'))!.id });
    expect(lowerX).toMatchObject({
      idNumberMasked: `653121********109X`,
      residenceRegionName: '幸福路社区',
      employmentStatus: '22',
      isDifficult: false,
    });
    const kazakh = await must(c.core, 'persons.get', { id: (await personByName(c, '帕提古丽'))!.id });
    expect(kazakh.ethnicity).toBe('17');
    const li = await must(c.core, 'persons.get', { id: (await personByName(c, '李娜'))!.id });
    expect([li.ethnicity, li.education]).toEqual(['01', '30']);
    expect((await must(c.core, 'persons.get', { id: existing.changed.id })).phone).toBe('13899012345');
    const audit = (await must(c.core, 'audit.list', {})).items;
    expect(audit.length).toBe(auditBefore + 1);
    expect(audit[0]).toMatchObject({
      channel: 'imports.persons.commit',
      entity: 'person',
      summary: '导入人员：新增 5 人，更新 0 人，跳过 10 行（文件“花名册.xlsx”）',
    });
    // The check cannot be committed twice; its error list can still be downloaded.
    expect(await jobError(c.core, 'imports.persons.commit', validRows(r))).toMatchObject({
      code: 'RULE_VIOLATION',
      message: ALREADY_IMPORTED,
    });
    expect((await jobData<WrittenFile>(c.core, 'imports.persons.errorWorkbook', { token: r.token })).fileName).toBe(
      '花名册_错误清单.xlsx',
    );
  });

  it('updates a matched person only when ticked (by row number or by person id)', async () => {
    const { c, existing, r } = await checked();
    const done = await jobData<PersonImportResult>(c.core, 'imports.persons.commit', validRows(r, ['16']));
    expect(done).toEqual({ created: 5, updated: 1, skipped: 9, backup: BEFORE_IMPORT_COPY, batchId: BATCH_ID });
    expect((await must(c.core, 'persons.get', { id: existing.changed.id })).phone).toBe('13900001111');
    const history = await must(c.core, 'audit.list', { entity: 'person' });
    expect(history.items[0].summary).toBe('导入人员：新增 5 人，更新 1 人，跳过 9 行（文件“花名册.xlsx”）');

    const again = await checked();
    const byId = await jobData<PersonImportResult>(
      again.c.core,
      'imports.persons.commit',
      validRows(again.r, [again.existing.changed.id]),
    );
    expect(byId.updated).toBe(1);
  });

  it('refuses consent for a person that is not in the check result', async () => {
    const { c, r, before } = await checked();
    const e = await jobError(c.core, 'imports.persons.commit', validRows(r, ['17']));
    expect(e).toMatchObject({
      code: 'BAD_INPUT',
      fields: { updateMatched: '所选的人员不在检查结果中（17），请重新检查文件' },
    });
    expect(snapshot(c.core)).toBe(before);
  });

  it('a cancelled commit leaves the database exactly as before', async () => {
    const { c, r, before } = await checked();
    const { jobId } = await must(c.core, 'imports.persons.commit', validRows(r, ['16']));
    await must(c.core, 'jobs.cancel', { jobId });
    const s = await waitJob(c.core, jobId);
    expect(s.state).toBe('cancelled');
    expect(s.result).toEqual({ ok: false, error: { code: 'CANCELLED', message: '已取消，数据未改动。' } });
    expect(snapshot(c.core)).toBe(before);
  });

  it('a failure after some rows were inserted rolls every row back, the update and the audit row included', async () => {
    const { c, r, before } = await checked();
    // 王芳 (row 12) is the fifth insert: four persons are written before the database refuses her.
    c.core.ctx.db.exec(`CREATE TEMP TRIGGER fail_import BEFORE INSERT ON main.persons WHEN NEW.name = '王芳'
      BEGIN SELECT RAISE(ABORT, 'forced failure'); END`);
    const e = await jobError(c.core, 'imports.persons.commit', validRows(r, ['16']));
    expect(e.code).toBe('INTERNAL');
    expect(snapshot(c.core)).toBe(before);
  });

  it('refuses when a matched person was edited, or a new ID registered, after the check', async () => {
    const { c, existing, r } = await checked();
    const stored = await must(c.core, 'persons.get', { id: existing.changed.id });
    await must(c.core, 'persons.update', {
      ...personInput(c, { name: '古丽', phone: '13811112222' }),
      id: stored.id,
      expectedUpdatedAt: stored.updatedAt,
      idNumber: undefined,
    });
    const e = await jobErrorUnchanged(c.core, 'imports.persons.commit', validRows(r, ['16']));
    expect(e).toMatchObject({
      code: 'CONFLICT',
      message: '第 16 行：检查之后有人修改了相关人员的信息，请重新检查文件后再导入。',
    });

    const next = await checked();
    await must(next.c.core, 'persons.create', personInput(next.c, { idNumber: IDS.compact, name: '李娜' }));
    const e2 = await jobError(next.c.core, 'imports.persons.commit', validRows(next.r));
    expect(e2).toMatchObject({
      code: 'CONFLICT',
      message: '第 11 行：检查之后有人修改了相关人员的信息，请重新检查文件后再导入。',
    });
  });
});

describe('imports.persons.commit on another working date', () => {
  it('validates every row again with the shared schema (VR-01 step 4 on the new date)', async () => {
    const c = await county(makeCore());
    const born = makeId('653121', '20261128', '013'); // born on the day of the check
    const buf = await workbook([
      ['姓名', '公民身份号码', '民族', '乡镇(街道)', '村(社区)', '当前就业状态'],
      ['阿依', born, '维吾尔族', '乌帕尔镇', '阿亚格曼干村', '失业(未就业)'],
    ]);
    const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'a.xlsx',
      contentBase64: base64(buf),
    });
    expect(r.newCount).toBe(1);
    c.core.ctx.today = () => '2026-11-27'; // the working date was set back between check and commit
    const e = await jobErrorUnchanged(c.core, 'imports.persons.commit', { token: r.token });
    expect(e).toMatchObject({
      code: 'BAD_INPUT',
      message: '第 2 行（阿依）：输入有误：公民身份号码中的出生日期（2026-11-28）晚于今天。未导入任何数据。',
    });
  });
});

describe('imports.persons.errorWorkbook', () => {
  it('downloads every error as 行号, 列, 字段, 原值, 问题', async () => {
    const { c, r } = await checked();
    const file = await jobData<WrittenFile>(c.core, 'imports.persons.errorWorkbook', { token: r.token });
    const { fileName, wb } = await takeWorkbook(c.core, file.fileId);
    expect(fileName).toBe('花名册_错误清单.xlsx');
    const ws = wb.getWorksheet('错误清单') as ExcelJS.Worksheet;
    expect(ws.getRow(1).values).toEqual([undefined, '行号', '列', '字段', '原值', '问题']);
    expect(ws.rowCount).toBe(1 + r.errorCount);
    expect(ws.getRow(2).values).toEqual([undefined, 7, 'C', '公民身份号码', '653121199001011200', ID_DAMAGED_MESSAGE]);
    expect(ws.getCell('D2').numFmt).toBe('@');
  });
});

describe('imports.persons.check: files that cannot be imported get a clear Chinese message', () => {
  const message = async (c: County, fileName: string, content: Buffer) =>
    (await jobError(c.core, 'imports.persons.check', { fileName, contentBase64: base64(content) })).message;

  it('not a workbook, password-protected or old .xls, no header, empty', async () => {
    const c = await county(makeCore());
    const before = snapshot(c.core);
    expect(await message(c, '名单.xlsx', Buffer.from('这不是表格'))).toBe(
      '该文件不是 Excel 工作簿（.xlsx）或 CSV 文件，无法读取。',
    );
    // An encrypted .xlsx is an OLE compound file, like an old .xls.
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await message(c, '加密.xlsx', ole)).toBe(
      '该文件是旧版 .xls 格式或设有打开密码，无法读取。请在 Excel 中“另存为”不加密的 .xlsx 文件后再导入。',
    );
    expect(
      await message(
        c,
        '无表头.xlsx',
        await workbook([
          ['张三', '男'],
          ['李四', '女'],
        ]),
      ),
    ).toBe(
      '在文件前15行中找不到表头。表头应包含“姓名”、“公民身份号码”、“民族”、“乡镇(街道)”、“村(社区)”、“当前就业状态”等列名。',
    );
    expect(
      await message(
        c,
        '缺列.xlsx',
        await workbook([
          ['姓名', '身份证号'],
          ['张三', IDS.compact],
        ]),
      ),
    ).toBe('第1行的表头中缺少必需的列：“民族”、“乡镇(街道)”、“村(社区)”、“当前就业状态”。请按导入模板的列名填写表头。');
    expect(await message(c, '空.xlsx', Buffer.alloc(0))).toBe('文件是空的（0 字节），请检查后重新选择。');
    expect(await message(c, '空表.xlsx', await workbook([]))).toBe('文件中没有数据（第一个工作表是空的）。');
    expect(
      await message(c, '只有表头.xlsx', await workbook([['姓名', '公民身份号码', '民族', '乡镇', '村', '就业状态']])),
    ).toBe('第1行是表头，但表头下面没有数据行。请填写数据后再导入。');
    expect(snapshot(c.core)).toBe(before);
  });

  it('asks for the divisions first when none are set', async () => {
    const core = makeCore();
    await setUpOffice(core);
    const e = await jobError(core, 'imports.persons.check', {
      fileName: 'a.xlsx',
      contentBase64: base64(await workbook([['姓名']])),
    });
    expect(e.message).toBe(NO_DIVISIONS);
  });

  it('a cancelled check keeps nothing', async () => {
    const c = await county(makeCore());
    const { jobId } = await must(c.core, 'imports.persons.check', {
      fileName: '花名册.xlsx',
      contentBase64: base64(await trapWorkbook()),
    });
    await must(c.core, 'jobs.cancel', { jobId });
    expect((await waitJob(c.core, jobId)).state).toBe('cancelled');
  });
});
