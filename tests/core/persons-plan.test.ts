import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personListInput, type PersonListInput } from '../../shared/contract/persons';
import { buildListQueries, type SqlWithParams } from '../../electron/core/modules/persons/queries';
import { planList } from '../../electron/core/modules/persons/list';
import { seedCounty } from '../../scripts/seed/county';
import Database from 'better-sqlite3';
import { openCore, type Core } from '../../electron/core/core';
import { signInSeedAdmin } from '../../scripts/seed/accounts';
import { TODAY } from './harness';

// persons.list must stay fast at 100,000 persons: every statement it builds is checked with EXPLAIN QUERY PLAN
// on a seeded county, and fails on a full table scan. The three page strategies must return the same rows.

let core: Core;
let dir: string;
let ref: { township: string; village: string; idNumber: string };

// One seeded county for the whole file (the harness closes its cores after each test).
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'taizhang-plan-'));
  core = openCore({ dataDir: dir, today: TODAY });
  await seedCounty(core, { persons: 1500, today: TODAY });
  const db = core.ctx.db;
  const person = db
    .prepare('SELECT id_number, residence_region_id, township_id FROM persons ORDER BY rowid LIMIT 1 OFFSET 7')
    .get() as Record<string, string>;
  ref = { township: person.township_id, village: person.residence_region_id, idNumber: person.id_number };
  db.prepare('UPDATE persons SET deleted_at = updated_at WHERE rowid % 50 = 0').run();
}, 60_000);

afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const CASES: [string, () => PersonListInput][] = [
  ['no filter, newest first', () => ({})],
  ['no filter, by name', () => ({ sort: { field: 'name', order: 'asc' } })],
  ['no filter, by ID', () => ({ sort: { field: 'idNumber', order: 'desc' } })],
  ['township', () => ({ townshipId: ref.township })],
  ['township, by birth date', () => ({ townshipId: ref.township, sort: { field: 'birthDate', order: 'asc' } })],
  ['village', () => ({ villageId: ref.village })],
  ['ethnicity + sex', () => ({ ethnicity: '05', sex: '1' })],
  ['ethnicity alone', () => ({ ethnicity: '01' })],
  ['age range', () => ({ ageMin: 30, ageMax: 40 })],
  ['age range + sex', () => ({ ageMin: 45, sex: '2' })],
  ['employment status', () => ({ employmentStatus: '10', page: 2 })],
  ['ID suffix (last 4)', () => ({ q: ref.idNumber.slice(-4) })],
  ['ID suffix (last 6)', () => ({ q: ref.idNumber.slice(-6) })],
  ['whole ID', () => ({ q: ref.idNumber })],
  ['ID prefix', () => ({ q: ref.idNumber.slice(0, 14) })],
  ['phone prefix', () => ({ q: '1380000' })],
  ['name prefix', () => ({ q: '王' })],
  ['name infix', () => ({ q: '古丽' })],
  ['name infix + township', () => ({ q: '买买提', townshipId: ref.township })],
  ['isDifficult', () => ({ isDifficult: true })],
  ['not isDifficult, by name', () => ({ isDifficult: false, sort: { field: 'name', order: 'desc' } })],
  ['onPost', () => ({ onPost: true })],
  ['inInternship', () => ({ inInternship: true })],
  ['已删除', () => ({ deleted: true })],
  ['已删除 + township', () => ({ deleted: true, townshipId: ref.township })],
];

function plan(s: SqlWithParams): string[] {
  return (core.ctx.db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[]).map(
    (r) => r.detail,
  );
}

/** A plan line reading the persons table (alias p) from end to end without an index. */
const fullScan = (line: string) => /^SCAN (persons|p)\b/.test(line) && !/USING (COVERING )?INDEX/.test(line);

describe('persons.list query plans (EXPLAIN QUERY PLAN): no full table scan', () => {
  it('the check itself tells a table scan from an index scan', () => {
    expect(
      [
        'SCAN persons',
        'SCAN p',
        'SCAN persons USING INDEX persons_name',
        'SCAN persons USING COVERING INDEX persons_updated',
        'SCAN page',
      ].map(fullScan),
    ).toEqual([true, true, false, false, false]);
  });

  it.each(CASES)('%s', (_name, input) => {
    const q = personListInput.parse(input());
    const lq = buildListQueries(q, TODAY);
    const statements = {
      probe: lq.probe,
      count: lq.count,
      filter: lq.page.filter,
      sort: lq.page.sort,
      ids: { sql: lq.pageFromIds.sql, params: ['[1,2,3]', ...lq.pageFromIds.params] },
    };
    for (const [name, s] of Object.entries(statements)) {
      const lines = plan(s);
      expect(lines.filter(fullScan), `${name}: ${lines.join(' | ')}`).toEqual([]);
    }
    expect(plan(lq.count).join(' | ')).toContain(lq.driver);
  });
});

describe('the three page strategies return the same rows', () => {
  it.each(CASES)('%s', (_name, input) => {
    const q = personListInput.parse(input());
    const lq = buildListQueries(q, TODAY);
    const db = core.ctx.db;
    const ids = (s: SqlWithParams) => (db.prepare(s.sql).all(...s.params) as { id: string }[]).map((r) => r.id);
    const all = db
      .prepare(lq.probe.sql.replace(/ LIMIT \d+$/, ''))
      .pluck()
      .all(...lq.probe.params) as number[];
    const total = (db.prepare(lq.count.sql).get(...lq.count.params) as { n: number }).n;
    expect(all.length).toBe(total);
    const fromIds = ids({ sql: lq.pageFromIds.sql, params: [JSON.stringify(all), ...lq.pageFromIds.params] });
    expect(ids(lq.page.filter)).toEqual(fromIds);
    expect(ids(lq.page.sort)).toEqual(fromIds);
    expect(fromIds.length).toBe(Math.max(0, Math.min(q.pageSize, total - (q.page - 1) * q.pageSize)));
  });

  it('a large result takes the count + sort path, a small one the probe path', () => {
    const big = planList(core.ctx.db, personListInput.parse({}), TODAY);
    expect([big.path, big.total]).toEqual(['sort', 1470]);
    const small = planList(core.ctx.db, personListInput.parse({ villageId: ref.village }), TODAY);
    expect(small.path).toBe('ids');
  });
});

describe('list totals kept until a write (issue 13)', () => {
  it('a total over many rows is counted once, and follows a delete, a restore and another connection’s write', async () => {
    await signInSeedAdmin(core);
    const total = async (input: PersonListInput) => {
      const r = await core.invoke('persons.list', input);
      if (!r.ok) throw new Error(r.error.message);
      return (r.data as { total: number }).total;
    };
    const db = core.ctx.db;
    const counted = db.prepare(buildListQueries(personListInput.parse({}), TODAY).count.sql);
    expect(await total({})).toBe(1470);
    expect(await total({ page: 3 })).toBe(1470);
    const victim = db.prepare('SELECT id FROM persons WHERE deleted_at IS NULL ORDER BY rowid LIMIT 1').pluck().get();
    const del = await core.invoke('persons.delete', { id: victim as string });
    expect(del.ok).toBe(true);
    expect(await total({})).toBe(1469);
    expect(await total({ page: 2 })).toBe(1469);
    expect(await core.invoke('persons.restore', { id: victim as string })).toMatchObject({ ok: true });
    expect(await total({})).toBe(1470);
    // Another connection's commit (a job's worker) drops what is kept.
    const other = new Database(db.name);
    other.prepare('UPDATE persons SET deleted_at = updated_at WHERE rowid = 7 AND deleted_at IS NULL').run();
    other.close();
    expect(await total({})).toBe(1469);
    expect((counted.get(...buildListQueries(personListInput.parse({}), TODAY).count.params) as { n: number }).n).toBe(
      1469,
    );
  });
});
