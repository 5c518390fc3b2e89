import type { ReactNode } from 'react';
import { ListTable, ListToolbar, ReadError, type ListTableProps } from './ListParts';
import type { UrlParams } from './useUrlParams';

/** What a list table needs of a read (useRead's answer): the items, whether it is reading, its failure. */
export interface ItemsRead<T, D extends { items: readonly T[] } = { items: readonly T[] }> {
  data: D | null;
  loading: boolean;
  error: string | null;
  reload?: () => void;
}

export type ReadListTableProps<T> = Omit<ListTableProps<T>, 'items' | 'loading'> & {
  read: ItemsRead<T>;
  /** The error offers 重试 (read.reload). */
  retry?: boolean;
  /** The space below the error (ReadError's gap). */
  gap?: number;
};

/** The items of a read in a ListTable, loading while it reads, with the read's error above the table. */
export function ReadListTable<T extends object>({ read, retry, gap, ...table }: ReadListTableProps<T>) {
  return (
    <>
      <ReadError error={read.error} onRetry={retry ? read.reload : undefined} gap={gap} />
      <ListTable<T> loading={read.loading} items={read.data?.items} {...table} />
    </>
  );
}

/**
 * The body of a list page paged on the server, below its filter bar: the toolbar (the page's actions, 共 n `unit`),
 * the read's error and the table, whose page and size live in the address (`u`).
 */
export function PagedListTable<T extends object>({
  read,
  u,
  unit,
  actions,
  ...table
}: Omit<ReadListTableProps<T>, 'pagination' | 'read'> & {
  read: ItemsRead<T, { items: readonly T[]; total: number }>;
  u: UrlParams;
  /** What is counted: 个单位, 个岗位. */
  unit: string;
  /** The toolbar's actions (新增 …). */
  actions?: ReactNode;
}) {
  const total = read.data?.total ?? 0;
  return (
    <>
      <ListToolbar total={total} unit={unit}>
        {actions}
      </ListToolbar>
      <ReadListTable<T> read={read} pagination={u.pagination(total, unit)} {...table} />
    </>
  );
}
