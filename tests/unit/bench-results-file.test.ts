import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { resultsFileOf } from '../../scripts/bench/args';
import { RESULTS_FILE, SMALL_RESULTS_FILE } from '../../scripts/bench/results';

// npm run bench records into the tracked bench-results.json only on the standard county; a run sized otherwise (or on
// a smaller county seeded before) writes .tmp/bench-results.json.

const folders: string[] = [];
afterAll(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));

const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-county-'));
  folders.push(dir);
  return dir;
};

/** A data folder whose register holds `persons` person rows (only what the count reads). */
function county(persons: number): string {
  const dir = folder();
  const db = new Database(join(dir, 'taizhang.db'));
  db.exec('CREATE TABLE persons (id INTEGER PRIMARY KEY)');
  db.prepare(
    'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) INSERT INTO persons SELECT i FROM n',
  ).run(persons);
  db.close();
  return dir;
}

describe('bench results file', () => {
  it('writes bench-results.json for the standard sizes, whatever the runs or the cases', () => {
    expect(resultsFileOf({})).toBe(RESULTS_FILE);
    expect(resultsFileOf({ persons: '100000', runs: '20', only: 'posts', 'scale-cases': '登记台账' })).toBe(
      RESULTS_FILE,
    );
  });

  it('writes .tmp/bench-results.json for a small county or other sizes', () => {
    expect(SMALL_RESULTS_FILE).not.toBe(RESULTS_FILE);
    expect(resultsFileOf({ persons: '2000' })).toBe(SMALL_RESULTS_FILE);
    expect(resultsFileOf({ 'import-rows': '500' })).toBe(SMALL_RESULTS_FILE);
    expect(resultsFileOf({ 'undo-persons': '5000' })).toBe(SMALL_RESULTS_FILE);
    expect(resultsFileOf({ 'extra-attempts': '0' })).toBe(SMALL_RESULTS_FILE);
  });

  it('looks into a county folder given: a smaller register is not the standard run', () => {
    expect(resultsFileOf({ 'data-dir': county(3000) })).toBe(SMALL_RESULTS_FILE);
    expect(resultsFileOf({ 'recog-data-dir': county(100_000) })).toBe(RESULTS_FILE);
    // An empty folder is seeded by the case at the run's size.
    expect(resultsFileOf({ 'stall-data-dir': folder() })).toBe(RESULTS_FILE);
  });
});
