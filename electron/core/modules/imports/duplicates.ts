// An ID repeated in one file: every row of it is an error naming the other rows and the columns where they differ
// — which one is right is the clerk's call (person rosters, 失业登记 rosters). Rows the same in every mapped column
// never get here: the reading merges them (rows.ts, audit8 gap 8).
import type { RowErrorCollector } from '../../excel/import/errors';
import type { ImportTable } from '../../excel/import/rows';
import { columnLetter } from '../../excel/raw-table';
import { cellText } from '../../excel/import/values';

export interface RowId {
  row: number;
  idNumber: string;
  raw: string;
}

export function markDuplicates(
  ids: RowId[],
  errors: Pick<RowErrorCollector, 'add'>,
  idColumn: number,
  label = '公民身份号码',
  differ?: (a: number, b: number) => string[],
): Set<number> {
  const rowsById = new Map<string, RowId[]>();
  for (const r of ids) {
    const group = rowsById.get(r.idNumber);
    if (group) group.push(r);
    else rowsById.set(r.idNumber, [r]);
  }
  const dup = new Set<number>();
  for (const group of rowsById.values()) {
    if (group.length < 2) continue;
    for (const r of group) {
      const others = group.filter((o) => o.row !== r.row).map((o) => o.row);
      const differs = differ ? [...new Set(others.flatMap((o) => differ(r.row, o)))] : [];
      const where = differs.length ? `，不同的列：${differs.join('、')}，请核对后只保留一行` : '';
      errors.add(r.row, idColumn, label, r.raw, `${label}与第 ${others.join('、')} 行重复${where}`);
      dup.add(r.row);
    }
  }
  return dup;
}

/** The mapped columns where two Excel rows of the table differ, in column order, as `G列联系电话`. */
export function differingColumns(table: ImportTable, label: (key: string) => string) {
  const entries = Object.entries(table.map.columns).sort((a, b) => a[1] - b[1]);
  return (a: number, b: number): string[] => {
    const ra = table.table.rows[a - 1] ?? [];
    const rb = table.table.rows[b - 1] ?? [];
    return entries
      .filter(([, c]) => cellText(ra[c] ?? null) !== cellText(rb[c] ?? null))
      .map(([key, c]) => `${columnLetter(c)}列${label(key)}`);
  };
}
