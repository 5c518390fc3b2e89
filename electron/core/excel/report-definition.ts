// The report frame of DOMAIN §6.0 as DATA. A report is a definition (this file's types) plus a
// query that yields rows; the one writer in report-writer.ts lays out every report from it.
// Adding a report means adding a definition, never a layout routine.

import { textUnits } from './report-text-fit';
import { chineseDate, chineseMonth } from '../../../shared/domain/dates';
import { fillTitle, type ReportPeriod } from '../../../shared/domain/report-title';

export { headerDepth } from '../../../shared/domain/report-header-cells';
export { TITLE_PLACEHOLDERS, type ReportPeriod } from '../../../shared/domain/report-title';

/**
 * Column types and how the writer renders them:
 * - seq: running number 1, 2, 3 … over the data rows (序号); the row value is ignored
 * - text: string cell
 * - int: whole number cell (format 0); summed in 小计/合计 unless `sum: false` (e.g. 年龄)
 * - money: INTEGER FEN in, yuan number out (format #,##0.00; 万元 when the report asks); summed
 * - date: 'YYYY-MM-DD' in, Excel date out (format yyyy-mm-dd); month: 'YYYY-MM' in, format yyyy-mm
 * - rate: numerator ÷ denominator × 100 of two summed fields, a percentage with 1 decimal (66.7, format 0.0; the
 *         header carries the %, e.g. 联系率%); recomputed from the sums in 小计/合计, never summed
 * - id / phone / bank: always TEXT cells (Excel keeps only 15 significant digits of a number),
 *         masked per VR-09 unless the export is full
 */
export type ColumnType = 'seq' | 'text' | 'int' | 'money' | 'date' | 'month' | 'rate' | 'id' | 'phone' | 'bank';

/** A leaf of the header tree: one worksheet column. */
export interface ReportColumn {
  /** Field of the row object read for this column (ignored for seq and rate). */
  key: string;
  /** Header text, e.g. 公民身份号码. */
  header: string;
  type: ColumnType;
  /** Excel character width; a default per type is used when absent (姓名 columns get at least 16). */
  width?: number;
  /** Add this column in 小计/合计 rows. Default: true for int and money, false otherwise. */
  sum?: boolean;
  /** For type 'rate': the row fields whose values (and sums) give numerator and denominator. */
  rate?: { numerator: string; denominator: string };
  /** Overrides the automatic 栏次 label (甲/乙… for text columns, 1, 2, 3… for numeric ones). */
  lanci?: string;
  /** A column the clerk does not see (hidden in Excel), e.g. the record key an import matches the row by. */
  hidden?: boolean;
}

/** An inner node of the header tree: a header cell merged across its children (e.g. 其中, 本月服务). */
export interface HeaderGroup {
  header: string;
  children: HeaderNode[];
}

export type HeaderNode = ReportColumn | HeaderGroup;

/** One grouping level. Rows must arrive sorted by the keys of all levels, outermost first. */
export interface GroupLevel {
  /** Row field holding the group value (e.g. 'township', then 'village'). */
  key: string;
  /** Column key receiving the '{value}小计' label; default: the column with the same key, else the first column. */
  labelColumn?: string;
}

export interface TotalsSpec {
  /** Write the 合计 row. Default true. */
  grandTotal?: boolean;
  /** Column key receiving the 合计 label; default the first column. */
  labelColumn?: string;
  /** Column key showing the number of data rows (人数) in 小计 and 合计 rows, e.g. the 姓名 column. */
  countColumn?: string;
  /** Unit shown after the count; default 人. */
  countUnit?: string;
}

export type MoneyUnit = '元' | '万元';

export interface ReportDefinition {
  /** Report code, e.g. 'RPT-01'; used in the file name. */
  code: string;
  /** 报表名, e.g. 就业困难人员实名制台账. */
  name: string;
  /** Title template with {县市名} {年} {月} {报表名} {单位}; default TITLE_TEMPLATE. */
  title?: string;
  /** Worksheet name; default the report name (cut to Excel's 31 characters). */
  sheetName?: string;
  /** The right part of the unit/period line; default 单位：人、元 (人、万元 when money is in 万元). null omits it. */
  unitLabel?: string | null;
  /** false: a notice to post (GS-01) — its unit/period line stays empty (no 填报单位, no 所属期/统计期). */
  unitLine?: false;
  moneyUnit?: MoneyUnit;
  columns: HeaderNode[];
  /** Statistical tables: a 栏次 row under the headers. */
  lanci?: boolean;
  grouping?: GroupLevel[];
  totals?: TotalsSpec;
  /** BR-32: a 合计人民币（大写）：… line under the 合计 row for this money column key. */
  capitalTotal?: { column: string; label?: string };
  /** Lines above the signature line (e.g. 经办人签字：). */
  preFooter?: string[];
  /** Signature line(s); default [SIGNATURE_LINE]. An empty array omits them. */
  signatures?: string[];
  /** 说明 lines, written after the signatures; the first is prefixed 说明：. */
  notes?: string[];
  /** Columns kept visible when scrolling right (frozen panes); rows are always frozen below the header. */
  freezeColumns?: number;
  /**
   * Row field that, when truthy, makes a data row the continuation of the row above (the same person, e.g. a part of
   * the payment that goes to another account): it gets no 序号 of its own and is not counted in the 小计/合计 人数;
   * its amounts are summed like any row's.
   */
  continuationKey?: string;
  /** Default 'landscape' (A4). */
  orientation?: 'landscape' | 'portrait';
}

export interface ReportParams {
  /** 县市名 in the title, e.g. 乌鲁木齐市天山区. */
  countyName: string;
  /** The 乡镇(街道) an export is narrowed to: the title names it after the county (疏附县乌帕尔镇2026年11月…). */
  townshipName?: string;
  /** 填报单位 on the unit line. */
  unitName: string;
  period: ReportPeriod;
  /** CFG-30: overrides the definition's money unit. */
  moneyUnit?: MoneyUnit;
}

export const TITLE_TEMPLATE = '{县市名}{年}年{月}月{报表名}';
export const SIGNATURE_LINE = '单位负责人：　　审核人：　　填表人：　　联系电话：　　填报日期：　　年　月　日';
export const CONFIDENTIAL_LINE = '内部资料 注意保密';
export const CAPITAL_TOTAL_LABEL = '合计人民币（大写）：';
export const SUBTOTAL_SUFFIX = '小计';
export const TOTAL_LABEL = '合计';
export const MIN_NAME_WIDTH = 16;

const DEFAULT_WIDTH: Record<ColumnType, number> = {
  seq: 6,
  text: 12,
  int: 8,
  money: 13,
  date: 12,
  month: 10,
  rate: 8,
  id: 21,
  phone: 14,
  bank: 24,
};

export const isGroup = (node: HeaderNode): node is HeaderGroup => 'children' in node;

/** A leaf column: key, header text, type (default text) and any further settings (width, sum …). */
export const column = (
  key: string,
  header: string,
  type: ColumnType = 'text',
  extra: Partial<ReportColumn> = {},
): ReportColumn => ({
  key,
  header,
  type,
  ...extra,
});

/** A header cell merged over its children (e.g. 其中, 本月服务). */
export const group = (header: string, children: HeaderNode[]): HeaderGroup => ({ header, children });

/** Count columns of a statistical table keyed c{first}, c{first + 1} … in header order (most tables' 栏次). */
export const countColumns = (first: number, headers: string[]): ReportColumn[] =>
  headers.map((header, i) => column(`c${first + i}`, header, 'int'));

/**
 * A statistical table of one row per unit (乡镇 or 单位) and a 合计 (DOMAIN §6.0.4): the unit column first, frozen
 * and carrying the 合计 label, with a 栏次 row under the headers.
 */
export function unitTable(
  def: Omit<ReportDefinition, 'lanci' | 'totals' | 'freezeColumns'>,
  unit: { header: string; width: number },
): ReportDefinition {
  return {
    ...def,
    columns: [column('unit', unit.header, 'text', { width: unit.width }), ...def.columns],
    lanci: true,
    totals: { labelColumn: 'unit' },
    freezeColumns: 1,
  };
}

/** The 说明 line naming the one 乡镇 a report was limited to; none for the whole county. */
export const scopeNote = (townshipName: string | undefined): string[] =>
  townshipName ? [`本表范围：${townshipName}。`] : [];

/**
 * CFG-30: a statistical table with its amounts in `unit`: the money columns' "(元)" and the unit line's 元 say the
 * unit, and the writer divides by it (report-cells.ts moneyDivisor). A definition in 元 is returned as it is.
 */
export function inMoneyUnit(def: ReportDefinition, unit: MoneyUnit): ReportDefinition {
  if (unit === '元') return def;
  const retitle = (nodes: HeaderNode[]): HeaderNode[] =>
    nodes.map((n) =>
      isGroup(n)
        ? { ...n, children: retitle(n.children) }
        : n.type === 'money'
          ? { ...n, header: n.header.replace(/\(元\)$/, `(${unit})`) }
          : n,
    );
  return {
    ...def,
    moneyUnit: unit,
    columns: retitle(def.columns),
    ...(typeof def.unitLabel === 'string' ? { unitLabel: def.unitLabel.replace(/元$/, unit) } : {}),
  };
}

/** The leaf columns in sheet order. */
export function leafColumns(nodes: HeaderNode[]): ReportColumn[] {
  return nodes.flatMap((n) => (isGroup(n) ? leafColumns(n.children) : [n]));
}

/**
 * Excel width of a column: its own, else room for its header (headers wrap; a number column's header takes two
 * lines, so a statistical table of many narrow figures still prints at a legible scale on A4), at most 30.
 */
export function columnWidth(col: ReportColumn): number {
  const headerRoom = isNumericType(col.type) ? Math.ceil(textUnits(col.header) / 2) + 2 : col.header.length * 2 + 2;
  const width = col.width ?? Math.max(DEFAULT_WIDTH[col.type], Math.min(30, headerRoom));
  return col.header.includes('姓名') ? Math.max(width, MIN_NAME_WIDTH) : width;
}

export const isNumericType = (type: ColumnType) => type === 'int' || type === 'money' || type === 'rate';
export const isSummed = (col: ReportColumn) => col.sum ?? (col.type === 'int' || col.type === 'money');
/** Columns a full export writes in clear (§9.5): ID, phone and bank numbers. */
export const isNumberType = (type: ColumnType) => type === 'id' || type === 'phone' || type === 'bank';
/** Whether a sheet has such a column: 导出完整号码 means something for it (a statistical table has none). */
export const holdsNumbers = (def: ReportDefinition) => leafColumns(def.columns).some((c) => isNumberType(c.type));

const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

/** 栏次 labels: text columns 甲, 乙 …; numeric columns 1, 2, 3 … (DOMAIN §6.0.4). */
export function lanciLabels(columns: ReportColumn[]): string[] {
  let text = 0;
  let num = 0;
  return columns.map((c) => {
    if (c.lanci !== undefined) return c.lanci;
    if (isNumericType(c.type)) return String(++num);
    const i = text++;
    return i < HEAVENLY_STEMS.length ? HEAVENLY_STEMS[i] : `${HEAVENLY_STEMS[i % 10]}${Math.floor(i / 10) + 1}`;
  });
}

/** The title line: the definition's template (or the default) filled for the report's county, unit and period. */
export function renderTitle(def: ReportDefinition, params: ReportParams): string {
  // A sheet whose name already holds the 乡镇 (a 公示名单 page of one village) does not repeat it.
  const place = params.townshipName && !def.name.includes(params.townshipName) ? params.townshipName : '';
  return fillTitle(def.title ?? TITLE_TEMPLATE, {
    countyName: `${params.countyName}${place}`,
    unitName: params.unitName,
    reportName: def.name,
    period: params.period,
  });
}

/** 2024-03 → 2024年3月; 2024-03-05 → 2024年3月5日 (the one form of shared/domain/dates). */
const chineseDay = (s: string): string => (s.length > 7 ? chineseDate(s) : chineseMonth(s));

export function renderPeriod(period: ReportPeriod): string {
  return !('from' in period)
    ? `所属期：${chineseDay(period.month)}`
    : `统计期：${chineseDay(period.from)}—${chineseDay(period.to)}`;
}

/** The three parts of the unit/period line (DOMAIN §6.0.2). */
export function renderUnitLine(def: ReportDefinition, params: ReportParams): [string, string, string] {
  if (def.unitLine === false) return ['', '', ''];
  const unit = params.moneyUnit ?? def.moneyUnit ?? '元';
  const right = def.unitLabel === null ? '' : (def.unitLabel ?? `单位：人、${unit}`);
  return [`填报单位（盖章）：${params.unitName}`, renderPeriod(params.period), right];
}

/** Checks a definition once before writing: unknown keys are programming errors, caught early. */
export function checkDefinition(def: ReportDefinition): void {
  const cols = leafColumns(def.columns);
  const keys = new Set(cols.map((c) => c.key));
  const fail = (msg: string) => {
    throw new Error(`报表定义 ${def.code} 有误：${msg}`);
  };
  if (cols.length === 0) fail('没有列');
  for (const c of cols) if (c.type === 'rate' && !c.rate) fail(`比率列“${c.header}”缺少分子/分母`);
  for (const g of def.grouping ?? [])
    if (g.labelColumn && !keys.has(g.labelColumn)) fail(`分组标签列 ${g.labelColumn} 不存在`);
  const t = def.totals;
  if (t?.labelColumn && !keys.has(t.labelColumn)) fail(`合计标签列 ${t.labelColumn} 不存在`);
  if (t?.countColumn && !keys.has(t.countColumn)) fail(`人数列 ${t.countColumn} 不存在`);
  const cap = def.capitalTotal && cols.find((c) => c.key === def.capitalTotal?.column);
  if (def.capitalTotal && (!cap || cap.type !== 'money' || !isSummed(cap)))
    fail(`大写合计列 ${def.capitalTotal.column} 不是合计的金额列`);
}
