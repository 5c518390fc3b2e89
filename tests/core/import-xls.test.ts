import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { ID_DAMAGED_MESSAGE } from '../../electron/core/excel/import/values';
import type { PersonImportCheck, PersonImportResult } from '../../shared/contract/imports';
import { makeCore, must, snapshot } from './harness';
import { county, makeId } from './persons-fixtures';
import { BATCH_ID, BEFORE_IMPORT_COPY, base64, jobData, jobError } from './import-workbooks';

// Issue 14: legacy .xls (BIFF8) rosters are read with SheetJS (@e965/xlsx), only for .xls; built here with
// SheetJS's own writer: a title merged across, a hidden sheet, a totals row, a date typed as a date cell.

const ID1 = makeId('653121', '19900101', '011');
const ID2 = makeId('653121', '19861128', '023');

function xls(sheets: { name: string; rows: unknown[][]; merges?: string[]; hidden?: boolean }[]): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows, { cellDates: true });
    ws['!merges'] = (s.merges ?? []).map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })) };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer;
}

const HEAD = ['姓名', '身份证号码', '民族', '所在乡镇（街道）', '所在村（社区）', '就业状态', '出生日期'];

describe('imports.persons.check on a legacy .xls', () => {
  it('reads the roster sheet, skips the totals row, refuses the damaged ID, and the valid rows go in', async () => {
    const c = await county(makeCore());
    const file = xls([
      { name: '代码表', rows: [HEAD, ['隐藏', ID1, '汉族', '乌帕尔镇', '阿亚格曼干村', '失业', null]], hidden: true },
      {
        name: '花名册',
        rows: [
          ['乌帕尔镇失业人员花名册'],
          HEAD,
          ['张一', ID1, '汉族', '乌帕尔镇', '阿亚格曼干村', '失业', new Date(Date.UTC(1990, 0, 1))],
          ['李二', ID2, '维吾尔族', '乌帕尔镇', '幸福路社区', '失业', '1986.11.28'],
          ['王三', Number(makeId('653121', '19870101', '035')), '回族', '乌帕尔镇', '幸福路社区', '失业', null],
          ['合计', null, null, null, null, null, '3人'],
        ],
        merges: ['A1:G1'],
      },
    ]);
    const before = snapshot(c.core);
    const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '花名册.xls',
      contentBase64: base64(file),
    });
    expect(snapshot(c.core)).toBe(before);
    expect([r.sheetName, r.headerRow, r.sheets?.length]).toEqual(['花名册', 2, 1]);
    expect(r.skippedRows).toEqual([{ row: 6, reason: '合计行' }]);
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([[5, 'B', ID_DAMAGED_MESSAGE]]);
    expect([r.total, r.newCount]).toEqual([3, 2]);
    expect(
      await jobData<PersonImportResult>(c.core, 'imports.persons.commit', { token: r.token, skipInvalidRows: true }),
    ).toEqual({ created: 2, updated: 0, skipped: 1, backup: BEFORE_IMPORT_COPY, batchId: BATCH_ID });
    expect((await must(c.core, 'persons.list', { pageSize: 20 })).items.map((p) => p.name).sort()).toEqual(
      ['张一', '李二'].sort(),
    );
  });

  it('a damaged .xls gets the Chinese message and nothing is written', async () => {
    const c = await county(makeCore());
    const good = xls([{ name: 'S', rows: [HEAD, ['张一', ID1, '汉族', '乌帕尔镇', '阿亚格曼干村', '失业', null]] }]);
    const damaged = Buffer.concat([good.subarray(0, 512), Buffer.alloc(600, 0xff)]);
    const before = snapshot(c.core);
    const e = await jobError(c.core, 'imports.persons.check', { fileName: '坏.xls', contentBase64: base64(damaged) });
    expect(e.message).toBe(
      '该文件是旧版 .xls 格式或设有打开密码，无法读取。请在 Excel 中“另存为”不加密的 .xlsx 文件后再导入。',
    );
    expect(snapshot(c.core)).toBe(before);
  });
});
