const pad = (n: number) => String(n).padStart(2, '0');
/** YYYY-MM-DD of a Date on the computer's calendar (its time zone). */
const dayOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** "Today" for every rule: fixed by flag/env in tests and E2E, else the computer's local date (ARCHITECTURE §4). */
export function makeToday(fixed?: string | null): () => string {
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`today must be YYYY-MM-DD, got ${fixed}`);
    return () => fixed;
  }
  return () => dayOf(new Date());
}

/**
 * "Now" (ctx.now: audit stamps in 操作记录, created_at/updated_at, session times, export file names) as ISO-8601 UTC
 * text. With a fixed working date (tests, E2E, `--today`) it is the computer's time of day on THAT date, so 操作记录 and
 * file names agree with the working date while stamps still move forward; else the computer's clock (issue 18).
 */
export function makeNow(fixedToday?: string | null): () => string {
  if (!fixedToday) return systemInstant;
  const [y, m, d] = makeToday(fixedToday)().split('-').map(Number);
  return () => {
    const t = new Date();
    return new Date(y, m - 1, d, t.getHours(), t.getMinutes(), t.getSeconds(), t.getMilliseconds()).toISOString();
  };
}

/** The local date and time of an instant of ctx.now: the minute stamp in an exported file's name. */
export const localDateTime = (instant: string): Date => new Date(instant);

/**
 * The local date (YYYY-MM-DD) of a stored instant (reviewed_at, locked_at, created_at …): the day a rule compares and
 * a printout shows. Instants are stored in UTC, so their first ten characters are the UTC day: a review at 07:30 in
 * 乌鲁木齐 (UTC+8) would read as the day before. Every instant turned into a date goes through here.
 */
export const localDate = (instant: string): string => dayOf(localDateTime(instant));

/** A stored instant as the clerk reads it in a workbook: local 'YYYY-MM-DD HH:mm:ss'. */
export function localTimeText(instant: string): string {
  const d = localDateTime(instant);
  return `${dayOf(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The instant (ISO, UTC) a local date begins: a day filter's bound on an instant column. */
export function localDayStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d).toISOString();
}

// The only other readers of the computer's clock in the core. Business dates come from makeToday (ctx.today) and
// instants from makeNow (ctx.now); these are for log lines and lifetimes, which tests do not need to fix.

/** The current instant as ISO-8601 UTC text: the default ctx.now (audit stamps) and log lines. */
export const systemInstant = (): string => new Date().toISOString();

/** Milliseconds since the epoch: lifetimes of finished jobs, checked imports and exported files. */
export const systemMillis = (): number => Date.now();
