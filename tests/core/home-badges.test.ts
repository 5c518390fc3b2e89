import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { keptTables } from '../../electron/core/db/memo';
import type { NavigationBadges, ReminderKey } from '../../shared/contract/home';
import { must, TODAY } from './harness';
import { seededCore } from './seeded';
import { successfulContact } from './registrations-fixtures';

// home.badges (issue 13): every navigation badge in one read, equal to each module's own count channel, and
// kept in the core per part: a contact saved recomputes the contact counts and keeps the posts' counts.

async function county(): Promise<Core> {
  return seededCore({
    persons: 600,
    posts: { posts: 60, placements: 120 },
    registrations: true,
    recognitions: true,
    seed: 3,
  });
}

async function separately(core: Core) {
  return {
    contacts: await must(core, 'contactWorklists.counts', {}),
    recognitions: await must(core, 'recognitionWorklists.counts', {}),
    posts: await must(core, 'postWorklists.counts', {}),
    internships: (await must(core, 'internshipWorklists.due', {})).counts,
    training: { followUps: (await must(core, 'training.followUps', {})).items.length },
  };
}

/** 首页 has a reminder for each count a badge adds up that no other reminder carries, with the badge's figure. */
async function expectHomeShowsBadges(core: Core, badges: NavigationBadges) {
  const home = await must(core, 'home.overview', {});
  const count = (key: ReminderKey) => home.reminders.find((r) => r.key === key)?.count;
  expect(count('shouldExit')).toBe(badges.recognitions.shouldExit);
  expect(count('vacancies')).toBe(badges.posts.vacancies);
  expect(count('retiring')).toBe(badges.posts.retiring);
  expect(count('trainingFollowUps')).toBe(badges.training.followUps);
  expect(badges.recognitions.shouldExit + badges.posts.vacancies).toBeGreaterThan(0);
}

describe('home.badges', () => {
  it('equals the count channel of each module, before and after writes', async () => {
    const core = await county();
    const db = core.ctx.db;
    const month = TODAY.slice(0, 7);
    const before = await must(core, 'home.badges', {});
    expect(before).toEqual(await separately(core));
    expect(before.contacts.toContact).toBeGreaterThan(0);
    expect(before.posts.vacancies + before.posts.subsidyEnding).toBeGreaterThan(0);
    await expectHomeShowsBadges(core, before);

    // A successful contact for a registration still to contact this month.
    const open = (offset: number) =>
      db
        .prepare(
          `SELECT r.id FROM registrations r JOIN persons p ON p.id = r.person_id
         WHERE r.cancel_date IS NULL AND p.deleted_at IS NULL AND r.reg_date <= '2026-11-01' AND r.service_level = 'C'
           AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.registration_id = r.id AND c.contact_date >= '2026-11-01' AND c.result = '1')
         LIMIT 1 OFFSET ?`,
        )
        .pluck()
        .get(offset) as string;
    const reg = open(0);
    expect(reg).toBeTruthy();
    // A contact that did not reach the person writes the contacts table only: the contact counts are dropped;
    // the posts' counts, the recognitions' and the home's trend (none reads contacts) are kept.
    await must(core, 'contacts.create', {
      ...successfulContact(reg),
      result: '2',
      services: [],
      employmentStatusFound: undefined,
      jobsRecommended: undefined,
    });
    expect(keptTables(db, `contactWorklists.byTownship|${month}`)).toBeNull();
    expect(keptTables(db, 'postWorklists.counts')).toContain('posts');
    expect(keptTables(db, 'recognitionWorklists.counts|')).toContain('recognitions');
    expect(keptTables(db, `home.trend.registered|${month}|`)).toEqual(['persons', 'registrations']);
    expect(keptTables(db, `home.trend.placements|${month}|`)).toEqual(['placements', 'posts']);
    expect(await must(core, 'home.badges', {})).toEqual(before);

    // A successful one may also raise the registration's level: what reads registrations is computed again.
    const other = open(1);
    await must(core, 'contacts.create', successfulContact(other));
    expect(keptTables(db, 'postWorklists.counts')).toContain('posts');
    expect(keptTables(db, `home.trend.registered|${month}|`)).toBeNull();
    // The placements' trend reads no registration: kept.
    expect(keptTables(db, `home.trend.placements|${month}|`)).toEqual(['placements', 'posts']);
    const after = await must(core, 'home.badges', {});
    // Here BR-09 raised the level (A needs two contacts a month): the counts, the recognitions' and the trend were
    // computed again, and still equal the module channels.
    expect(db.prepare('SELECT service_level FROM registrations WHERE id = ?').pluck().get(other)).toBe('A');
    expect(after).toEqual(await separately(core));
    await expectHomeShowsBadges(core, after);
    const home = await must(core, 'home.overview', {});
    expect(keptTables(db, `home.trend.registered|${month}|`)).toEqual(['persons', 'registrations']);
    expect(keptTables(db, `home.trend.placements|${month}|`)).toEqual(['placements', 'posts']);
    expect(home.reminders.find((r) => r.key === 'toContact')!.count).toBe(after.contacts.toContact);
  }, 60_000);
});
