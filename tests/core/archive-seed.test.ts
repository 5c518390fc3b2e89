import { describe, expect, it } from 'vitest';
import { shiftMonths } from '../../shared/domain/dates';
import { TODAY, must } from './harness';
import { demoCore } from './seeded';

// The demo county's 档案到期 (CFG-31, DOMAIN §9.8): the last seed step gives a few untouched persons a case closed seven
// to nine years ago, so the administrator's list has rows.
describe('seeded closed cases past retention (档案到期)', () => {
  it('lists the old closed cases the demo seed made, oldest first', async () => {
    const core = await demoCore(300);
    const db = core.ctx.db;
    const old = db
      .prepare(
        `SELECT p.name, max(c.contact_date, r.cancel_date) AS last FROM registrations r JOIN persons p ON p.id = r.person_id
         JOIN contacts c ON c.registration_id = r.id WHERE r.reg_date < ? ORDER BY last, p.id`,
      )
      .all(shiftMonths(TODAY, -72)) as { name: string; last: string }[];
    expect(old).toHaveLength(12);
    const view = await must(core, 'archive.list', {});
    expect(view.years).toBe(5);
    // The other seeds leave at most a few cases of their own past retention (a recognition exited long ago).
    expect(view.total).toBeGreaterThanOrEqual(12);
    expect(view.total).toBeLessThan(20);
    const seeded = new Set(old.map((o) => o.name));
    const listed = view.persons.filter((p) => seeded.has(p.name)).map((p) => [p.name, p.lastActivity]);
    expect(listed).toEqual(old.map((o) => [o.name, o.last]));
    // The newest of them closed 7 years + 22 months + 4 months ago at the latest: all before the 5-year cutoff.
    expect(view.persons.every((p) => p.lastActivity < view.cutoff)).toBe(true);
    expect(view.persons[0].lastActivity).toBe(shiftMonths(shiftMonths(TODAY, -(84 + 22)), 4));
  }, 120_000);
});
