import { describe, expect, it } from 'vitest';
import { seedDeletedFlexSubsidy, seedFlexibleSubsidies } from '../../scripts/seed/flexible-subsidies';
import { TODAY, must } from './harness';
import { seededCore } from './seeded';

// The demo seed's 灵活就业社会保险补贴 (BR-30): persons in flexible employment get a period each through the core's
// channels, dated back from the working date, two of them ended early; each write has its audit row.
describe('seeded flexible-employment subsidies', () => {
  it('gives a handful of 灵活就业 persons a period, none after today, two ended early', async () => {
    const core = await seededCore({ persons: 300, seed: 7 });
    const r = await seedFlexibleSubsidies(core, { today: TODAY });
    expect(r).toEqual({ periods: 8, terminated: 2 });
    const rows = core.ctx.db
      .prepare(
        'SELECT p.employment_status AS status, f.start_month AS start, f.terminated_on AS ended FROM flexible_subsidies f JOIN persons p ON p.id = f.person_id',
      )
      .all() as { status: string; start: string; ended: string | null }[];
    expect(rows).toHaveLength(8);
    expect(rows.every((x) => x.status === '22' && x.start <= TODAY.slice(0, 7) && (x.ended ?? '') <= TODAY)).toBe(true);
    const log = await must(core, 'audit.list', { entity: 'flexibleSubsidy' });
    expect(log.items).toHaveLength(10);
  }, 60_000);

  it('adds one deleted period (entered on the wrong person), listed with 已删除 only and restorable', async () => {
    const core = await seededCore({ persons: 300, seed: 7 });
    const personId = await seedDeletedFlexSubsidy(core, { today: TODAY });
    expect(personId).not.toBeNull();
    const live = await must(core, 'flexibleSubsidies.listByPerson', { personId: personId! });
    expect(live.items).toEqual([]);
    const all = await must(core, 'flexibleSubsidies.listByPerson', { personId: personId!, includeDeleted: true });
    expect(all.items.map((i) => [i.remark, i.deletedAt !== null])).toEqual([['登记错人', true]]);
    await must(core, 'flexibleSubsidies.restore', { id: all.items[0].id });
  }, 60_000);
});
