// Issue 13: 姓名包含 at 500,000 persons. The probe of a "contains" search scans the name index, so it is kept until a
// persons write, and skipped once the query's last exact count was above PROBE; the answers stay those of plain SQL.
import { describe, expect, it } from 'vitest';
import { listPersons, planList, type TotalCache } from '../../electron/core/modules/persons/list';
import { PROBE } from '../../electron/core/modules/persons/list-sql';
import { COUNTY } from '../../electron/core/scope/scope';
import { personListInput, type PersonListInput } from '../../shared/contract/persons';
import { TODAY } from './harness';
import { seededPersons } from './persons-list-scene';

describe('persons.list 姓名包含: the probe kept or skipped (issue 13)', () => {
  it('answers as plain SQL while the probe is computed once per query and skipped for a common fragment', async () => {
    const { db, kept } = await seededPersons(7);
    const computed: string[] = [];
    const cache: TotalCache = {
      ...kept,
      get: (k, compute) =>
        kept.get(k, () => {
          computed.push(k.split('|')[0]);
          return compute();
        }),
    };
    const input = (q: PersonListInput) => personListInput.parse({ q: '古丽', ...q });
    const list = (q: PersonListInput = {}) => listPersons(db, input(q), TODAY, COUNTY, cache);
    const expected = (page: number) => ({
      total: db
        .prepare("SELECT count(*) FROM persons WHERE deleted_at IS NULL AND instr(name, '古丽') > 0")
        .pluck()
        .get() as number,
      ids: db
        .prepare(
          `SELECT id FROM persons WHERE deleted_at IS NULL AND instr(name, '古丽') > 0
           ORDER BY updated_at DESC, rowid DESC LIMIT 20 OFFSET ?`,
        )
        .pluck()
        .all((page - 1) * 20),
    });
    const answer = (page = 1) => {
      const got = list({ page });
      return { total: got.total, ids: got.items.map((i) => i.id) };
    };

    // A common fragment: more than PROBE persons match.
    db.prepare("UPDATE persons SET name = '阿依古丽' || rowid WHERE rowid <= ?").run(PROBE + 200);
    expect(expected(1).total).toBeGreaterThan(PROBE);
    expect(answer()).toEqual(expected(1));
    expect(computed).toEqual(['persons.list.probe', 'persons.list.total']);
    computed.length = 0;
    expect(answer(2)).toEqual(expected(2));
    expect(answer(3)).toEqual(expected(3));
    expect(computed).toEqual([]); // neither the probe nor the count again

    // A write leaves few matches: the probe is skipped (the last count was above PROBE), the count answers exactly.
    db.prepare("UPDATE persons SET name = '买买提' || rowid WHERE rowid > 12 AND instr(name, '古丽') > 0").run();
    const few = expected(1);
    expect(few.total).toBeLessThan(20);
    expect(planList(db, input({}), TODAY, COUNTY, cache).path).toBe('filter');
    expect(computed).toEqual(['persons.list.total']);

    // Now the last count is small: the probe runs again, kept until the next persons write.
    computed.length = 0;
    expect(planList(db, input({}), TODAY, COUNTY, cache).path).toBe('ids');
    expect(answer()).toEqual(few);
    expect(answer()).toEqual(few);
    expect(computed).toEqual(['persons.list.probe']);
    db.prepare("UPDATE persons SET name = '古丽娜' WHERE rowid = 1400").run();
    const more = expected(1);
    expect(more.total).toBe(few.total + 1);
    expect(answer()).toEqual(more);
  }, 60_000);
});
