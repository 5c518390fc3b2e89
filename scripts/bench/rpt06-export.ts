// Issue 12: the RPT-06 export of a month's 岗位补贴 roster through the core's reports.export job (query, report
// frame with 乡镇 → 用人单位 小计, 合计, 大写 line, audit row, file in exports/) against a raw exceljs streaming write
// of the same data cells (same rows from the same query, same cell styles, one committed row per item; no frame,
// no grouping, no job) in the same run. Called by benchSubsidies on its county once the roster exists.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Core } from '../../electron/core/core';
import { columnStyles } from '../../electron/core/excel/report-cells';
import { leafColumns, type ReportColumn } from '../../electron/core/excel/report-definition';
import { rpt06Sheets } from '../../electron/core/modules/subsidies/reports/rpt06';
import { maskBankCard, maskIdNumber } from '../../shared/domain/masking';
import { exportThroughCore, raceExports, type ExportRace } from './export-race';

const utc = (s: string) => new Date(Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))));

function cellOf(c: ReportColumn, row: Record<string, unknown>, seq: number): ExcelJS.CellValue {
  const v = row[c.key];
  if (c.type === 'seq') return seq;
  if (v === null || v === undefined) return null;
  if (c.type === 'money') return (v as number) / 100;
  if (c.type === 'date') return utc(v as string);
  if (c.type === 'id') return maskIdNumber(v as string);
  if (c.type === 'bank') return maskBankCard(v as string);
  return v as ExcelJS.CellValue;
}

/** The baseline: the roster's rows from the same query and mapping, the same data cells and styles, by hand. */
async function rawWrite(core: Core, month: string, filePath: string): Promise<number> {
  const sheet = rpt06Sheets(core.ctx.db, { month, today: month + '-28' })[0];
  const columns = leafColumns(sheet.definition.columns);
  const styles = columns.map((c) => columnStyles(c).data);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('raw');
  let seq = 0;
  for (const r of sheet.rows as Iterable<Record<string, unknown>>) {
    seq++;
    const row = ws.getRow(seq);
    for (let i = 0; i < columns.length; i++) {
      const cell = row.getCell(i + 1);
      cell.value = cellOf(columns[i], r, seq);
      cell.style = styles[i];
    }
    row.commit();
    if (seq % 1000 === 0) await new Promise<void>((res) => setImmediate(res));
  }
  ws.commit();
  await wb.commit();
  return seq;
}

export type Rpt06Bench = Omit<ExportRace, 'rawRows'>;

export async function benchRpt06Export(core: Core, month: string, dir: string, repeats: number): Promise<Rpt06Bench> {
  const rawPath = join(dir, 'raw-rpt06.xlsx');
  const { rawRows, ...race } = await raceExports(
    repeats,
    () => exportThroughCore(core, { report: 'RPT-06', month, full: false }),
    () => rawWrite(core, month, rawPath),
    rawPath,
  );
  if (race.rows !== rawRows) throw new Error(`RPT-06 wrote ${race.rows} rows, the raw write ${rawRows}`);
  return race;
}
