import { notFound } from '../../../shared/contract/result';

/** The row a read found, or NOT_FOUND with `message` (找不到该…) when there is none: every module's require…. */
export function found<T extends object>(row: T | null | undefined, message: string): T {
  if (!row) throw notFound(message);
  return row;
}
