import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ID_DAMAGED_MESSAGE } from '../../electron/core/excel/import/values';
import type { WrittenFile } from '../../shared/contract/files';
import type { PersonImportCheck, PersonImportResult } from '../../shared/contract/imports';
import { makeCore, must } from './harness';
import { county, makeId, wrongCheck } from './persons-fixtures';
import { BATCH_ID, BEFORE_IMPORT_COPY, base64, jobData, takeWorkbook, workbookOf, type Cell } from './import-workbooks';

// Issue 14: the error file a clerk can use — the original rows with errors, bad cells highlighted, an added
// 错误说明 column — and the round trip: correct the cells in that file, import it again, the rows go in.

const OK1 = makeId('653121', '19900101', '011');
const OK2 = makeId('653121', '19910202', '013');
const GULI = makeId('653121', '19920303', '015');
const BAD_CHECK = wrongCheck(GULI);
const NUMBER_ID = makeId('653121', '19930404', '017');

const rows: Cell[][] = [
  ['塔什米里克乡失业人员名单'], // 1
  ['姓名', '身份证号', '民族', '乡镇', '村', '就业状态', '学历'], // 2
  ['阿依努尔', OK1, '维吾尔族', '塔什米里克乡', '库木巴格村', '失业', '初中'], // 3
  ['买买提', Number(NUMBER_ID.slice(0, 17) + '0'), '维吾尔族', '塔什米里克乡', '库木巴格村', '失业', '初中'], // 4 ID stored as a number
  ['古丽', BAD_CHECK.bad, '火星族', '塔什米里克乡', '库木巴格村', '失业', '初中'], // 5 two bad cells
  ['合计', null, null, null, null, null, '3人'], // 6
  ['吐尔逊', OK2, '汉族', '塔什米里克乡', '不存在村', '失业', '初中'], // 7
];

const file = () => workbookOf([{ name: '名单', rows, merges: ['A1:G1'] }]);
const cellValues = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1);

describe('imports.persons.errorWorkbook: the rows to correct', () => {
  it('repeats title, header and each row with errors, highlights the bad cells and explains them', async () => {
    const c = await county(makeCore());
    const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '名单.xlsx',
      contentBase64: base64(await file()),
    });
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'B'],
      [5, 'B'],
      [5, 'C'],
      [7, 'E'],
    ]);
    const written = await jobData<WrittenFile>(c.core, 'imports.persons.errorWorkbook', { token: r.token });
    const { wb } = await takeWorkbook(c.core, written.fileId);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['名单', '错误清单']);
    const ws = wb.getWorksheet('名单')!;
    expect(ws.getCell('A1').value).toBe('塔什米里克乡失业人员名单');
    expect(ws.getCell('A1').isMerged && ws.getCell('G1').isMerged).toBe(true);
    expect(cellValues(ws, 2)).toEqual(['姓名', '身份证号', '民族', '乡镇', '村', '就业状态', '学历', '错误说明']);
    expect(cellValues(ws, 3)).toEqual([
      '买买提',
      Number(NUMBER_ID.slice(0, 17) + '0'),
      '维吾尔族',
      '塔什米里克乡',
      '库木巴格村',
      '失业',
      '初中',
      `原第4行：B列公民身份号码：${ID_DAMAGED_MESSAGE}`,
    ]);
    expect(cellValues(ws, 4)).toEqual([
      '古丽',
      BAD_CHECK.bad,
      '火星族',
      '塔什米里克乡',
      '库木巴格村',
      '失业',
      '初中',
      `原第5行：B列公民身份号码：公民身份号码校验位错误，应为 ${BAD_CHECK.expected}；C列民族：民族“火星族”不在代码表中，请填写如“维吾尔族”“汉族”，或从导入模板的下拉列表中选择`,
    ]);
    expect(cellValues(ws, 5)[4]).toBe('不存在村');
    expect(ws.rowCount).toBe(5);
    const red = (addr: string) => (ws.getCell(addr).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([red('B3'), red('B4'), red('C4'), red('E5')]).toEqual(['FFFFC7CE', 'FFFFC7CE', 'FFFFC7CE', 'FFFFC7CE']);
    expect([red('A3'), red('C3'), red('D4'), red('B5')]).toEqual([undefined, undefined, undefined, undefined]);
    expect(ws.getCell('B9').numFmt).toBe('@');
  });

  it('round trip: the corrected error file imports cleanly', async () => {
    const c = await county(makeCore());
    const first = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '名单.xlsx',
      contentBase64: base64(await file()),
    });
    expect(
      await jobData<PersonImportResult>(c.core, 'imports.persons.commit', {
        token: first.token,
        skipInvalidRows: true,
      }),
    ).toEqual({ created: 1, updated: 0, skipped: 3, backup: BEFORE_IMPORT_COPY, batchId: BATCH_ID });
    const written = await jobData<WrittenFile>(c.core, 'imports.persons.errorWorkbook', { token: first.token });
    const { wb } = await takeWorkbook(c.core, written.fileId);
    const ws = wb.getWorksheet('名单')!;
    ws.getCell('B3').value = NUMBER_ID;
    ws.getCell('B4').value = GULI;
    ws.getCell('C4').value = '维吾尔族';
    ws.getCell('E5').value = '库木巴格村';
    const corrected = Buffer.from(await wb.xlsx.writeBuffer());
    const again = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '名单_错误清单.xlsx',
      contentBase64: base64(corrected),
    });
    expect(again.sheetName).toBe('名单');
    expect(again.ignoredColumns).toEqual([{ column: 'H', header: '错误说明' }]);
    expect([again.total, again.newCount, again.errorRows]).toEqual([3, 3, 0]);
    expect(await jobData<PersonImportResult>(c.core, 'imports.persons.commit', { token: again.token })).toEqual({
      created: 3,
      updated: 0,
      skipped: 0,
      backup: BEFORE_IMPORT_COPY,
      batchId: BATCH_ID,
    });
    const names = (await must(c.core, 'persons.list', { pageSize: 20 })).items.map((p) => p.name).sort();
    expect(names).toEqual(['买买提', '古丽', '吐尔逊', '阿依努尔'].sort());
  });
});
