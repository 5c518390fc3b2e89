// The one report writer: any ReportDefinition + sorted rows → an .xlsx file in the frame of
// DOMAIN §6.0, through exceljs's streaming writer (each row committed at once, constant memory).
import type ExcelJS from 'exceljs';
import { DEFAULT_ID_MASK, type IdMaskPattern } from '../../../shared/domain/masking';
import type { JobControl } from '../jobs/registry';
import type { ReportColumn, ReportDefinition, ReportParams } from './report-definition';
import { SUBTOTAL_SUFFIX, TOTAL_LABEL, checkDefinition, columnWidth } from './report-definition';
import { rowHeightFor, wrappedLines } from './report-text-fit';
import {
  LABEL_STYLE,
  type RowKind,
  type Style,
  columnStyles,
  countStyle,
  dataValue,
  moneyDivisor,
  totalValue,
} from './report-cells';
import { type Accumulator, GroupTracker, fieldOf, sumKeys } from './report-groups';
import { type SheetPlan, planSheet, sheetOptions, writeEpilogue, writePrelude } from './report-layout';
import { type StreamingWorkbook, writeWorkbookFile } from './workbook-file';

export interface WriteReportOptions {
  /** Final path of the .xlsx; written via '<path>.partial' and renamed when complete. */
  filePath: string;
  /** Full (unmasked) export: IDs, phones and bank numbers in clear, plus the 内部资料 注意保密 line. */
  full: boolean;
  /** CFG-29: the ID mask of a masked export; default 6 + 4. */
  idMask?: IdMaskPattern;
  job?: JobControl;
  /** Expected number of data rows, for progress only. */
  totalRows?: number;
}

export interface WriteReportResult {
  /** Data rows written (without 小计/合计). */
  rows: number;
  filePath: string;
}

export const PROGRESS_EVERY = 1000;
export const WRITE_PHASE = '写入 Excel';
/** After the last row: the workbook is zipped and saved (issue 18: the bar no longer sits at 0 % meanwhile). */
export const SAVE_PHASE = '保存文件';

/** Rows between progress reports: about 20 steps for a known total, at most PROGRESS_EVERY rows apart. */
export const progressStep = (total: number) =>
  total > 0 ? Math.max(1, Math.min(PROGRESS_EVERY, Math.ceil(total / 20))) : PROGRESS_EVERY;

/** exceljs caches style ids per style object; a fresh {} per row would miss the cache on every row. Never mutated. */
const SHARED_ROW_STYLE: Style = Object.freeze({}) as Style;
const shareRowStyle = (row: ExcelJS.Row) => {
  (row as unknown as { style: Style }).style = SHARED_ROW_STYLE; // Row.style exists at runtime, not in the typings
};

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetNameOf = (def: ReportDefinition) =>
  (def.sheetName ?? def.name).replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet1';

/** Everything the body writer needs, computed once per export. */
class BodyWriter {
  private readonly styles: Record<RowKind, Style>[];
  private readonly index = new Map<string, number>();
  private readonly countIndex: number;
  private readonly countCellStyle: Style;
  private readonly divisor: number;
  /** Width of each wrapping (text) column, null for one-line columns: a row grows to show wrapped text. */
  private readonly wrapWidths: (number | null)[];
  row: number;

  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly def: ReportDefinition,
    private readonly plan: SheetPlan,
    params: ReportParams,
    private readonly full: boolean,
    private readonly idMask: IdMaskPattern,
  ) {
    this.styles = plan.columns.map(columnStyles);
    plan.columns.forEach((c, i) => this.index.set(c.key, i));
    this.countIndex = def.totals?.countColumn ? this.index.get(def.totals.countColumn)! : -1;
    this.countCellStyle = countStyle(def.totals?.countUnit ?? '人');
    this.divisor = moneyDivisor(params.moneyUnit ?? def.moneyUnit ?? '元');
    this.wrapWidths = plan.columns.map((c) => (c.type === 'text' ? columnWidth(c) : null));
    this.row = plan.firstDataRow;
  }

  /** A row whose text wraps to more than one line gets the height to show it (issue 18: printed rows overlapped). */
  private fitHeight(r: ExcelJS.Row, labels: readonly number[] = []): void {
    let lines = 1;
    for (let i = 0; i < this.columns.length; i++) {
      const width = this.wrapWidths[i] ?? (labels.includes(i) ? columnWidth(this.columns[i]) : null);
      const value = r.getCell(i + 1).value;
      if (width !== null && typeof value === 'string' && value.length > 2)
        lines = Math.max(lines, wrappedLines(value, width));
    }
    if (lines > 1) r.height = rowHeightFor(lines);
  }

  private get columns(): ReportColumn[] {
    return this.plan.columns;
  }

  /** `seq`: the row's 序号, null on a continuation row. */
  data(source: object, seq: number | null): void {
    const r = this.ws.getRow(this.row++);
    shareRowStyle(r);
    for (let i = 0; i < this.columns.length; i++) {
      const cell = r.getCell(i + 1);
      cell.value = dataValue(this.columns[i], source, seq, this.full, this.divisor, this.idMask);
      cell.style = this.styles[i].data;
    }
    this.fitHeight(r);
    r.commit();
  }

  /** A 小计 (level ≥ 0) or 合计 (level null) row. */
  totals(level: number | null, values: string[], totals: Accumulator): void {
    const kind: RowKind = level === null ? 'total' : 'subtotal';
    const r = this.ws.getRow(this.row++);
    shareRowStyle(r);
    for (let i = 0; i < this.columns.length; i++) {
      const cell = r.getCell(i + 1);
      cell.value = totalValue(this.columns[i], totals, this.divisor);
      cell.style = this.styles[i][kind];
    }
    const labels: number[] = [];
    const label = (i: number, text: string) => {
      labels.push(i);
      const cell = r.getCell(i + 1);
      cell.value = text;
      cell.style = LABEL_STYLE;
    };
    const levels = this.def.grouping ?? [];
    // Outer group values stay visible in their own columns (e.g. the 乡镇 on a 村 小计 row).
    if (level !== null)
      for (let j = 0; j < level; j++)
        if (this.index.has(levels[j].key)) label(this.index.get(levels[j].key)!, values[j]);
    const labelIndex =
      level === null
        ? (this.index.get(this.def.totals?.labelColumn ?? '') ?? 0)
        : (this.index.get(levels[level].labelColumn ?? levels[level].key) ?? 0);
    let text = level === null ? TOTAL_LABEL : `${values[level]}${SUBTOTAL_SUFFIX}`;
    if (this.countIndex === labelIndex) text += `（${totals.count}${this.def.totals?.countUnit ?? '人'}）`;
    label(labelIndex, text);
    if (this.countIndex >= 0 && this.countIndex !== labelIndex) {
      const cell = r.getCell(this.countIndex + 1);
      cell.value = totals.count;
      cell.style = this.countCellStyle;
    }
    this.fitHeight(r, labels);
    r.commit();
  }
}

export interface SheetWriteContext {
  full: boolean;
  idMask?: IdMaskPattern;
  job?: JobControl;
  /** Expected data rows of the whole file, for progress; 0 = unknown. */
  totalRows: number;
  /** Data rows the file's earlier sheets hold (progress counts across sheets). */
  rowsBefore?: number;
  /** From writeWorkbookFile: throws when the file stream has failed. */
  checkStream: () => void;
}

/** Progress total: the expected count, never below what is done; 0 stays "unknown". */
const progressTotal = (total: number, done: number) => (total > 0 ? Math.max(total, done) : 0);

/**
 * Writes one report sheet into an open streaming workbook and commits it; returns the data rows
 * written. writeReport uses it for one sheet; a report of several sheets (RPT-05 per 用人单位, RPT-06
 * 岗位补贴 / 社保补贴) calls it once per sheet inside one writeWorkbookFile.
 */
export async function writeReportSheet(
  wb: StreamingWorkbook,
  def: ReportDefinition,
  rows: AsyncIterable<object> | Iterable<object>,
  params: ReportParams,
  ctx: SheetWriteContext,
): Promise<number> {
  checkDefinition(def);
  const { job, full, totalRows: total } = ctx;
  const plan = planSheet(def, full);
  const ws = wb.addWorksheet(sheetNameOf(def), sheetOptions(def, plan));
  writePrelude(ws, def, params, plan);
  const body = new BodyWriter(ws, def, plan, params, full, ctx.idMask ?? DEFAULT_ID_MASK);
  const tracker = new GroupTracker(def.grouping ?? [], sumKeys(plan.columns));
  let done = 0;
  let seq = 0;
  const every = progressStep(total);
  const continuation = def.continuationKey;
  const step = (source: object): Promise<void> | undefined => {
    const continues = continuation !== undefined && !!fieldOf(source, continuation);
    for (const g of tracker.next(source, !continues)) body.totals(g.level, g.values, g.totals);
    body.data(source, continues ? null : ++seq);
    done++;
    if (done % every !== 0) return undefined;
    const all = done + (ctx.rowsBefore ?? 0);
    job?.progress(all, progressTotal(total, all), WRITE_PHASE);
    // Lets the zip stream drain (memory stays flat) and status/cancel requests in.
    return (job ? job.breathe() : yieldToLoop()).then(() => {
      job?.checkCancelled();
      ctx.checkStream();
    });
  };
  // A plain loop for sync iterables: `for await` would cost a promise per row.
  if (Symbol.asyncIterator in rows) {
    for await (const source of rows) await step(source);
  } else {
    for (const source of rows) {
      const pause = step(source);
      if (pause) await pause;
    }
  }
  for (const g of tracker.finish()) body.totals(g.level, g.values, g.totals);
  if (def.totals?.grandTotal !== false) body.totals(null, [], tracker.grand);
  writeEpilogue(ws, def, plan, body.row, tracker.grand);
  job?.checkCancelled();
  ws.commit();
  return done;
}

/** One sheet of a report file: its definition, its rows (sorted as the grouping needs) and its unit line. */
export interface ReportSheet {
  def: ReportDefinition;
  rows: AsyncIterable<object> | Iterable<object>;
  params: ReportParams;
}

/**
 * Writes a report file. Rows must arrive sorted by the definition's group keys (outermost first); a
 * 小计 is written whenever a key changes, the 合计 after the last row. Progress, a turn of the event
 * loop and a cancel check every PROGRESS_EVERY rows; a cancelled or failed export leaves no file.
 */
export async function writeReport(
  def: ReportDefinition,
  rows: AsyncIterable<object> | Iterable<object>,
  params: ReportParams,
  options: WriteReportOptions,
): Promise<WriteReportResult> {
  return writeReportSheets([{ def, rows, params }], options);
}

/**
 * A report of several sheets in one file (RPT-05 one sheet per 用人单位, RPT-06 岗位补贴 / 社保补贴), each laid out
 * by the same frame; sheet names are made unique. `rows` counts the data rows of all sheets.
 */
export async function writeReportSheets(
  sheets: readonly ReportSheet[],
  options: WriteReportOptions,
): Promise<WriteReportResult> {
  if (sheets.length === 0) throw new Error('报表没有工作表');
  for (const s of sheets) checkDefinition(s.def);
  const { job, full, idMask } = options;
  const totalRows = options.totalRows ?? 0;
  job?.progress(0, totalRows, WRITE_PHASE);
  const used = new Set<string>();
  const count = await writeWorkbookFile(options.filePath, async (wb, checkStream) => {
    let done = 0;
    for (const s of sheets) {
      const def = { ...s.def, sheetName: uniqueSheetName(sheetNameOf(s.def), used) };
      done += await writeReportSheet(wb, def, s.rows, s.params, {
        full,
        idMask,
        job,
        totalRows,
        checkStream,
        rowsBefore: done,
      });
    }
    // Every row is written: the bar shows them all while the file is zipped and saved.
    job?.progress(done, progressTotal(totalRows, done) || done, SAVE_PHASE);
    return done;
  });
  job?.progress(count, progressTotal(totalRows, count) || count, SAVE_PHASE);
  return { rows: count, filePath: options.filePath };
}

/** Excel refuses two sheets of one name: 单位, 单位(2), 单位(3) … within 31 characters. */
function uniqueSheetName(name: string, used: Set<string>): string {
  let out = name;
  for (let n = 2; used.has(out); n++) out = `${name.slice(0, 31 - String(n).length - 2)}(${n})`;
  used.add(out);
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * DOMAIN §6.0.10: {区划代码}_{报表代码}_{YYYYMM}_{yyyyMMddHHmm}.xlsx, e.g. 650102_RPT-01_202403_202404051307.xlsx.
 * A 统计期 of several months names both ends, {YYYYMM}-{YYYYMM} (650102_RPT-10_202610-202612_….xlsx), so a quarter
 * and a year are told apart by the name (one month: the month alone).
 * 区划代码 is the 6-digit county code: the first 6 digits of the 12-digit 统计用区划代码 (a 6-digit code
 * is taken as is), because the 6-digit form is what the prefecture knows a county by. The time stamp is
 * the local time of the export.
 */
export function reportFileName(
  countyCode: string,
  reportCode: string,
  period: string | { from: string; to: string },
  now: Date,
  place?: string,
): string {
  const code = countyCode.trim();
  if (!/^\d{6}(\d{6})?$/.test(code)) throw new RangeError(`区划代码应为6位或12位数字：${countyCode}`);
  const yyyymm = (month: string) => {
    const m = /^(\d{4})-(\d{2})$/.exec(month);
    if (!m) throw new RangeError(`报表期间应为 YYYY-MM：${month}`);
    return `${m[1]}${m[2]}`;
  };
  const months =
    typeof period === 'string'
      ? yyyymm(period)
      : period.from === period.to
        ? yyyymm(period.to)
        : `${yyyymm(period.from)}-${yyyymm(period.to)}`;
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}${pad(now.getHours())}${pad(now.getMinutes())}`;
  // A file of one 乡镇(街道) names it after the period, so ten 乡镇 files of a month tell themselves apart.
  return `${code.slice(0, 6)}_${reportCode}_${months}_${place ? `${place}_` : ''}${stamp}.xlsx`;
}
