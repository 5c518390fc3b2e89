// imports.persons.template: a blank person roster (issue 4 item 5), written by template-writer.ts: sheet 1
// 人员信息 with drop-down lists from the code lists (DOMAIN §4) and the office's divisions, 填写说明, 代码表.
import type Database from 'better-sqlite3';
import { EDUCATIONS, EMPLOYMENT_STATUSES, POVERTY_STATUSES } from '../../../../shared/enums';
import { rosterChoices } from '../../../../shared/enums/roster-choices';
import type { CoreContext } from '../../context';
import type { JobControl } from '../../jobs/registry';
import { listRegions } from '../regions/queries';
import { PERSON_IMPORT_SPECS, TEXT_COLUMNS, type PersonImportKey } from './person-columns';
import { HEADER_NOTE, writeTemplate } from './template-writer';

export { GUIDE_SHEET, LISTS_SHEET, TEMPLATE_ROWS } from './template-writer';

export const TEMPLATE_FILE_NAME = '人员信息导入模板.xlsx';
export const DATA_SHEET = '人员信息';
export const labels = (list: readonly { label: string }[]) => list.map((i) => i.label);
/** A code list's values as 填写说明 lists them: 本科、大专、高中 …. */
export const choicesText = (list: readonly { label: string }[]) => labels(list).join('、');
/** 填写说明 of a drop-down column of a code list: 下拉选择 and the list's values. */
export const choiceGuide = (list: readonly { label: string }[]): [format: string, values: string] => [
  '下拉选择',
  choicesText(list),
];

/** 填写说明 per column: format and allowed values. */
const GUIDE: Record<PersonImportKey, [format: string, values: string]> = {
  name: ['文字，1–60个字符', '维吾尔族、哈萨克族等姓名中间的点请用“·”，如 阿不都热合曼·买买提'],
  idNumber: ['文本，18位', '最后一位可为 X；本列已设为文本格式，请勿改为数值（Excel 会把后几位变成 0）'],
  sex: ['男 / 女', '由公民身份号码第17位推算；如填写，须与公民身份号码一致'],
  ethnicity: ['下拉选择', '56个民族及“其他”“外国血统中国籍人士”，如 维吾尔族、汉族、哈萨克族'],
  birthDate: ['日期，如 1990-03-05', '由公民身份号码推算；如填写，须与公民身份号码一致'],
  education: choiceGuide(EDUCATIONS),
  phone: ['文本', '手机号码11位，或固定电话如 0998-1234567'],
  township: ['下拉选择', '本县行政区划中的乡镇(街道)名称（设置 → 行政区划）'],
  village: ['下拉选择', '所填乡镇(街道)下的村(社区)名称'],
  address: ['文字，最多200个字符', '如 阿亚格曼干村3组12号'],
  employmentStatus: choiceGuide(EMPLOYMENT_STATUSES),
  isDifficult: ['是 / 否', '“是”表示已认定的就业困难人员，导入时补录一条认定记录'],
  recognitionDate: ['日期', '已认定人员的认定日期（县级确认日期），不详可不填'],
  recognitionCategories: [
    '类别名称',
    '如“大龄失业人员、低保对象”，多个用顿号分隔；不填则按人员信息（残疾、低保、脱贫/监测）补录',
  ],
  cardNo: ['文本', '一般为16位或18位数字'],
  dibao: ['是 / 否', '是否低保对象'],
  povertyStatus: choiceGuide(POVERTY_STATUSES),
  disabilityCertNo: ['文本，20位', '公民身份号码18位 + 残疾类别1位 + 残疾等级1位'],
  bankCardNo: ['文本，16–19位数字', '社会保障卡金融账户或银行卡号'],
  bankName: ['文字', '开户银行名称'],
};

/** The office's current 乡镇(街道) and 村(社区) names, for drop-down lists. */
export function placeLists(db: Database.Database): { township: string[]; village: string[] } {
  const regions = listRegions(db, false);
  return {
    township: regions.filter((r) => r.level === 4).map((r) => r.name),
    village: [...new Set(regions.filter((r) => r.level === 5).map((r) => r.name))],
  };
}

/** Drop-down lists, each a column of the hidden 代码表 sheet. */
function lists(db: Database.Database): Partial<Record<PersonImportKey, string[]>> {
  return {
    ...placeLists(db),
    ...rosterChoices('sex', 'ethnicity', 'education', 'employmentStatus', 'isDifficult', 'dibao', 'povertyStatus'),
  };
}

const NOTES = [
  HEADER_NOTE,
  '2. 每人一行，中间不要留空行；表头上方可以有标题行。',
  '3. 公民身份号码、联系电话、就业创业证号、残疾人证号、社保卡/银行卡号已设为文本格式。从其他表格粘贴时请选择“只粘贴数值”，不要把这些列改为数值格式。',
  '4. 导入前程序会逐行检查，列出每个错误所在的行和列；可下载错误清单，改正后重新导入。',
  '5. 公民身份号码已登记的人员，程序会列出信息的变化，由您逐人确认是否更新；空白单元格不会清除已登记的信息。',
];

export const writePersonTemplate = (_input: object, ctx: CoreContext, job: JobControl) =>
  writeTemplate(
    {
      fileName: TEMPLATE_FILE_NAME,
      dataSheet: DATA_SHEET,
      title: '人员信息导入模板',
      specs: PERSON_IMPORT_SPECS,
      guide: GUIDE,
      lists: (db) => lists(db) as Record<string, string[]>,
      textKeys: TEXT_COLUMNS,
      wideKeys: ['name', 'address'],
      notes: NOTES,
    },
    ctx,
    job,
  );
