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
