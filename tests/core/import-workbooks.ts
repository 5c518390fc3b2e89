// Helpers for the import and report tests: workbooks built in the test, job runs, reading files back.
import ExcelJS from 'exceljs';
import type { Channel, ChannelInput } from '../../shared/contract';
import type { TakenFile } from '../../shared/contract/files';
import type { JobStatus } from '../../shared/contract/system';
import type { Core } from '../../electron/core/core';
import { expect } from 'vitest';
import { must, snapshot, waitJob } from './harness';

export type Cell = ExcelJS.CellValue;

/** The header columns a roster check matched to a field, as 'column:field' (unmatched ones left out). */
export const mappedColumns = (r: { columns?: { column: string; field: string | null }[] }) =>
  r.columns?.filter((c) => c.field).map((c) => `${c.column}:${c.field}`);

/** An .xlsx built in memory: rows of values (undefined/null = empty cell), merges like 'A1:H1', optional text columns. */
export async function workbook(
  rows: Cell[][],
  options: { merges?: string[]; textColumns?: number[] } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  for (const c of options.textColumns ?? []) ws.getColumn(c).numFmt = '@';
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(i + 1, c + 1).value = v;
    });
  });
  for (const m of options.merges ?? []) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const base64 = (buf: Buffer) => buf.toString('base64');

/** Starts a job channel and waits for its end. */
export async function runJob<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<JobStatus> {
  const { jobId } = (await must(core, channel, input)) as { jobId: string };
  return waitJob(core, jobId);
}

/** The data of a job that must succeed. */
export async function jobData<T>(core: Core, channel: Channel, input: unknown): Promise<T> {
  const s = await runJob(core, channel, input as never);
  if (s.result?.ok !== true) throw new Error(`${channel} failed: ${JSON.stringify(s.result)}`);
  return s.result.data as T;
}

/** The error of a job that must fail. */
export async function jobError(core: Core, channel: Channel, input: unknown) {
  const s = await runJob(core, channel, input as never);
  if (!s.result || s.result.ok) throw new Error(`${channel} should have failed: ${JSON.stringify(s.result)}`);
  return s.result.error;
}

/** The error of a job that must fail and leave every table as it was (a refused commit). */
export async function jobErrorUnchanged(core: Core, channel: Channel, input: unknown) {
  const before = snapshot(core);
  const e = await jobError(core, channel, input);
  expect(snapshot(core), `${channel} wrote to the database`).toBe(before);
  return e;
}

/**
 * Takes a written file through files.take and opens it with exceljs; `session`: the account whose job wrote it (only
 * it may take the file), by default the core's own.
 */
export async function takeWorkbook(
  core: Core,
  fileId: string,
  session?: string,
): Promise<{ fileName: string; wb: ExcelJS.Workbook }> {
  const r = await core.invoke('files.take', { fileId }, session);
  if (!r.ok) throw new Error(`files.take failed: ${JSON.stringify(r.error)}`);
  const taken = r.data as TakenFile;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(taken.contentBase64, 'base64') as unknown as ArrayBuffer);
  return { fileName: taken.fileName, wb };
}

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  merges?: string[];
  state?: 'visible' | 'hidden';
  /** Excel row numbers hidden (by hand or by a filter: both are written hidden="1"). */
  hiddenRows?: number[];
}

/** An .xlsx with several sheets, in order. */
export async function workbookOf(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    s.rows.forEach((r, i) => {
      r.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(i + 1, c + 1).value = v;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An import result's `backup`: the 导入前 copy its commit took (audit8 gap 1). */
export const BEFORE_IMPORT_COPY: unknown = expect.stringMatching(/^taizhang-before-import-\d{8}-\d{6}(-\d+)?\.db$/);

/** An import result's `batchId`: its batch (imports.batches.list / undo), a UUID (imp28). */
export const BATCH_ID: unknown = expect.stringMatching(
  /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
);
