/** "Today" for every rule: fixed by flag/env in tests and E2E, else the computer's local date (ARCHITECTURE §4). */
export function makeToday(fixed?: string | null): () => string {
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`today must be YYYY-MM-DD, got ${fixed}`);
    return () => fixed;
  }
  return () => {
    const d = new Date();
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  };
}

// The only other readers of the computer's clock in the core. Business dates come from makeToday (ctx.today);
// these are for instants and lifetimes, which tests do not need to fix.

/** The current instant as ISO-8601 UTC text: the default ctx.now (audit stamps) and log lines. */
export const systemInstant = (): string => new Date().toISOString();

/** Milliseconds since the epoch: lifetimes of finished jobs, checked imports and exported files. */
export const systemMillis = (): number => Date.now();

/** The computer's local date and time: the minute stamp in an exported file's name. */
export const systemDateTime = (): Date => new Date();
