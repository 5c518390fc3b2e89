import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PERSON_IMPORT_SPECS } from '../../electron/core/modules/imports/person-columns';
import type { WrittenFile } from '../../shared/contract/files';
import type { PersonImportCheck } from '../../shared/contract/imports';
import { ETHNICITIES_XINJIANG_FIRST } from '../../shared/enums';
import { makeCore } from './harness';
import { county } from './persons-fixtures';
import { IDS } from './import-traps';
import { base64, jobData, takeWorkbook } from './import-workbooks';
import { PERSON_CONTACT_COLUMNS, PERSON_ROSTER_TAIL } from '../roster-columns';

// Issue 4 item 5: the blank person roster — canonical headers, a 填写说明 line per column, text-formatted
// ID/phone/card columns (§6.0.9) and drop-down lists from the code lists (DOMAIN §4) and the divisions.

type Validation = { type: string; formulae: string[]; allowBlank?: boolean; showErrorMessage?: boolean };
const validationsOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { model: Record<string, Validation | undefined> } }).dataValidations.model;

async function template() {
  const c = await county(makeCore());
  const file = await jobData<WrittenFile>(c.core, 'imports.persons.template', {});
  return { c, ...(await takeWorkbook(c.core, file.fileId)) };
}

/** The values of a list formula like '代码表'!$B$2:$B$60. */
function listValues(wb: ExcelJS.Workbook, formula: string): string[] {
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`not a range: ${formula}`);
  const ws = wb.getWorksheet(m[1]) as ExcelJS.Worksheet;
  return Array.from({ length: Number(m[5]) - Number(m[3]) + 1 }, (_, i) =>
    String(ws.getCell(`${m[2]}${Number(m[3]) + i}`).value),
  );
}

describe('imports.persons.template', () => {
  it('has the canonical headers, text columns and a 填写说明 line per column', async () => {
    const { fileName, wb } = await template();
    expect(fileName).toBe('人员信息导入模板.xlsx');
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['人员信息', 'visible'],
      ['填写说明', 'visible'],
      ['代码表', 'hidden'],
    ]);
    const ws = wb.worksheets[0];
    const headers = PERSON_IMPORT_SPECS.map((_, i) => ws.getCell(1, i + 1).value);
    expect(headers).toEqual([
      '姓名',
      '公民身份号码',
      '性别',
      '民族',
      '出生日期',
      ...PERSON_CONTACT_COLUMNS,
      '就业困难人员',
      '认定日期',
      '认定类别',
      ...PERSON_ROSTER_TAIL,
    ]);
    // Required columns in red.
    expect(ws.getCell('A1').font.color?.argb).toBe('FFC00000');
    expect(ws.getCell('C1').font.color?.argb).toBe('FF000000');
    // ID, phone and card numbers are text (@) down the column, so Excel keeps all 18 digits.
    for (const col of ['B', 'G', 'O', 'R', 'S']) expect(ws.getColumn(col).numFmt).toBe('@');
    expect(ws.getColumn('A').numFmt).toBeUndefined();

    const guide = wb.getWorksheet('填写说明') as ExcelJS.Worksheet;
    expect(guide.getCell('A1').value).toBe('人员信息导入模板 填写说明');
    expect(guide.getRow(3).values).toEqual([undefined, '列名', '是否必填', '格式', '可填写的值 / 说明']);
    const lines = PERSON_IMPORT_SPECS.map((_, i) => (guide.getRow(i + 4).values as unknown[]).slice(1, 4));
    expect(lines.map((l) => l[0])).toEqual(headers);
    expect(lines[1]).toEqual(['公民身份号码', '必填', '文本，18位']);
    expect(lines[2]).toEqual(['性别', '选填', '男 / 女']);
    expect(String(guide.getCell('D14').value)).toContain('失业(未就业)、单位就业');
  });

  it('offers drop-down lists from the code lists and the office divisions', async () => {
    const { wb } = await template();
    const ws = wb.worksheets[0];
    const dv = validationsOf(ws);
    const list = (cell: string) => {
      const v = dv[cell];
      expect(v?.type).toBe('list');
      return listValues(wb, v!.formulae[0]);
    };
    expect(list('C2')).toEqual(['男', '女']);
    expect(list('D2')).toEqual(ETHNICITIES_XINJIANG_FIRST.map((e) => e.label));
    expect(list('D5001')).toEqual(list('D2'));
    expect(list('F2')).toEqual([
      '研究生',
      '大学本科',
      '大学专科',
      '中专/中技/职高',
      '普通高中',
      '初中',
      '小学',
      '其他(含文盲半文盲)',
    ]);
    expect(list('H2')).toEqual(['乌帕尔镇', '塔什米里克乡']);
    expect(list('I2')).toEqual(['幸福路社区', '阿亚格曼干村', '库木巴格村']);
    expect(list('K2')).toContain('公益性岗位安置');
    expect(list('L2')).toEqual(['是', '否']);
    expect(list('P2')).toEqual(['是', '否']);
    expect(list('Q2')).toContain('脱贫人口(脱贫享受政策)');
    // Required columns do not allow a blank choice (exceljs reads a false allowBlank back as absent).
    expect(dv.D2).toMatchObject({ showErrorMessage: true });
    expect(dv.D2?.allowBlank).toBeFalsy();
    expect(dv.C2).toMatchObject({ allowBlank: true });
    // No list for free text or for number columns.
    for (const cell of ['A2', 'B2', 'E2', 'G2', 'J2', 'M2', 'N2', 'O2']) expect(dv[cell]).toBeUndefined();
  });

  it('a filled-in template imports cleanly', async () => {
    const { c, wb } = await template();
    const ws = wb.worksheets[0];
    [
      '阿依古丽',
      IDS.compact,
      '男',
      '维吾尔族',
      null,
      '初中',
      '13899012345',
      '乌帕尔镇',
      '阿亚格曼干村',
      null,
      '失业(未就业)',
      '是',
    ].forEach((v, i) => {
      if (v !== null) ws.getCell(2, i + 1).value = v;
    });
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '模板.xlsx',
      contentBase64: base64(buf),
    });
    expect([r.total, r.newCount, r.errors]).toEqual([1, 1, []]);
  });
});
