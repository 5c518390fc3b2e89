// The blank roster every import kind offers (issue 4 item 5, issue 14): sheet 1 has the header row in the
// canonical labels (required ones in red), text-formatted ID/phone/card columns (@, so Excel never rounds an
// 18-digit number, §6.0.9) and drop-down lists; 填写说明 explains every column; the lists live on a hidden sheet
// 代码表 (a list longer than 255 characters cannot be an inline formula). A kind gives its definition.
import type ExcelJS from 'exceljs';
import { excel } from '../../excel/exceljs';
import { THIN_BORDER } from '../../excel/report-cells';
import type Database from 'better-sqlite3';
import type { WrittenFile } from '../../../../shared/contract/files';
import type { CoreContext } from '../../context';
import type { HeaderSpec } from '../../excel/import/headers';
import type { JobControl } from '../../jobs/registry';
import { writtenFile } from '../files/export-step';

export const GUIDE_SHEET = '填写说明';
export const LISTS_SHEET = '代码表';
/** Rows below the header that carry formats and drop-downs. */
export const TEMPLATE_ROWS = 5000;

/** The first 说明 of every import template: how the header row may be changed. */
export const HEADER_NOTE = '1. 第1行是表头，请勿修改列名；选填的列可以删除，列的顺序可以调整。红色列名为必填列。';
/** The 填写说明 of the 姓名 column on a roster of persons already registered. */
export const REGISTERED_NAME_GUIDE: [format: string, values: string] = ['文字', '须与人员信息中登记的姓名一致'];

export interface TemplateDefinition {
  fileName: string;
  /** The data sheet's name, e.g. 人员信息. */
  dataSheet: string;
  /** The 填写说明 title, e.g. 人员信息导入模板. */
  title: string;
  specs: readonly (HeaderSpec & { required?: boolean })[];
  /** Per field: format and allowed values / explanation. */
  guide: Record<string, [format: string, values: string]>;
  /** Drop-down lists per field. */
  lists: (db: Database.Database) => Record<string, string[]>;
  textKeys: ReadonlySet<string>;
  /** Wide columns besides the text ones. */
  wideKeys?: readonly string[];
  notes: readonly string[];
}

/** exceljs has worksheet.dataValidations at run time; its typings only know cell.dataValidation. */
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };

function fillDataSheet(
  def: TemplateDefinition,
  ws: ExcelJS.Worksheet,
  listSheet: ExcelJS.Worksheet,
  db: Database.Database,
) {
  const values = def.lists(db);
  let listColumn = 0;
  def.specs.forEach((spec, i) => {
    const c = i + 1;
    const column = ws.getColumn(c);
    const text = def.textKeys.has(spec.key);
    column.width = text || def.wideKeys?.includes(spec.key) ? 22 : 14;
    if (text) column.numFmt = '@';
    const head = ws.getCell(1, c);
    head.value = spec.label;
    head.style = {
      font: { name: '宋体', size: 11, bold: true, color: { argb: spec.required ? 'FFC00000' : 'FF000000' } },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: HEAD_FILL,
      border: THIN_BORDER,
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

function guideSheet(def: TemplateDefinition, wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet(GUIDE_SHEET);
  ws.columns = [{ width: 18 }, { width: 10 }, { width: 22 }, { width: 90 }];
  ws.getCell('A1').value = `${def.title} 填写说明`;
  ws.getCell('A1').font = { name: '宋体', size: 14, bold: true };
  ws.mergeCells('A1:D1');
  const header = ws.getRow(3);
  ['列名', '是否必填', '格式', '可填写的值 / 说明'].forEach((h, i) => {
    header.getCell(i + 1).value = h;
    header.getCell(i + 1).style = {
      font: { name: '宋体', size: 11, bold: true },
      fill: HEAD_FILL,
      border: THIN_BORDER,
    };
  });
  def.specs.forEach((spec, i) => {
    const [format, allowed] = def.guide[spec.key] ?? ['', ''];
    const row = ws.getRow(i + 4);
    [spec.label, spec.required ? '必填' : '选填', format, allowed].forEach((v, c) => {
      row.getCell(c + 1).value = v;
      row.getCell(c + 1).style = {
        font: { name: '宋体', size: 11 },
        alignment: { wrapText: true, vertical: 'middle' },
        border: THIN_BORDER,
      };
    });
  });
  def.notes.forEach((n, i) => {
    const cell = ws.getCell(def.specs.length + 5 + i, 1);
    cell.value = n;
    cell.font = { name: '宋体', size: 11 };
  });
}

/** Writes the kind's blank roster into exports/ for files.take. */
export async function writeTemplate(def: TemplateDefinition, ctx: CoreContext, job: JobControl): Promise<WrittenFile> {
  job.progress(0, 0, '生成导入模板');
  const wb = new (excel().Workbook)();
  wb.creator = '就业援助台账';
  // Sheet order: the data sheet first (the importer reads the first sheet), then 填写说明, then the hidden lists.
  const data = wb.addWorksheet(def.dataSheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  guideSheet(def, wb);
  fillDataSheet(def, data, wb.addWorksheet(LISTS_SHEET, { state: 'hidden' }), ctx.db);
  return writtenFile(ctx, {
    write: async (filePath) => {
      await wb.xlsx.writeFile(filePath);
      job.checkCancelled();
    },
    publish: () => ({ fileName: def.fileName, about: { subject: `空白导入模板 ${def.dataSheet}`, ids: 'none' } }),
  });
}
