// RPT-01 就业困难人员实名制台账 (DOMAIN §6.1) as data for the report frame (§6.0): the 24 columns, grouping
// 乡镇 → 村 with 小计 (人数), 合计 and the signature line come from the definition; rows from rpt01-query.ts.
import { chineseDate, monthEnd } from '../../../../shared/domain/dates';
import { column as col, scopeNote, type ReportColumn, type ReportDefinition } from '../../excel/report-definition';
import { type ReportScope, type ReportSource } from './report-source';
import { countRpt01, rpt01Rows, type Rpt01Filter, type Rpt01Row } from './rpt01-query';

export const RPT01_CODE = 'RPT-01';
export const RPT01_NAME = '就业困难人员实名制台账';

export const RPT01_NOTE = '本表人员为所属期内认定有效（含本期退出）的就业困难人员；认定日期不详的为补录人员。';
/** The same with 认定状态 仅有效 (§6.1). */
export const RPT01_VALID_NOTE = '本表人员为所属期末认定有效的就业困难人员（不含本期退出）；认定日期不详的为补录人员。';

/**
 * §6.1 columns in order. 24 columns fit one A4 landscape page width (issue 18: at the first widths, 313 units,
 * fit-to-width printed 10 pt text at 4.7 pt): text columns are as narrow as their usual values and wrap in taller
 * rows; names keep room for Uyghur/Kazakh names (VR-05), IDs, phones and dates one line.
 */
export const RPT01_COLUMNS: ReportColumn[] = [
  col('seq', '序号', 'seq', { width: 5 }),
  col('township', '乡镇(街道)', 'text', { width: 9 }),
  col('village', '村(社区)', 'text', { width: 9 }),
  col('name', '姓名', 'text'),
  col('sex', '性别', 'text', { width: 4 }),
  col('ethnicity', '民族', 'text', { width: 6 }),
  col('idNumber', '公民身份号码', 'id', { width: 20 }),
  col('age', '年龄', 'int', { width: 4, sum: false }),
  col('education', '文化程度', 'text', { width: 6 }),
  col('phone', '联系电话', 'phone', { width: 12.5 }),
  col('address', '现住址', 'text', { width: 12 }),
  col('category', '认定类别(主)', 'text', { width: 8 }),
  col('otherCategories', '其他符合类别', 'text', { width: 8 }),
  col('recognitionDate', '认定日期', 'date', { width: 11 }),
  col('cardNo', '就业创业证号', 'text', { width: 10 }),
  col('employment', '当前就业状态', 'text', { width: 6 }),
  col('employer', '就业单位/岗位', 'text', { width: 10 }),
  col('employmentDate', '就业日期', 'date', { width: 11 }),
  col('policies', '享受政策(公益性岗位/社保补贴/培训/见习)', 'text', { width: 10 }),
  col('helper', '帮扶责任人', 'text', { width: 6 }),
  col('lastContact', '最近联系日期', 'date', { width: 11 }),
  col('exitDate', '退出日期', 'date', { width: 11 }),
  col('exitReason', '退出原因', 'text', { width: 8 }),
  col('remark', '备注', 'text', { width: 5 }),
];

export interface Rpt01Options {
  /** The last day of the month: age (BR-01) is counted to it. */
  asOf: string;
  /** The one 乡镇 exported, when the clerk chose one. */
  townshipName?: string;
  /** 认定状态 仅有效: the persons who exited in the month are left out. */
  validOnly?: boolean;
}

export function rpt01Definition(options: Rpt01Options): ReportDefinition {
  const notes = [
    options.validOnly ? RPT01_VALID_NOTE : RPT01_NOTE,
    `年龄为截至${chineseDate(options.asOf)}的周岁。`,
    ...scopeNote(options.townshipName),
  ];
  return {
    code: RPT01_CODE,
    name: RPT01_NAME,
    unitLabel: '单位：人',
    columns: RPT01_COLUMNS,
    grouping: [{ key: 'township' }, { key: 'village' }],
    totals: { countColumn: 'name' },
    freezeColumns: 4,
    notes,
  };
}

const filterOf = (scope: ReportScope): Rpt01Filter => ({
  townshipId: scope.townshipId,
  validOnly: scope.recognitionStatus === 'valid',
});

/** 仅有效 from the frozen 含本期退出 copy: its rows without 退出日期 (the same rows the query leaves), and its note. */
const validOnly = <S extends { definition: ReportDefinition; rows: object[] }>(s: S): S => ({
  ...s,
  definition: { ...s.definition, notes: s.definition.notes?.map((n) => (n === RPT01_NOTE ? RPT01_VALID_NOTE : n)) },
  rows: s.rows.filter((r) => !(r as Rpt01Row).exitDate),
});

/** Age (BR-01) is counted to the last day of the month. */
export const rpt01: ReportSource = {
  code: RPT01_CODE,
  name: RPT01_NAME,
  definition: (scope) =>
    rpt01Definition({
      asOf: monthEnd(scope.month),
      townshipName: scope.townshipName,
      validOnly: scope.recognitionStatus === 'valid',
    }),
  count: (db, scope) => countRpt01(db, filterOf(scope), monthEnd(scope.month)),
  rows: (db, scope) => rpt01Rows(db, filterOf(scope), monthEnd(scope.month), scope.today),
  fromFrozen: (sheets, scope) => (scope.recognitionStatus === 'valid' ? sheets.map(validOnly) : sheets),
};
