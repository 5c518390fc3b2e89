// BR-27: the internship's fund-paid living allowance per month. An internship on the default standard (the clerk left
// 生活费补助标准 blank, or entered the minimum wage itself: allowance_source 'default') follows the county's monthly
// minimum wage in force on the first day of each month, as posts on the default do (BR-19, posts/service.ts
// standardOn); a deliberately different amount ('custom') stays as entered. Without a wage table for the month the
// standard stored at the agreement start stands.
import type Database from 'better-sqlite3';
import { minWageFenOn } from '../posts/config';

export interface AllowanceStandardSource {
  allowance_source: 'default' | 'custom';
  allowance_standard: number;
}

/** The monthly minimum wage (fen) in force on the first day of `month` (YYYY-MM), or null without a table. */
export const minWageOfMonth = (db: Database.Database, month: string): number | null =>
  minWageFenOn(db, `${month}-01`)?.fen ?? null;

/** The living allowance standard (fen per month) of `month` for an internship. */
export function allowanceStandardOf(db: Database.Database, i: AllowanceStandardSource, month: string): number {
  return allowanceStandards(db)(i, month);
}

/** allowanceStandardOf for many internships (a report's rows): each month's minimum wage is read once. */
export function allowanceStandards(db: Database.Database): (i: AllowanceStandardSource, month: string) => number {
  const wages = new Map<string, number | null>();
  return (i, month) => {
    if (i.allowance_source === 'custom') return i.allowance_standard;
    if (!wages.has(month)) wages.set(month, minWageOfMonth(db, month));
    return wages.get(month) ?? i.allowance_standard;
  };
}
