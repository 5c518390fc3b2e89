// One page of a list (the contract's page and pageSize, pages numbered from 1): the LIMIT and OFFSET a query binds,
// or the page's part of a list already in memory.

interface PageRequest {
  page: number;
  pageSize: number;
}

/** The named parameters @limit and @offset of the page. */
export const pageParams = ({ page, pageSize }: PageRequest) => ({ limit: pageSize, offset: (page - 1) * pageSize });

/** The page's items of a list in memory. */
export const pageSlice = <T>(items: readonly T[], { page, pageSize }: PageRequest): T[] =>
  items.slice((page - 1) * pageSize, page * pageSize);
