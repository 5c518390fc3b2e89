import type { SortOrder } from '../../../shared/contract/fields';

/** A list's column sort as the contract parses it (listSort). */
interface ListSortInput<F extends string> {
  field: F;
  order: SortOrder;
}

/**
 * The ORDER BY terms of a list: the sorted field's SQL from the module's whitelist `columns` (one constant per field
 * the contract allows, never text from the input) in the chosen direction, then `tieBreak` (the row's id) the same way
 * so that pages never repeat or skip a row; without a sort, the list's own `fallback` order.
 */
export function orderBy<F extends string>(
  sort: ListSortInput<F> | undefined,
  columns: Readonly<Record<F, string>>,
  fallback: string,
  tieBreak: string,
): string {
  if (!sort) return fallback;
  const column = columns[sort.field];
  if (!column) throw new Error(`no sort column for ${sort.field}`);
  const dir = sort.order === 'asc' ? 'ASC' : 'DESC';
  return `${column} ${dir}, ${tieBreak} ${dir}`;
}
