// Issue 13: the work lists sort and cut their pages in SQL and filter by 乡镇/村/责任人 and the caller's scope there.
// These tests build the full order independently (from every item and the regions' codes) and check that each page
// is exactly its slice of it, for each filter and order, and that the totals and side-panel counts agree.
import { describe, expect, it } from 'vitest';
import type { WorklistItem } from '../../shared/contract/contact-worklists';
import { must, signedInAs } from './harness';
import { setup, type Setup } from './registrations-fixtures';

const NAMES = ['阿迪力', '艾力', '布丽', '古丽', '阿迪力', '热依拉', '买买提', '古丽', '努尔', '艾力'];
const STAFF = ['甲', '乙', '丙'];

async function county(n: number) {
  const s = await setup();
  const villages = [s.village1, s.village2, s.village3];
  for (let i = 0; i < n; i++) {
    const person = await s.person({ name: NAMES[i % NAMES.length], residenceRegionId: villages[i % 3] });
    await s.register(person, { responsibleStaff: STAFF[(i * 7) % 3], regDate: '2026-11-02' });
  }
  return s;
}

function codes(s: Setup): Map<string, string> {
  const rows = s.core.ctx.db.prepare('SELECT id, code FROM regions').all() as { id: string; code: string }[];
  return new Map(rows.map((r) => [r.id, r.code]));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function expectedOrder(s: Setup, items: WorklistItem[], groupBy: 'place' | 'staff'): string[] {
  const code = codes(s);
  const place = (a: WorklistItem, b: WorklistItem) =>
    cmp(code.get(a.townshipId) ?? '', code.get(b.townshipId) ?? '') ||
    cmp(code.get(a.villageId) ?? '', code.get(b.villageId) ?? '');
  const staff = (a: WorklistItem, b: WorklistItem) => cmp(a.responsibleStaff, b.responsibleStaff);
  return [...items]
    .sort(
      (a, b) =>
        (groupBy === 'staff' ? staff(a, b) || place(a, b) : place(a, b) || staff(a, b)) ||
        cmp(a.name, b.name) ||
        cmp(a.registrationId, b.registrationId),
    )
    .map((i) => i.registrationId);
}

const ids = (page: { items: { registrationId: string }[] }) => page.items.map((i) => i.registrationId);

describe('work-list pages cut in SQL (issue 13)', () => {
  it('page 2 is rows 21–40 of the full order, by place and by staff; totals and side counts agree', async () => {
    const s = await county(47);
    const all = await must(s.core, 'contactWorklists.toContact', { month: '2026-11', pageSize: 100 });
    expect(all.total).toBe(47);
    expect(all.items).toHaveLength(47);
    for (const groupBy of ['place', 'staff'] as const) {
      const full = expectedOrder(s, all.items, groupBy);
      const pages = [];
      for (const page of [1, 2, 3]) {
        const p = await must(s.core, 'contactWorklists.toContact', { month: '2026-11', groupBy, page });
        expect(p.total).toBe(47);
        pages.push(ids(p));
      }
      expect(pages[0]).toEqual(full.slice(0, 20));
      expect(pages[1]).toEqual(full.slice(20, 40));
      expect(pages[2]).toEqual(full.slice(40));
    }
    // The same names twice (阿迪力, 古丽 …) are told apart by the registration id: no row on two pages.
    const byName = NAMES.filter((n, i) => NAMES.indexOf(n) !== i);
    expect(all.items.filter((i) => byName.includes(i.name)).length).toBeGreaterThan(4);
    expect(all.groups.reduce((n, g) => n + g.count, 0)).toBe(47);
    expect(all.staff.reduce((n, g) => n + g.count, 0)).toBe(47);
    expect(all.staff).toEqual(
      STAFF.map((staff) => ({ staff, count: all.items.filter((i) => i.responsibleStaff === staff).length })).sort(
        (a, b) => cmp(a.staff, b.staff),
      ),
    );
    expect((await must(s.core, 'contactWorklists.counts', { month: '2026-11' })).toContact).toBe(47);
  });

  it('a township, village or staff filter pages through its own rows; the side panel still counts the whole list', async () => {
    const s = await county(47);
    const all = await must(s.core, 'contactWorklists.toContact', { month: '2026-11', pageSize: 100 });
    const full = expectedOrder(s, all.items, 'place');
    const byId = new Map(all.items.map((i) => [i.registrationId, i]));
    const cases: [Record<string, string>, (i: WorklistItem) => boolean][] = [
      [{ townshipId: s.town1 }, (i) => i.townshipId === s.town1],
      [{ townshipId: s.town2 }, (i) => i.townshipId === s.town2],
      [{ villageId: s.village2 }, (i) => i.villageId === s.village2],
      [{ staff: '乙', townshipId: s.town1 }, (i) => i.responsibleStaff === '乙' && i.townshipId === s.town1],
    ];
    for (const [filter, keep] of cases) {
      const expected = full.filter((id) => keep(byId.get(id)!));
      const p1 = await must(s.core, 'contactWorklists.toContact', { month: '2026-11', ...filter, pageSize: 20 });
      const p2 = await must(s.core, 'contactWorklists.toContact', { month: '2026-11', ...filter, page: 2 });
      expect([p1.total, [...ids(p1), ...ids(p2)]]).toEqual([expected.length, expected.slice(0, 40)]);
      expect(p1.groups).toEqual(all.groups);
      expect(p1.staff).toEqual(all.staff);
    }
    // town1 holds villages 1 and 2: 32 of 47 rows, so its second page is 12 rows.
    const t1 = await must(s.core, 'contactWorklists.toContact', { month: '2026-11', townshipId: s.town1, page: 2 });
    expect([t1.total, t1.items.length]).toEqual([32, 12]);
  });

  it('a 乡镇经办 pages through their township only, in the same order as the county filtered by it', async () => {
    const s = await county(47);
    const clerk = signedInAs(s.core, 'clerk-t2', 'clerk', { townshipIds: [s.town2] });
    const admin = await must(s.core, 'contactWorklists.toContact', { month: '2026-11', townshipId: s.town2 });
    const r = await s.core.invoke('contactWorklists.toContact', { month: '2026-11' }, clerk);
    if (!r.ok) throw new Error(r.error.message);
    const mine = r.data as typeof admin;
    expect([mine.total, ids(mine)]).toEqual([15, ids(admin)]);
    expect(mine.groups.map((g) => [g.townshipId, g.count])).toEqual([[s.town2, 15]]);
    expect(mine.staff.reduce((n, g) => n + g.count, 0)).toBe(15);
    expect(mine.items.every((i) => i.townshipId === s.town2)).toBe(true);
  });

  it('a past month holds registrations cancelled after its end, not those cancelled within it', async () => {
    const s = await setup();
    const later = await s.register(await s.person(), { regDate: '2026-09-01' });
    const within = await s.register(await s.person(), { regDate: '2026-09-01' });
    const open = await s.register(await s.person(), { regDate: '2026-09-01' });
    await must(s.core, 'registrations.cancel', { id: later, cancelDate: '2026-11-10', cancelReason: 'C06' });
    await must(s.core, 'registrations.cancel', { id: within, cancelDate: '2026-10-31', cancelReason: 'C06' });
    const oct = await must(s.core, 'contactWorklists.toContact', { month: '2026-10' });
    expect([oct.total, ids(oct).sort()]).toEqual([2, [later, open].sort()]);
    const sep = await must(s.core, 'contactWorklists.toContact', { month: '2026-09' });
    expect(sep.total).toBe(3);
    const nov = await must(s.core, 'contactWorklists.toContact', { month: '2026-11' });
    expect(ids(nov)).toEqual([open]);
    expect(await must(s.core, 'contactWorklists.counts', { month: '2026-10' })).toMatchObject({ toContact: 2 });
  });
});
