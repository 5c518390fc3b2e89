/**
 * The list-page building block (UI.md "List page"): every list keeps its filters, page, size and sort in the address,
 * pages on the server (20/50/100 with a row count), and deletes/restores the same way.
 *
 *   const u = useUrlParams();                                   // filters: u.get('q'), u.set({ q }), u.reset()
 *   const s = listSort(u, SORT_FIELDS);                       // s.column('name') in a column, onChange={s.onChange}
 *   const input = { q: u.get('q'), sort: s.sort, deleted: u.get('deleted') === '1' || undefined, ...u.paging };
 *   const list = useRead('things.list', input);
 *   <FilterBar label="查找单位" onReset={u.reset}>…filters…<DeletedSwitch … /></FilterBar>
 *   const { remove, restore } = useDeleteRestore({ noun: '单位', deleteChannel: 'things.delete', restoreChannel: 'things.restore' });
 *   <DeletedSwitch checked={!!input.deleted} onChange={(on) => u.set({ deleted: on ? '1' : undefined })} />
 *   <PagedListTable read={list} retry u={u} unit="个单位" actions={…新增…} label="单位列表"   // 共 n 个单位, the error, the table
 *     emptyText={emptyListText({ deleted, filtered, noun: '单位', firstHint: '点“新增”登记第一个。' })} columns={…} />
 *
 * A list read whole (a person's placements) shows its error and items with ReadListTable read={…}.
 *
 * Lists with typed params of their own (persons, contact work lists) parse the same keys with parsePage/parsePageSize
 * and build the Table's pagination with serverPagination.
 */
export { DEFAULT_PAGE_SIZE, PAGE_SIZES, parsePage, parsePageSize, serverPagination } from './paging';
export type { PageSize, Paging } from './paging';
export { codeIn, PAGE_KEY, SIZE_KEY, useUrlParams } from './useUrlParams';
export type { Sort, UrlParams } from './useUrlParams';
export { useDeleteRestore, useRestore } from './useDeleteRestore';
export type { DeleteRestoreOptions } from './useDeleteRestore';
export { DeletedSwitch, emptyListText } from './DeletedSwitch';
export { DeletedRecordsTable } from './DeletedRecordsTable';
export {
  AddButton,
  BoxedListTable,
  FilterBar,
  ListTable,
  ListToolbar,
  ListTotal,
  ReadError,
  RowActions,
  RowLink,
} from './ListParts';
export type { ListTableProps, ListTotalProps } from './ListParts';
export { PagedListTable, ReadListTable } from './ReadListTable';
export type { ItemsRead, ReadListTableProps } from './ReadListTable';
export { useEditRecord } from './useEditRecord';
export { FilterSelect } from './FilterSelect';
export { DATE_WIDTH, columnsWidth, dateColumn, moneyColumn, numberColumn, oneLine, removedColumns } from './columns';
export { countTabLabel, tabInAddress } from './worklist-tabs';
export { SearchBox } from './SearchBox';
export { DateRangeFilter } from './DateRangeFilter';
export { listSort, onSortChange, sortableColumn } from './sorting';
