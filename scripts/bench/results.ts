// bench-results.json at the project root: an array of { name, value, unit, baseline, ratio }.
// Every bench merges its entries by name (read-modify-write), so benches of later issues add to the same file.
// Only a standard run writes it (args.ts resultsFileOf); a small county's figures go to .tmp/bench-results.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BenchEntry {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  ratio: number | null;
}

export const RESULTS_FILE = join(import.meta.dirname, '..', '..', 'bench-results.json');
/** Where a run that is not the standard one (a smaller county, other sizes) records its figures: outside git. */
export const SMALL_RESULTS_FILE = join(import.meta.dirname, '..', '..', '.tmp', 'bench-results.json');

/** The entries recorded so far (none when the file is absent). */
export const readResults = (file = RESULTS_FILE): BenchEntry[] =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchEntry[]) : [];

export function recordResults(entries: BenchEntry[], file = RESULTS_FILE): BenchEntry[] {
  const merged = [...readResults(file)];
  for (const e of entries) {
    const i = merged.findIndex((m) => m.name === e.name);
    if (i >= 0) merged[i] = e;
    else merged.push(e);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}

/** Records entries into `file` and says so, with the case's goal when it has one. */
export function recordedIn(file: string): (entries: BenchEntry[], goal?: string) => void {
  return (entries, goal = '') => {
    recordResults(entries, file);
    console.log(`\n已写入 ${file}${goal}`);
  };
}

/** Percentile of sorted samples (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
