import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/working-days';
import { signedInAs, TODAY } from './harness';
import { seededCore } from './seeded';

// audit6 gap 3 (issue 19): a 乡镇经办's navigation badges, the 工作清单 tab counts and the lists they open without a
// 乡镇 (空岗, 基地资格到期, 补贴发放's employers) hold their own townships — all of them for a clerk of several —
// never the county's. Posts and employers are read county-wide, so these lists are narrowed by the place's 乡镇.

describe('home.badges and the lists they count, as a 乡镇经办', () => {
  it('count and list the posts, bases and employers of the clerk’s townships only', async () => {
    const core = await seededCore({ persons: 300, posts: { posts: 60, placements: 90 }, seed: 4 });
    const db = core.ctx.db;
    const county = signedInAs(core, 'county', 'admin');
    const as = <T>(session: string, channel: string, input: unknown) =>
      core.invoke(channel, input, session).then((r) => {
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        return r.data as T;
      });
    // The two townships with the most vacancies, and one base expiring in each of them and in a third.
    const towns = db
      .prepare(
        `SELECT p.township_id AS id, r.name FROM posts p JOIN regions r ON r.id = p.township_id
         GROUP BY p.township_id ORDER BY count(*) DESC, r.code`,
      )
      .all() as { id: string; name: string }[];
    expect(towns.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = towns;
    for (const t of [a, b, c])
      db.prepare(
        `UPDATE employers SET is_internship_base = 1, base_valid_until = ?
         WHERE id = (SELECT id FROM employers WHERE township_id = ? ORDER BY id LIMIT 1)`,
      ).run(addDays(TODAY, 20), t.id);
    const one = signedInAs(core, 'clerk-one', 'clerk', { townshipIds: [a.id] });
    const two = signedInAs(core, 'clerk-two', 'clerk', { townshipIds: [a.id, b.id] });

    type Badges = { posts: { vacancies: number }; internships: { expiringBases: number } };
    type Home = { reminders: { key: string; count: number }[] };
    const vacanciesOf = async (townshipId: string) =>
      (await as<Home>(county, 'home.overview', { townshipId })).reminders.find((r) => r.key === 'vacancies')!.count;
    const countyBadges = await as<Badges>(county, 'home.badges', {});
    const inA = await vacanciesOf(a.id);
    const inB = await vacanciesOf(b.id);
    expect(inA).toBeGreaterThan(0);
    expect(inB).toBeGreaterThan(0);
    expect(countyBadges.posts.vacancies).toBeGreaterThan(inA + inB);
    expect(countyBadges.internships.expiringBases).toBe(3);

    for (const [session, mine, vacancies, bases] of [
      [one, [a], inA, 1],
      [two, [a, b], inA + inB, 2],
    ] as const) {
      const names = mine.map((t) => t.name);
      const badges = await as<Badges>(session, 'home.badges', {});
      expect(badges.posts.vacancies).toBe(vacancies);
      expect(badges.internships.expiringBases).toBe(bases);
      const counts = await as<{ vacancies: number }>(session, 'postWorklists.counts', {});
      expect(counts.vacancies).toBe(vacancies);
      // The 空岗 list opened from the navigation (no 乡镇): the same posts, each in one of the clerk's townships.
      const list = await as<{ total: number; items: { townshipName: string }[] }>(session, 'postWorklists.vacancies', {
        pageSize: 100,
      });
      expect(list.total).toBe(vacancies);
      expect(new Set(list.items.map((i) => i.townshipName))).toEqual(new Set(names));
      const due = await as<{ expiringBases: unknown[] }>(session, 'internshipWorklists.due', {});
      expect(due.expiringBases).toHaveLength(bases);
      // 补贴发放 opened from the navigation: the employers of the clerk's townships, as the county sees them there.
      const month = TODAY.slice(0, 7);
      const employers = (
        await as<{ employers: { employerId: string; townshipName: string }[] }>(session, 'subsidies.overview', {
          month,
        })
      ).employers;
      const theirs = [];
      for (const t of mine)
        theirs.push(
          ...(
            await as<{ employers: { employerId: string }[] }>(county, 'subsidies.overview', { month, townshipId: t.id })
          ).employers,
        );
      expect(employers.map((e) => e.employerId).sort()).toEqual(theirs.map((e) => e.employerId).sort());
      expect(employers.length).toBeGreaterThan(0);
      expect(new Set(employers.map((e) => e.townshipName))).toEqual(new Set(names));
    }
  }, 60_000);
});
