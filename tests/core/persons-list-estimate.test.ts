// Issue 13: list totals at 500,000 persons. A total is counted once and kept until a write; after a write a large
// total (LIST_ESTIMATE_FROM rows or more; here a test threshold of 1,000) is the last exact count scaled by the
// table's growth, marked estimated, until the exact count is asked for (exactTotal).
import { describe, expect, it } from 'vitest';
import { listPersons, type TotalCache } from '../../electron/core/modules/persons/list';
import { COUNTY } from '../../electron/core/scope/scope';
import { personListInput, type PersonListInput } from '../../shared/contract/persons';
import { must, TODAY } from './harness';
import { seededPersons } from './persons-list-scene';

describe('persons.list totals after a write (issue 13)', () => {
  it('estimates a large total after a write, counts it exactly on demand, keeps small totals exact', async () => {
    const { core, db, kept } = await seededPersons(5);
    const cache: TotalCache = { ...kept, estimateFrom: 1000 };
    const list = (q: PersonListInput = {}) => listPersons(db, personListInput.parse(q), TODAY, COUNTY, cache);
    const live = () => db.prepare('SELECT count(*) FROM persons WHERE deleted_at IS NULL').pluck().get() as number;
    const n = live();
    expect(n).toBeGreaterThan(1000);

    expect(list()).toMatchObject({ total: n, estimated: false });
    expect(list({ page: 2 })).toMatchObject({ total: n, estimated: false });

    // A person deleted: the kept count is gone; the estimate is the last count (no rows added), two digits.
    db.prepare('UPDATE persons SET deleted_at = ? WHERE rowid = (SELECT min(rowid) FROM persons)').run('2026-11-28');
    const after = list();
    expect(after.estimated).toBe(true);
    const step = 10 ** (String(n).length - 2);
    expect(after.total).toBe(Math.round(n / step) * step);
    expect(after.items).toHaveLength(20);

    // 点击获取精确数: counted again, and kept exact until the next write.
    expect(list({ exactTotal: true })).toMatchObject({ total: n - 1, estimated: false });
    expect(list()).toMatchObject({ total: n - 1, estimated: false });

    // A filter below the threshold stays exact after a write; the channel (threshold 50,000) is exact here.
    const township = db.prepare('SELECT township_id FROM persons LIMIT 1').pluck().get() as string;
    db.prepare('UPDATE persons SET updated_at = updated_at WHERE rowid = 5').run();
    expect(list({ townshipId: township }).estimated).toBe(false);
    expect(await must(core, 'persons.list', {})).toMatchObject({ total: live(), estimated: false });
  }, 60_000);
});
