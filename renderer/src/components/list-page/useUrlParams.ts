import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_PAGE_SIZE, parsePage, parsePageSize, serverPagination, type PageSize, type Paging } from './paging';

/** A column sort kept in the address as `sort=field.asc`. */
export interface Sort<F extends string = string> {
  field: F;
  order: 'asc' | 'desc';
}

/** The address keys of the page and page size, the same on every list. */
export const PAGE_KEY = 'page';
export const SIZE_KEY = 'size';

/** A code from the address when it is one of `codes`: an old or mistyped address falls back to no filter. */
export const codeIn = <C extends string>(codes: readonly C[], v: string | null | undefined): C | undefined =>
  v != null && (codes as readonly string[]).includes(v) ? (v as C) : undefined;

/**
 * A list's filters, page, page size and sort kept in the address (#/posts?q=…&page=2&size=50&sort=name.asc), so they
 * survive opening a record and coming back. Values are strings; '' and undefined are left out. A filter change goes
 * back to page 1; `reset` clears everything (重置).
 */
export function useUrlParams() {
  const [sp, setSp] = useSearchParams();
  const get = useCallback((key: string) => sp.get(key) ?? undefined, [sp]);
  const page = parsePage(sp.get(PAGE_KEY));
  const pageSize = parsePageSize(sp.get(SIZE_KEY));
  /** The list's page and page size as every list channel takes them: `{ ...filters, ...u.paging }`. */
  const paging: Paging = useMemo(() => ({ page, pageSize }), [page, pageSize]);
  const set = useCallback(
    (patch: Record<string, string | undefined>, keepPage = false) =>
      setSp(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === '') next.delete(k);
            else next.set(k, v);
          }
          if (!keepPage) next.delete(PAGE_KEY);
          return next;
        },
        { replace: true },
      ),
    [setSp],
  );
  const setPage = useCallback(
    (p: Paging) =>
      set(
        {
          [PAGE_KEY]: p.page > 1 ? String(p.page) : undefined,
          [SIZE_KEY]: p.pageSize !== DEFAULT_PAGE_SIZE ? String(p.pageSize) : undefined,
        },
        true,
      ),
    [set],
  );
  const reset = useCallback(() => setSp(new URLSearchParams(), { replace: true }), [setSp]);
  /**
   * A filter select kept in the address under `key`, to spread into FilterSelect or TownshipSelect:
   * `<FilterSelect label="状态" … {...u.filter('status', CODES)} />`. Choosing sets the key (back to page 1), clearing
   * removes it; with `codes`, a value that is not one of them shows as no choice (as `code` drops it).
   */
  const filter = useCallback(
    (key: string, codes?: readonly string[]) => ({
      value: codes ? codeIn(codes, get(key)) : get(key),
      onChange: (v: string | undefined) => set({ [key]: v }),
    }),
    [get, set],
  );
  /** A code filter from the address under `key`, dropped (undefined) unless it is one of `codes`. */
  const code = useCallback(
    <C extends string>(key: string, codes: readonly C[]): C | undefined => codeIn(codes, get(key)),
    [get],
  );
  /** The sort in the address when its field is one of `fields`. */
  const sort = useCallback(
    <F extends string>(fields: readonly F[]): Sort<F> | undefined => {
      const [field, order] = (sp.get('sort') ?? '').split('.');
      return (fields as readonly string[]).includes(field) && (order === 'asc' || order === 'desc')
        ? { field: field as F, order }
        : undefined;
    },
    [sp],
  );
  const setSort = useCallback((s: Sort | undefined) => set({ sort: s && `${s.field}.${s.order}` }), [set]);
  /** The Table's pagination props for this list; `unit` names what is counted (共 12 个岗位). */
  const pagination = useCallback(
    (total: number, unit: string) => serverPagination({ page, pageSize }, total, unit, setPage),
    [page, pageSize, setPage],
  );
  return useMemo(
    () => ({
      get,
      page,
      pageSize: pageSize as PageSize,
      paging,
      set,
      setPage,
      reset,
      filter,
      code,
      sort,
      setSort,
      pagination,
      search: sp.toString(),
    }),
    [get, page, pageSize, paging, set, setPage, reset, filter, code, sort, setSort, pagination, sp],
  );
}

export type UrlParams = ReturnType<typeof useUrlParams>;
