// updated_at of a row moves forward strictly: a write in the same millisecond as the previous one (or with a clock
// behind it) still gets a later stamp, so the optimistic-lock check (expectedUpdatedAt) never misses a save.

/** The stamp to write: `now` when it is later than `previous`, else one millisecond after `previous`. */
export function nextStamp(now: string, previous: string): string {
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}

/** The bookkeeping columns every register row carries beside what a create or update writes. */
export interface RowStamps {
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
}
