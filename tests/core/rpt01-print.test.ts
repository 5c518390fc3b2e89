import { describe, expect, it } from 'vitest';
import { leafColumns } from '../../electron/core/excel/report-definition';
import {
  fitToWidthScale,
  LANDSCAPE_UNITS,
  rowHeightFor,
  wrappedLines,
} from '../../electron/core/excel/report-text-fit';
import { RPT01_COLUMNS, rpt01Definition } from '../../electron/core/modules/reports/rpt01';
import { expectA4LandscapeOneHeaderRow, writeAndRead } from './reports-export-read';

// Issue 18: RPT-01's 24 columns print legibly on one A4 landscape page width: fit to width at 65 % or more (10 pt
// text prints at 6.5 pt or larger; it was 4.7 pt at the first widths), the header rows repeated on every page,
// long texts wrapping inside their cells, names wide enough for Uyghur/Kazakh names.

const ROW = {
  township: '乌帕尔镇',
  village: '托万克乌帕尔村',
  name: '阿卜杜克热木·阿卜杜热依木',
  sex: '男',
  ethnicity: '维吾尔族',
  idNumber: '653121198003150011',
  age: 46,
  education: '初中',
  phone: '13912345678',
  address: '疏附县乌帕尔镇托万克乌帕尔村3组15号',
  category: '大龄失业人员',
  otherCategories: '零就业家庭成员',
  recognitionDate: '2026-03-15',
  cardNo: '6531212026000123',
  employment: '失业(未就业)',
  employer: '',
  employmentDate: '',
  policies: '公益性岗位、培训',
  helper: '古丽米拉',
  lastContact: '2026-11-20',
  exitDate: '',
  exitReason: '',
  remark: '',
};

describe('RPT-01 print setup', () => {
  it('A4 landscape, one page wide at 65 % or more, header rows repeated, text columns wrap', async () => {
    const def = rpt01Definition({ asOf: '2026-11-30' });
    const ws = await writeAndRead(def, [ROW, { ...ROW, name: '米娜', village: '乌帕尔村' }], '2026-11');
    // The header is one row here (row 3, under the title and the unit line): repeated on each printed page.
    expect(ws.getCell('A3').value).toBe('序号');
    expect(ws.getCell('X3').value).toBe('备注');
    expectA4LandscapeOneHeaderRow(ws);

    const widths = RPT01_COLUMNS.map((_, i) => ws.getColumn(i + 1).width ?? 9);
    const width = widths.reduce((a, b) => a + b, 0);
    expect(leafColumns(def.columns)).toHaveLength(24);
    expect(width).toBeLessThanOrEqual(LANDSCAPE_UNITS / 0.65);
    expect(fitToWidthScale(width, 'landscape')).toBeGreaterThanOrEqual(0.65);
    expect(fitToWidthScale(313, 'landscape')).toBeLessThan(0.5); // the first widths
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(16); // 姓名

    const data = 4;
    expect(ws.getCell(data, 4).value).toBe('阿卜杜克热木·阿卜杜热依木');
    for (const key of ['name', 'address', 'category', 'policies', 'employment'])
      expect(ws.getCell(data, RPT01_COLUMNS.findIndex((c) => c.key === key) + 1).alignment?.wrapText).toBe(true);
    // The row is tall enough for its longest wrapped text (the address); a row of short texts keeps the default.
    const addressWidth = widths[RPT01_COLUMNS.findIndex((c) => c.key === 'address')];
    const need = rowHeightFor(wrappedLines(ROW.address, addressWidth));
    expect(wrappedLines(ROW.address, addressWidth)).toBeGreaterThan(2);
    expect(ws.getRow(data).height).toBeGreaterThanOrEqual(need);
    // One-line values fit their column: the ID, the phone and the dates.
    for (const key of ['idNumber', 'phone', 'recognitionDate', 'lastContact']) {
      const i = RPT01_COLUMNS.findIndex((c) => c.key === key);
      const v = ws.getCell(data, i + 1).value;
      const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
      expect(widths[i]).toBeGreaterThanOrEqual(text.length * 1.1);
    }
  });
});
