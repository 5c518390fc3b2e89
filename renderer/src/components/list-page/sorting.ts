import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import type { Sort, UrlParams } from './useUrlParams';

/** A header click sorts ascending first, then descending, then back to the list's own order. */
const ASC_FIRST: SortOrder[] = ['ascend', 'descend'];

/** The props of a column sorted on the server by `field`: its key, the sorter and the arrow of the current `sort`. */
export function sortableColumn<F extends string>(sort: Sort<F> | undefined, field: F) {
  return {
    key: field,
    sorter: true,
    sortOrder: sort?.field === field ? (sort.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
    sortDirections: ASC_FIRST,
  };
}

/**
 * The Table's onChange for a server-side sort: a header click gives the new sort (undefined when the clerk clicks it
 * off) to `apply`; paging is the pagination's own business and is ignored here. The column's key is the sort field.
 */
export function onSortChange<F extends string>(apply: (sort: Sort<F> | undefined) => void) {
  return (_pagination: unknown, _filters: unknown, sorter: unknown, extra: { action: string }) => {
    if (extra.action !== 'sort') return;
    const s = sorter as SorterResult<unknown>;
    const field = s.columnKey as F | undefined;
    apply(s.order && field ? { field, order: s.order === 'ascend' ? 'asc' : 'desc' } : undefined);
  };
}

/**
 * A list's column sort kept in the address (sort=field.asc): `sort` for the list input, `column(field)` to spread
 * into a sortable column, `onChange` for the table. A new sort goes back to page 1.
 *
 *   const s = listSort(u, POST_SORT_FIELDS);
 *   const input = { …, sort: s.sort };
 *   <PagedListTable onChange={s.onChange} columns={[{ title: '岗位编号', dataIndex: 'postCode', ...s.column('postCode') }]} />
 */
export function listSort<F extends string>(u: UrlParams, fields: readonly F[]) {
  const sort = u.sort(fields);
  return {
    sort,
    column: (field: F) => sortableColumn(sort, field),
    onChange: onSortChange<F>(u.setSort),
  };
}
