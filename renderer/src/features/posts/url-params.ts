import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type PageSize = 20 | 50 | 100;
export const PAGE_SIZES: readonly PageSize[] = [20, 50, 100];

/**
 * A list's filters and page kept in the address (#/posts?q=…&page=2), so they survive opening a record and
 * coming back. Values are strings; '' and undefined are left out. A filter change goes back to page 1.
 */
export function useUrlParams() {
  const [sp, setSp] = useSearchParams();
  const get = useCallback((key: string) => sp.get(key) ?? undefined, [sp]);
  const page = Math.max(1, Number(sp.get('page')) || 1);
  const size = Number(sp.get('size'));
  const pageSize: PageSize = (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : 20;
  const set = useCallback(
    (patch: Record<string, string | undefined>, keepPage = false) =>
      setSp(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === '') next.delete(k);
            else next.set(k, v);
          }
          if (!keepPage) next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setSp],
  );
  const setPage = useCallback(
    (p: number, s: PageSize) => set({ page: p > 1 && s === pageSize ? String(p) : undefined, size: s !== 20 ? String(s) : undefined }, true),
    [set, pageSize],
  );
  const reset = useCallback(() => setSp(new URLSearchParams(), { replace: true }), [setSp]);
  return useMemo(() => ({ get, page, pageSize, set, setPage, reset, search: sp.toString() }), [get, page, pageSize, set, setPage, reset, sp]);
}

/** The pagination props of a server-paged table. */
export function pagination(u: ReturnType<typeof useUrlParams>, total: number, unit: string) {
  return {
    current: u.page,
    pageSize: u.pageSize,
    total,
    pageSizeOptions: PAGE_SIZES.map(String),
    showSizeChanger: true,
    showTotal: (n: number) => `共 ${n} ${unit}`,
    onChange: (page: number, size: number) => u.setPage(page, size as PageSize),
  };
}
