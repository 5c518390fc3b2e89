// Server-side paging shared by every list (UI.md: 20/50/100 rows, a row count).

export type PageSize = 20 | 50 | 100;
export const PAGE_SIZES: readonly PageSize[] = [20, 50, 100];
export const DEFAULT_PAGE_SIZE: PageSize = 20;

/** A page number from the address: a whole number from 1, else 1. */
export function parsePage(v: string | null | undefined): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : 1;
}

/** A page size from the address: one of 20/50/100, else 20. */
export function parsePageSize(v: string | null | undefined): PageSize {
  const n = Number(v);
  return (PAGE_SIZES as readonly number[]).includes(n) ? (n as PageSize) : DEFAULT_PAGE_SIZE;
}

export interface Paging {
  page: number;
  pageSize: PageSize;
}

/**
 * The pagination props of a server-paged antd Table: `unit` names what is counted (共 12 人). `onChange` gets the
 * page to show, already back at 1 when the size changed.
 */
export function serverPagination(paging: Paging, total: number, unit: string, onChange: (next: Paging) => void) {
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total,
    pageSizeOptions: PAGE_SIZES.map(String),
    showSizeChanger: true,
    showTotal: (n: number) => `共 ${n} ${unit}`,
    onChange: (page: number, size: number) =>
      onChange({ page: size === paging.pageSize ? page : 1, pageSize: size as PageSize }),
  };
}
