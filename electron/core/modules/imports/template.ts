// imports.persons.template: a blank person roster (issue 4 item 5). Sheet 1 人员信息 has the header row in
// the canonical labels (the importer reads the first sheet), text-formatted ID/phone/card columns (@, so
// Excel never rounds an 18-digit number, §6.0.9) and drop-down lists from the code lists (DOMAIN §4) and the
// office's divisions; 填写说明 explains every column; the lists live on a hidden sheet 代码表 (a list
// longer than 255 characters cannot be an inline formula).
import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import type { WrittenFile } from '../../../../shared/contract/files';
import {
  EDUCATIONS,
  EMPLOYMENT_STATUSES,
  ETHNICITIES_XINJIANG_FIRST,
  POVERTY_STATUSES,
  SEXES,
} from '../../../../shared/enums';
import type { CoreContext } from '../../context';
import type { JobControl } from '../../jobs/registry';
import { listRegions } from '../regions/queries';
import { discardFile, publishFile, reserveFile } from '../files/store';
import { PERSON_IMPORT_SPECS, TEXT_COLUMNS, type PersonImportKey } from './person-columns';

export const TEMPLATE_FILE_NAME = '人员信息导入模板.xlsx';
export const DATA_SHEET = '人员信息';
export const GUIDE_SHEET = '填写说明';
export const LISTS_SHEET = '代码表';
/** Rows below the header that carry formats and drop-downs. */
export const TEMPLATE_ROWS = 5000;

const labels = (list: readonly { label: string }[]) => list.map((i) => i.label);

/** 填写说明 per column: format and allowed values. */
const GUIDE: Record<PersonImportKey, [format: string, values: string]> = {
  name: ['文字，1–60个字符', '维吾尔族、哈萨克族等姓名中间的点请用“·”，如 阿不都热合曼·买买提'],
  idNumber: ['文本，18位', '最后一位可为 X；本列已设为文本格式，请勿改为数值（Excel 会把后几位变成 0）'],
  sex: ['男 / 女', '由公民身份号码第17位推算；如填写，须与身份证号码一致'],
  ethnicity: ['下拉选择', '56个民族及“其他”“外国血统中国籍人士”，如 维吾尔族、汉族、哈萨克族'],
  birthDate: ['日期，如 1990-03-05', '由公民身份号码推算；如填写，须与身份证号码一致'],
  education: ['下拉选择', labels(EDUCATIONS).join('、')],
  phone: ['文本', '手机号码11位，或固定电话如 0998-1234567'],
  township: ['下拉选择', '本县行政区划中的乡镇(街道)名称（设置 → 行政区划）'],
  village: ['下拉选择', '所填乡镇(街道)下的村(社区)名称'],
  address: ['文字，最多200个字符', '如 阿亚格曼干村3组12号'],
  employmentStatus: ['下拉选择', labels(EMPLOYMENT_STATUSES).join('、')],
  isDifficult: ['是 / 否', '“是”表示已认定的就业困难人员，导入时补录一条认定记录'],
  recognitionDate: ['日期', '已认定人员的认定日期（县级确认日期），不详可不填'],
  recognitionCategories: [
    '类别名称',
    '如“大龄失业人员、低保对象”，多个用顿号分隔；不填则按人员信息（残疾、低保、脱贫/监测）补录',
  ],
  cardNo: ['文本', '一般为16位或18位数字'],
  dibao: ['是 / 否', '是否低保对象'],
  povertyStatus: ['下拉选择', labels(POVERTY_STATUSES).join('、')],
  disabilityCertNo: ['文本，20位', '公民身份号码18位 + 残疾类别1位 + 残疾等级1位'],
  bankCardNo: ['文本，16–19位数字', '社会保障卡金融账户或银行卡号'],
  bankName: ['文字', '开户银行名称'],
};

/** Drop-down lists, each a column of the hidden 代码表 sheet. */
function lists(db: Database.Database): Partial<Record<PersonImportKey, string[]>> {
  const regions = listRegions(db, false);
  const villages = [...new Set(regions.filter((r) => r.level === 5).map((r) => r.name))];
  return {
    sex: labels(SEXES),
    ethnicity: labels(ETHNICITIES_XINJIANG_FIRST),
    education: labels(EDUCATIONS),
    township: regions.filter((r) => r.level === 4).map((r) => r.name),
    village: villages,
    employmentStatus: labels(EMPLOYMENT_STATUSES),
    isDifficult: ['是', '否'],
    dibao: ['是', '否'],
    povertyStatus: labels(POVERTY_STATUSES),
  };
}

/** exceljs has worksheet.dataValidations at run time; its typings only know cell.dataValidation. */
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };

function fillDataSheet(ws: ExcelJS.Worksheet, listSheet: ExcelJS.Worksheet, db: Database.Database) {
  const values = lists(db);
  let listColumn = 0;
  PERSON_IMPORT_SPECS.forEach((spec, i) => {
    const c = i + 1;
    const column = ws.getColumn(c);
    column.width = spec.key === 'name' || spec.key === 'address' ? 22 : TEXT_COLUMNS.has(spec.key) ? 22 : 14;
    if (TEXT_COLUMNS.has(spec.key)) column.numFmt = '@';
    const head = ws.getCell(1, c);
    head.value = spec.label;
    head.style = {
      font: { name: '宋体', size: 11, bold: true, color: { argb: spec.required ? 'FFC00000' : 'FF000000' } },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: HEAD_FILL,
      border: BORDER,
      numFmt: '@',
    };
    const list = values[spec.key];
    if (!list?.length) return;
    listColumn++;
    listSheet.getCell(1, listColumn).value = spec.label;
    list.forEach((v, j) => (listSheet.getCell(j + 2, listColumn).value = v));
    const letter = listSheet.getColumn(listColumn).letter;
    const target = `${column.letter}2:${column.letter}${TEMPLATE_ROWS + 1}`;
    validations(ws).add(target, {
      type: 'list',
      allowBlank: !spec.required,
      formulae: [`'${LISTS_SHEET}'!$${letter}$2:$${letter}$${list.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: `${spec.label}不正确`,
      error: `请从下拉列表中选择${spec.label}`,
    });
  });
  ws.getRow(1).height = 28;
}

function guideSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(GUIDE_SHEET);
  ws.columns = [{ width: 18 }, { width: 10 }, { width: 22 }, { width: 90 }];
  ws.getCell('A1').value = '人员信息导入模板 填写说明';
  ws.getCell('A1').font = { name: '宋体', size: 14, bold: true };
  ws.mergeCells('A1:D1');
  const header = ws.getRow(3);
  ['列名', '是否必填', '格式', '可填写的值 / 说明'].forEach((h, i) => {
    header.getCell(i + 1).value = h;
    header.getCell(i + 1).style = { font: { name: '宋体', size: 11, bold: true }, fill: HEAD_FILL, border: BORDER };
  });
  PERSON_IMPORT_SPECS.forEach((spec, i) => {
    const [format, allowed] = GUIDE[spec.key];
    const row = ws.getRow(i + 4);
    [spec.label, spec.required ? '必填' : '选填', format, allowed].forEach((v, c) => {
      row.getCell(c + 1).value = v;
      row.getCell(c + 1).style = {
        font: { name: '宋体', size: 11 },
        alignment: { wrapText: true, vertical: 'middle' },
        border: BORDER,
      };
    });
  });
  const notes = [
    '1. 第1行是表头，请勿修改列名；选填的列可以删除，列的顺序可以调整。红色列名为必填列。',
    '2. 每人一行，中间不要留空行；表头上方可以有标题行。',
    '3. 公民身份号码、联系电话、就业创业证号、残疾人证号、社保卡/银行卡号已设为文本格式。从其他表格粘贴时请选择“只粘贴数值”，不要把这些列改为数值格式。',
    '4. 导入前程序会逐行检查，列出每个错误所在的行和列；可下载错误清单，改正后重新导入。',
    '5. 公民身份号码已登记的人员，程序会列出信息的变化，由您逐人确认是否更新；空白单元格不会清除已登记的信息。',
  ];
  notes.forEach((n, i) => {
    const cell = ws.getCell(PERSON_IMPORT_SPECS.length + 5 + i, 1);
    cell.value = n;
    cell.font = { name: '宋体', size: 11 };
  });
}

export async function writePersonTemplate(_input: object, ctx: CoreContext, job: JobControl): Promise<WrittenFile> {
  job.progress(0, 0, '生成导入模板');
  const wb = new ExcelJS.Workbook();
  wb.creator = '就业援助台账';
  // Sheet order: the data sheet first (the importer reads the first sheet), then 填写说明, then the hidden lists.
  const data = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  guideSheet(wb);
  fillDataSheet(data, wb.addWorksheet(LISTS_SHEET, { state: 'hidden' }), ctx.db);
  const pending = reserveFile(ctx);
  try {
    await wb.xlsx.writeFile(pending.filePath);
    job.checkCancelled();
    return publishFile(ctx, pending, TEMPLATE_FILE_NAME);
  } catch (err) {
    discardFile(ctx, pending.fileId);
    throw err;
  }
}
