// Which automatic backups to keep (issue 20): the newest `keepDaily` days, plus the first backup of each of the
// newest `keepMonthly` months (the first of a month never moves, so a month's copy is stable once taken).
// Only automatic backups are pruned; manual, before-upgrade and before-restore copies stay until removed by hand.

export interface Dated {
  name: string;
  /** YYYY-MM-DD */
  day: string;
}

/** The names to delete, given every automatic backup. Pure, so the rule is tested on its own. */
export function toPrune<T extends Dated>(autos: readonly T[], keepDaily: number, keepMonthly: number): T[] {
  const byDay = [...autos].sort((a, b) =>
    a.day === b.day ? a.name.localeCompare(b.name) : a.day.localeCompare(b.day),
  );
  const keep = new Set<string>();
  // One per day (the first of a day, should a day hold two), newest days first.
  const firstOfDay = new Map<string, T>();
  for (const b of byDay) if (!firstOfDay.has(b.day)) firstOfDay.set(b.day, b);
  for (const b of [...firstOfDay.values()].reverse().slice(0, keepDaily)) keep.add(b.name);
  const firstOfMonth = new Map<string, T>();
  for (const b of byDay) if (!firstOfMonth.has(b.day.slice(0, 7))) firstOfMonth.set(b.day.slice(0, 7), b);
  for (const b of [...firstOfMonth.values()].reverse().slice(0, keepMonthly)) keep.add(b.name);
  return byDay.filter((b) => !keep.has(b.name));
}
