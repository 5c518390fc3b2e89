// npm run bench's command line (scripts/bench.ts): the options, which cases run (--only) and the goals several
// cases share.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { RESULTS_FILE, SMALL_RESULTS_FILE } from './results';

const OPTIONS = {
  help: { type: 'boolean' },
  persons: { type: 'string', default: '100000' },
  runs: { type: 'string', default: '200' },
  warmup: { type: 'string', default: '20' },
  'rpt01-persons': { type: 'string', default: '100000' },
  'import-rows': { type: 'string', default: '10000' },
  'excel-repeats': { type: 'string', default: '2' },
  only: {
    type: 'string',
    default: 'list,rpt01,import,posts,contacts,recog,subsidies,home,training,import-scale,scale,archive,stall,start',
  },
  'training-classes': { type: 'string', default: '500' },
  'training-per-class': { type: 'string', default: '40' },
  'scale-rows': { type: 'string', default: '50000' },
  'contacts-runs': { type: 'string', default: '20' },
  // recog: measure a county seeded before in DIR (scripts/bench/recognitions.ts seed(), today 2026-11-28), kept.
  'recog-data-dir': { type: 'string' },
  // scale: the county size (100k = 100,000 persons / ~1.2 M contacts, 500k = 500,000 / ~6 M), and a folder holding
  // a county generated before (default /tmp/taizhang-bench-scale-<persons>-a<attempts>-<today>, generated when absent).
  scale: { type: 'string', default: '100k' },
  'data-dir': { type: 'string' },
  // scale: unanswered attempts per registration and month added when generating (default 0.75: ~1.2 M contacts at 100k).
  'extra-attempts': { type: 'string' },
  // --scale-cases TEXT: only the scale cases whose name holds TEXT (e.g. 登记台账), without the first read and RPT-12.
  'scale-cases': { type: 'string' },
  // stall (issue 13): the county's size, a folder to keep/reuse it, and the one-worker comparison.
  'stall-persons': { type: 'string', default: '100000' },
  'stall-data-dir': { type: 'string' },
  'stall-before': { type: 'boolean' },
  // start (issue 13): pairs of starts of `npm run serve` on a copy of the 100k county
  // (--data-dir: the copy to use; default a copy of the scale county made once in the temp folder).
  'start-runs': { type: 'string', default: '2' },
  // lock-save: the county's size and a folder to keep/reuse it (a throwaway copy: the run locks and unlocks 2026-10).
  'lock-persons': { type: 'string', default: '100000' },
  'lock-data-dir': { type: 'string' },
  // import-undo (fix27b): the county's size (a copy of the scale county); the roster has --import-rows rows.
  'undo-persons': { type: 'string', default: '100000' },
} as const;

export function benchArgs() {
  const { values } = parseArgs({ options: OPTIONS });
  if (values.help) {
    // The usage is the first comment of scripts/bench.ts: print it rather than keep a second copy.
    const usage = readFileSync(new URL('../bench.ts', import.meta.url), 'utf8').split('\n');
    console.log(
      usage
        .filter((line) => line.startsWith('//'))
        .map((line) => line.slice(3))
        .join('\n'),
    );
    process.exit(0);
  }
  return { values, only: new Set(values.only.split(',')), resultsFile: resultsFileOf(values) };
}

/** The options that size the county or the data a case measures: any other value makes a small (or other) run. */
const SIZE_OPTIONS = [
  'persons',
  'rpt01-persons',
  'import-rows',
  'training-classes',
  'training-per-class',
  'scale-rows',
  'stall-persons',
  'lock-persons',
  'undo-persons',
] as const;
/** The folders of a county seeded before; the smallest standard county holds 100,000 persons (--scale 100k). */
const COUNTY_FOLDERS = ['data-dir', 'recog-data-dir', 'stall-data-dir', 'lock-data-dir'] as const;
const STANDARD_PERSONS = 100_000;

const personsIn = (dir: string): number | null => {
  const file = join(dir, 'taizhang.db'); // core.ts DB_FILE; importing it would load the whole core here
  if (!existsSync(file)) return null; // to be seeded by the case, at its (standard or not) size
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM persons').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/**
 * Where this run's figures go: bench-results.json (tracked) only for a standard run — every size option at its
 * default, no --extra-attempts and no county folder smaller than the standard county; any other run (a small county
 * tried on a laptop, a quick check) writes SMALL_RESULTS_FILE, outside git.
 */
export function resultsFileOf(values: Record<string, string | boolean | undefined>): string {
  const sized = SIZE_OPTIONS.some((k) => Number(values[k] ?? OPTIONS[k].default) !== Number(OPTIONS[k].default));
  const small = COUNTY_FOLDERS.some((k) => {
    const dir = values[k];
    const n = typeof dir === 'string' ? personsIn(dir) : null;
    return n !== null && n < STANDARD_PERSONS;
  });
  return sized || small || values['extra-attempts'] !== undefined ? SMALL_RESULTS_FILE : RESULTS_FILE;
}

export type BenchArgs = ReturnType<typeof benchArgs>;

/** p95 (ms) and ratio to the raw baseline of the quick reads (persons.list, placements.create, recognitions). */
export const GOAL_MS = 20;
export const GOAL_RATIO = 1.5;
