// Crash test (issue 20): real processes, real files. A child process runs a person import commit or a full-ID
// export and is killed with SIGKILL at several points (by itself at a named point inside the commit's transaction or
// in a job phase, or by this process after a delay). After each kill the data folder must open, pass
// PRAGMA integrity_check, hold either every row of the import or none (its audit row and back-filled recognitions
// with it), and keep no half-written file and no file with full ID numbers. Bounded: small rosters, ten children, three at a time.
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { roster, villagesOf } from '../../scripts/bench/person-import';
import { makeCore, must, tempDir } from './harness';
import { county } from './persons-fixtures';
import { jobData } from './import-workbooks';
import { CrashTally, bundleCrashChild, runCrashChild, type CrashScenario } from './crash-child';

type Scenario = CrashScenario<'import' | 'export'>;

const SCENARIOS: Scenario[] = [
  { op: 'import', at: 'phase:写入数据库' },
  { op: 'import', at: 'row:1' },
  { op: 'import', at: 'row:half' },
  { op: 'import', at: 'audit' },
  { op: 'import', at: 'done' },
  { op: 'import', at: 30 },
  { op: 'export', at: 'half' },
  { op: 'export', at: 'audit' },
  { op: 'export', at: 'done' },
  { op: 'export', at: 80 },
];
/** Children run this many at a time: loading the core takes a child about 2 s of CPU. */
const AT_ONCE = 3;

/** Persons already in the register (all 就业困难人员, so RPT-01 has rows to write) and rows in the roster. */
const REGISTERED = 600;
const ROSTER_ROWS = 300;

// The child bundled once (see bundleCrashChild).
let child = '';
afterAll(() => rmSync(child, { force: true }));

function runChild(dir: string, s: Scenario, rosterPath: string): Promise<'killed' | 'finished'> {
  return runCrashChild([child, dir, s.op, String(s.at), rosterPath, String(ROSTER_ROWS)], s.at);
}

/** Every file under dir, recursively, relative to it. */
const allFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });

const counts = (core: Core) =>
  core.ctx.db
    .prepare(
      `SELECT (SELECT count(*) FROM persons) AS persons, (SELECT count(*) FROM recognitions) AS recognitions,
              (SELECT count(*) FROM audit_log WHERE channel = 'imports.persons.commit') AS imports`,
    )
    .get() as { persons: number; recognitions: number; imports: number };

describe('crash test: kill -9 during an import commit and an export', () => {
  it('after every kill the register opens, passes integrity_check, holds all or none of the import, and no partial or full-ID file remains', async () => {
    const started = performance.now();
    child = await bundleCrashChild('tests/core/import-export-crash-child.ts');
    const template = tempDir();
    const core = makeCore(template);
    await county(core);
    const villages = villagesOf(core);
    const registered = (await roster(REGISTERED, villages, { difficult: true })).toString('base64');
    const checked = await jobData<{ token: string }>(core, 'imports.persons.check', {
      fileName: '在册.xlsx',
      contentBase64: registered,
    });
    await jobData(core, 'imports.persons.commit', { token: checked.token, updateMatched: [] });
    const rosterPath = join(tempDir(), '花名册.xlsx');
    writeFileSync(rosterPath, await roster(ROSTER_ROWS, villages, { first: 5000 }));
    const before = counts(core);
    expect(before.persons).toBe(REGISTERED);
    core.close();
    const whole = { persons: REGISTERED + ROSTER_ROWS, recognitions: before.recognitions + 30, imports: 2 };

    const setUpMs = Math.round(performance.now() - started);
    const tally = new CrashTally();
    const run = async (s: Scenario) => {
      const t0 = performance.now();
      const dir = tempDir();
      cpSync(template, dir, { recursive: true });
      const how = await runChild(dir, s, rosterPath);
      // Restart: the core's start-up cleans up, then the register must be whole.
      const after = makeCore(dir);
      const now = counts(after);
      const opens = (await must(after, 'persons.list', { pageSize: 20 })).total === now.persons;
      const integrity = after.ctx.db.pragma('integrity_check', { simple: true });
      after.close();
      const left = allFiles(dir).filter((f) => f.endsWith('.partial') || f.startsWith('exports/'));
      const allOrNone =
        JSON.stringify(now) === JSON.stringify(before) ||
        (s.op === 'import' && JSON.stringify(now) === JSON.stringify(whole));
      const ok = integrity === 'ok' && opens && allOrNone && left.length === 0;
      return tally.note(
        s,
        how,
        ok,
        `${now.persons} persons, ${now.imports} import rows${left.length ? `, left ${left.join(' ')}` : ''}, integrity ${String(integrity)}, ${Math.round(performance.now() - t0)} ms`,
      );
    };
    const outcomes: string[] = [];
    for (let i = 0; i < SCENARIOS.length; i += AT_ONCE)
      outcomes.push(...(await Promise.all(SCENARIOS.slice(i, i + AT_ONCE).map(run))));
    expect(tally.broken(outcomes, ` (set-up ${setUpMs} ms)`)).toEqual([]);
    expect(tally.kills).toBeGreaterThanOrEqual(7);
  }, 300_000); // about 15 s idle; minutes on a machine loaded by other work
});
