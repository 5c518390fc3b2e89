// An ID repeated in one file: every row of it is an error naming the other rows — which one is right is the
// clerk's call (person rosters, 失业登记 rosters).
import type { RowErrorCollector } from '../../excel/import/errors';

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
      errors.add(r.row, idColumn, label, r.raw, `${label}与第 ${others.join('、')} 行重复`);
      dup.add(r.row);
    }
  }
  return dup;
}
