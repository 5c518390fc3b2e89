// BR-17 capacity as a sweep over a post's placements: a placement covers every day from start to leave
// (inclusive; open = no end). The persons on a post on any day of a window must stay ≤ approved_count, so a
// new placement is checked against the busiest day of ITS whole period, future days included — not just today.
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';

/** Inclusive day range; end null = open-ended. */
export interface DayRange {
  start: string;
  end: string | null;
}

const OPEN = '9999-12-31';

/**
 * The sweep's events: each range clipped to `window` (left out when it misses it) as a start (+1) on its first day
 * and an end (−1) on its last, sorted by day with starts before ends on the same day (a range covers its end day).
 */
function sweepEvents(ranges: readonly DayRange[], window: DayRange): [day: string, delta: 1 | -1][] {
  const wEnd = window.end ?? OPEN;
  const events: [string, 1 | -1][] = [];
  for (const r of ranges) {
    const s = r.start > window.start ? r.start : window.start;
    const e = (r.end ?? OPEN) < wEnd ? (r.end ?? OPEN) : wEnd;
    if (s <= e) events.push([s, 1], [e, -1]);
  }
  return events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : b[1] - a[1]));
}

/**
 * The first day of `window` on which at least `k` of `ranges` cover the day, and how many do; null when no day
 * reaches k.
 */
export function firstCrowdedDay(
  ranges: readonly DayRange[],
  window: DayRange,
  k: number,
): { day: string; count: number } | null {
  const events = sweepEvents(ranges, window);
  let count = 0;
  for (let i = 0; i < events.length; i++) {
    const [day, delta] = events[i];
    count += delta;
    // Check once all starts of the day are in (the next event is another day or an end).
    if (delta === 1 && count >= k && (i + 1 === events.length || events[i + 1][0] !== day || events[i + 1][1] === -1))
      return { day, count };
  }
  return null;
}

/** The most ranges covering any one day of the window. */
export function peakCount(ranges: readonly DayRange[], window: DayRange): number {
  let count = 0;
  let peak = 0;
  for (const [, delta] of sweepEvents(ranges, window)) {
    count += delta;
    if (count > peak) peak = count;
  }
  return peak;
}

/** Live placements of a post as day ranges, optionally leaving one out (the placement being checked). */
export function postRanges(
  db: Database.Database,
  postId: string,
  exceptId: string | null = null,
): (DayRange & { id: string })[] {
  const rows = prepared(
    db,
    'SELECT id, start_date AS start, leave_date AS "end" FROM placements WHERE post_id = ? AND deleted_at IS NULL',
  ).all(postId) as (DayRange & { id: string })[];
  return exceptId ? rows.filter((r) => r.id !== exceptId) : rows;
}

/** Persons on the post on `day` (BR-17 "active"). */
export function onPostOn(ranges: readonly DayRange[], day: string): number {
  return ranges.filter((r) => r.start <= day && (r.end === null || r.end >= day)).length;
}
