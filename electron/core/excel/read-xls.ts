// Legacy .xls (BIFF8, as many government templates and WPS files still are), read with SheetJS
// (@e965/xlsx, a maintained build on the npm registry) — used for .xls only; .xlsx stays with exceljs.
// Cells come out like exceljs's: text, numbers (a date cell as its Excel serial, which the date reader
// understands), booleans; merged cells carry their master's value.
import type { CellRange, RawCell, RawTable } from './raw-table';

export class XlsEncrypted extends Error {}

interface XlsCell {
  t: string;
  v?: unknown;
}

/** Every visible sheet of an .xls workbook as raw grids. Throws XlsEncrypted for a password, anything else when damaged. */
export async function readXlsSheets(content: Buffer): Promise<RawTable[]> {
  const XLSX = await import('@e965/xlsx');
  let wb: ReturnType<typeof XLSX.read>;
  try {
    wb = XLSX.read(content, {
      type: 'buffer',
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
  } catch (err) {
    if (/password/i.test(String((err as Error)?.message))) throw new XlsEncrypted();
    throw err;
  }
  const hidden = new Set((wb.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name));
  return wb.SheetNames.filter((name) => !hidden.has(name)).map((name) => {
    const ws = wb.Sheets[name] as Record<string, unknown>;
    const ref = ws['!ref'] as string | undefined;
    const rows: RawCell[][] = [];
    const merges: CellRange[] = (
      (ws['!merges'] as { s: { r: number; c: number }; e: { r: number; c: number } }[] | undefined) ?? []
    ).map((m) => ({
      top: m.s.r,
      left: m.s.c,
      bottom: m.e.r,
      right: m.e.c,
    }));
    if (!ref) return { sheetName: name, rows, merges };
    const range = XLSX.utils.decode_range(ref);
    for (let r = 0; r <= range.e.r; r++) {
      const cells: RawCell[] = [];
      for (let c = 0; c <= range.e.c; c++)
        cells[c] = valueOf(ws[XLSX.utils.encode_cell({ r, c })] as XlsCell | undefined);
      rows[r] = cells;
    }
    for (const m of merges) {
      const master = rows[m.top]?.[m.left] ?? null;
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (rows[r]) rows[r][c] = master;
    }
    return { sheetName: name, rows, merges };
  });
}

function valueOf(cell: XlsCell | undefined): RawCell {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t) {
    case 's':
    case 'str':
      return String(cell.v);
    case 'n':
      return typeof cell.v === 'number' ? cell.v : Number(cell.v);
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    default:
      return null; // errors (#N/A …) and stubs
  }
}
