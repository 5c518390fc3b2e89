// The 首页's own counts (shared/contract/home.ts says what each one means): stock figures on a day, the 12-month
// trend and the composition of persons on posts. Each is one statement; @township narrows to one 乡镇 or is NULL.
import type Database from 'better-sqlite3';
import { addMonths, monthRange } from '../../../../shared/domain/dates';
import { prepared } from '../../db/prepared';
import { basisLabel } from '../placements/detail';
import { activeRegistrationsSql } from '../registrations/month-sql';
import { INTERNSHIP_PERIOD_END, internshipMeetsSql } from '../internships/period-sql';

const TOWNSHIP = (col: string) => `(@township IS NULL OR ${col} = @township)`;

/** Recognised on or before @d and not exited by it. */
const DIFFICULT_ON = (d: string) =>
  `r.status IN ('03', '05') AND r.recognition_date <= ${d} AND (r.exit_date IS NULL OR r.exit_date > ${d})`;
/** On post on @d (started, not left before it: the leave day still counts, as posts' ON_POST_TODAY). */
const ON_POST_ON = (d: string) => `pl.start_date <= ${d} AND (pl.leave_date IS NULL OR pl.leave_date >= ${d})`;
/** In internship on @d: the period (internships/period-sql.ts) takes in the day. */
const INTERN_ON = (d: string) => internshipMeetsSql(d, d);

type TwoDays = { current: number; previous: number };
type Stock = (db: Database.Database, cur: string, prev: string, township: string | null) => TwoDays;

/**
 * Difficult-to-employ and interns on two days (@cur, @prev; persons on posts: onPosts): statements over different
 * tables, kept apart (home/overview.ts) so that a placement saved does not count the recognitions again.
 */
export const stockFigures: Record<'difficult' | 'interns', Stock> = {
  difficult: (db, cur, prev, township) =>
    prepared(
      db,
      `SELECT coalesce(sum(${DIFFICULT_ON('@cur')}), 0) AS current, coalesce(sum(${DIFFICULT_ON('@prev')}), 0) AS previous
       FROM recognitions r JOIN persons p ON p.id = r.person_id
       WHERE r.status IN ('03', '05') AND p.deleted_at IS NULL AND ${TOWNSHIP('p.township_id')}`,
    ).get({ cur, prev, township }) as TwoDays,
  interns: (db, cur, prev, township) =>
    prepared(
      db,
      `SELECT coalesce(sum(${INTERN_ON('@cur')}), 0) AS current, coalesce(sum(${INTERN_ON('@prev')}), 0) AS previous
       FROM internships i JOIN employers e ON e.id = i.host_id
       WHERE i.deleted_at IS NULL AND ${INTERNSHIP_PERIOD_END} >= @prev AND ${TOWNSHIP('e.township_id')}`,
    ).get({ cur, prev, township }) as TwoDays,
};

/** The 12 months ending with `month`, oldest first. */
export const trendMonths = (month: string): string[] => Array.from({ length: 12 }, (_, k) => addMonths(month, k - 11));

/**
 * Registrations open at each month end (persons not deleted, by the person's 乡镇) in one pass over the
 * registrations open at some month end (activeRegistrationsSql), oldest month first. `persons`: only the persons
 * with an id in ($lo, $hi] ($hi NULL: no upper bound), for the warm-up's slices (registeredTrendSlices).
 */
export function registeredTrend(
  db: Database.Database,
  month: string,
  township: string | null,
  persons?: { lo: string; hi: string | null },
): number[] {
  const months = trendMonths(month);
  const ends = months.map((m) => monthRange(m).end);
  const params: Record<string, string | null> = { township, ...(persons ?? {}) };
  ends.forEach((e, k) => (params[`e${k}`] = e));
  const cols = ends
    .map(
      (_, k) => `coalesce(sum(r.reg_date <= $e${k} AND (r.cancel_date IS NULL OR r.cancel_date > $e${k})), 0) AS m${k}`,
    )
    .join(',\n  ');
  const range = persons ? ' AND r.person_id > $lo AND ($hi IS NULL OR r.person_id <= $hi)' : '';
  const reg = prepared(
    db,
    `SELECT ${cols}
     FROM (${activeRegistrationsSql({
       columns: 'r.reg_date, r.cancel_date',
       joins: 'CROSS JOIN persons AS p INDEXED BY persons_registration ON p.id = r.person_id',
       where: `p.deleted_at IS NULL AND ($township IS NULL OR p.township_id = $township)${range}`,
       registeredBy: '$e11',
       cancelledFrom: '> $e0',
     })}) AS r`,
  ).get(params) as Record<string, number>;
  return months.map((_, k) => reg[`m${k}`]);
}

/**
 * registeredTrend in slices of about `persons` open registrations each (person id ranges in registrations_open
 * order): `next()` computes one and returns the sums so far with whether it was the last.
 */
export function registeredTrendSlices(db: Database.Database, month: string, township: string | null, persons: number) {
  const sums = new Array<number>(12).fill(0);
  let lo: string | null = '';
  return {
    next(): { sums: number[]; done: boolean } {
      if (lo === null) return { sums, done: true };
      const hi = (prepared(
        db,
        `SELECT person_id FROM registrations INDEXED BY registrations_open WHERE cancel_date IS NULL AND person_id > ?
         ORDER BY person_id LIMIT 1 OFFSET ?`,
      )
        .pluck()
        .get(lo, persons) ?? null) as string | null;
      registeredTrend(db, month, township, { lo, hi }).forEach((n, k) => (sums[k] += n));
      lo = hi;
      return { sums, done: lo === null };
    },
  };
}

/** Placements started in each of the 12 months (by the post's 乡镇), oldest month first. */
export function placementTrend(db: Database.Database, month: string, township: string | null): number[] {
  const months = trendMonths(month);
  const placed = prepared(
    db,
    `SELECT substr(pl.start_date, 1, 7) AS month, count(*) AS n FROM placements pl JOIN posts po ON po.id = pl.post_id
     WHERE pl.deleted_at IS NULL AND pl.start_date BETWEEN $first AND $last AND ($township IS NULL OR po.township_id = $township)
     GROUP BY 1`,
  ).all({ township, first: monthRange(months[0]).start, last: monthRange(months[11]).end }) as {
    month: string;
    n: number;
  }[];
  const byMonth = new Map(placed.map((r) => [r.month, r.n]));
  return months.map((m) => byMonth.get(m) ?? 0);
}

/**
 * Persons on posts on @cur and @prev, and on @cur by the basis of their placement (largest first): one pass over
 * the placements not left before @prev.
 */
export function onPosts(db: Database.Database, cur: string, prev: string, township: string | null) {
  const rows = prepared(
    db,
    `SELECT pl.basis_list AS list, pl.basis_code AS code, coalesce(sum(${ON_POST_ON('@cur')}), 0) AS current,
       coalesce(sum(${ON_POST_ON('@prev')}), 0) AS previous
     FROM placements pl JOIN posts po ON po.id = pl.post_id
     WHERE pl.deleted_at IS NULL AND (pl.leave_date IS NULL OR pl.leave_date >= @prev) AND ${TOWNSHIP('po.township_id')}
     GROUP BY 1, 2`,
  ).all({ cur, prev, township }) as { list: string; code: string; current: number; previous: number }[];
  const total = (k: 'current' | 'previous') => rows.reduce((s, r) => s + r[k], 0);
  const composition = rows
    .filter((r) => r.current > 0)
    .sort((a, b) => b.current - a.current || cmp(a.list, b.list) || cmp(a.code, b.code))
    .map((r) => ({ code: `${r.list}:${r.code}`, label: basisLabel(r.list, r.code), count: r.current }));
  return { onPost: { current: total('current'), previous: total('previous') }, composition };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** 乡镇 in code order (current ones, and retired ones listed in `withData`). */
export function townships(db: Database.Database, withData: Set<string>): { id: string; name: string }[] {
  const rows = prepared(db, 'SELECT id, name, retired_on FROM regions WHERE level = 4 ORDER BY code').all() as {
    id: string;
    name: string;
    retired_on: string | null;
  }[];
  return rows.filter((r) => !r.retired_on || withData.has(r.id)).map((r) => ({ id: r.id, name: r.name }));
}
