// Warm-up (issues 17, 13: modules/home/warm-up.ts): the first 首页, work lists and badges after start are computed in
// the background. Its answers must equal a cold computation's (county, one 乡镇, a 乡镇经办), a write made while the
// month's state is being built in slices must show in the next read (patched in, or the rest built by that read),
// and a failing part must be logged without breaking the core. Pauses are gates, not timing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { keptPending, keptTables } from '../../electron/core/db/memo';
import { memberList } from '../../electron/core/modules/contact-worklists/month-state';
import { commitElsewhere, makeCore, must, signedInAs, tempDir, TODAY } from './harness';
import { insertContact } from './registrations-fixtures';
import { seededCore } from './seeded';

const MONTH = TODAY.slice(0, 7);
const STATE = `contactWorklists.month|${MONTH}`;
const KINDS = ['toContact', 'lostContact', 'firstContactDue'] as const;

async function seeded(): Promise<string> {
  const dir = tempDir();
  const core = await seededCore(
    { persons: 600, posts: { posts: 60, placements: 120 }, registrations: true, recognitions: true, seed: 5 },
    makeCore(dir),
  );
  // The 乡镇经办 made now: signing in later writes nothing (another core's write would drop what is kept).
  signedInAs(core, 'clerk-warm', 'clerk', { townshipIds: [firstTownship(core)] });
  core.close();
  return dir;
}

/** What a clerk opening the app reads: 首页 (county and one 乡镇), the badges and every list's full pages. */
async function answers(core: Core, townshipId: string, session?: string) {
  const as = (channel: string, input: unknown) => core.invoke(channel, input, session);
  const lists = [];
  for (const kind of KINDS)
    for (const t of [undefined, townshipId]) {
      const r = await as(`contactWorklists.${kind}`, { month: MONTH, townshipId: t, pageSize: 100 });
      lists.push(r);
    }
  return {
    home: await as('home.overview', {}),
    ...(session ? {} : { homeTownship: await as('home.overview', { townshipId }) }),
    badges: await as('home.badges', {}),
    counts: await as('contactWorklists.counts', { month: MONTH }),
    lists,
  };
}

/** A gate the warm-up awaits: `held` resolves when it is reached, `open()` lets it go on. */
function gate() {
  let reached!: () => void;
  let open!: () => void;
  const held = new Promise<void>((r) => (reached = r));
  const opened = new Promise<void>((r) => (open = r));
  return { held, open, wait: () => (reached(), opened) };
}

const firstTownship = (core: Core) =>
  core.ctx.db.prepare('SELECT id FROM regions WHERE level = 4 ORDER BY code LIMIT 1').pluck().get() as string;

/** The registrations the warm-up reads first (its chunk order). */
const firstOpen = (core: Core, n: number) =>
  core.ctx.db
    .prepare(
      `SELECT id FROM registrations INDEXED BY registrations_open WHERE cancel_date IS NULL
       ORDER BY person_id, reg_date, id LIMIT ?`,
    )
    .pluck()
    .all(n) as string[];

const addContact = (core: Core, rid: string, result: string) => insertContact(core, rid, { result });

describe('warm-up after start (issues 17, 13)', () => {
  it('gives the answers of a cold computation, county, one 乡镇 and a 乡镇经办, from one county state', async () => {
    const dir = await seeded();
    const cold = makeCore(dir);
    const warm = makeCore(dir, TODAY, { warmUp: { chunk: 7 } });
    await warm.warmUp!.idle();
    expect(warm.warmUp!.last.map((p) => p.part)).toEqual(
      expect.arrayContaining(['contacts', 'home.registered', 'home', 'badges', 'list.toContact']),
    );
    // Kept by the warm-up before any call.
    expect(keptTables(warm.ctx.db, STATE)).toEqual(expect.arrayContaining(['contacts', 'registrations', 'persons']));
    expect(keptTables(warm.ctx.db, 'home||')).not.toBeNull();
    const t = firstTownship(cold);
    const expected = await answers(cold, t);
    expect([expected.home, expected.badges, ...expected.lists].every((r) => r.ok)).toBe(true);
    expect(await answers(warm, t)).toEqual(expected);
    // A 乡镇经办's lists and badges are cut from the county's state (no state of their own).
    const clerk = (core: Core) => signedInAs(core, 'clerk-warm', 'clerk');
    const mine = await answers(warm, t, clerk(warm));
    expect(mine.lists.every((r) => r.ok)).toBe(true);
    expect(mine.badges.ok && mine.home.ok).toBe(true);
    expect(mine).toEqual(await answers(cold, t, clerk(cold)));
    expect(keptTables(warm.ctx.db, `${STATE}|scope=${JSON.stringify([t])}`)).toBeNull();
    expect(keptTables(warm.ctx.db, STATE)).not.toBeNull();
  });

  it('reflects a write made while the month state is built in slices, patched or built by the read', async () => {
    const dir = await seeded();
    const cold = makeCore(dir);
    let breaths = 0;
    let pause: ReturnType<typeof gate> | null = gate();
    const pending: (number | null)[] = [];
    const warm = makeCore(dir, TODAY, {
      warmUp: {
        // Right after the month's state: what it kept, before the 首页's parts read (and patch) it.
        beforePart: async (part) => {
          if (part === 'home.recog') pending.push(keptPending(warm.ctx.db, STATE));
        },
        chunk: 10,
        sliceMs: 0,
        // Held after the second chunk: the first twenty registrations in the warm-up's order are read.
        breathe: async () => {
          if (++breaths === 2 && pause) await pause.wait();
          await new Promise((r) => setImmediate(r));
        },
      },
    });
    const t = firstTownship(cold);
    // Registrations read by the first two chunks: any one (a) and one on 待联系 (b).
    const read = firstOpen(warm, 20);
    const a = read[0];
    const onList = new Set(memberList(cold.ctx, 'toContact', MONTH, 'place').members.map((m) => m.registrationId));
    const b = read.find((id) => onList.has(id));
    expect(b).toBeDefined();

    // 1. A contact saved to a registration already read; the build goes on and keeps it with the row pending.
    await pause.held;
    addContact(warm, a, '1');
    pause.open();
    await warm.warmUp!.idle();
    expect(pending[0]).toBe(1); // kept, the registration written waiting for its patch
    const after = await answers(warm, t);
    expect(after).toEqual(await answers(cold, t));
    expect(keptTables(warm.ctx.db, STATE)).not.toBeNull();

    // 2. Another program's commit drops everything; the warm-up again, and a read while it is held builds the rest.
    commitElsewhere(
      warm,
      "INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES ('test.touch', '1', 'x', 'x')",
    );
    breaths = 0;
    pause = gate();
    warm.warmUp!.request();
    await pause.held;
    addContact(warm, b!, '2');
    const during = await must(warm, 'contactWorklists.toContact', { month: MONTH, pageSize: 100 });
    const coldList = await must(cold, 'contactWorklists.toContact', { month: MONTH, pageSize: 100 });
    expect(during).toEqual(coldList);
    const before = after.lists[0] as { ok: true; data: typeof during };
    const contactsOf = (page: typeof during) => page.items.find((i) => i.registrationId === b)?.monthContacts;
    expect(contactsOf(during)).toBe((contactsOf(before.data) ?? 0) + 1);
    pause.open();
    pause = null;
    await warm.warmUp!.idle();
    expect(await answers(warm, t)).toEqual(await answers(cold, t));
  });

  it('logs a part that fails and goes on; the core answers as without it', async () => {
    const dir = await seeded();
    const cold = makeCore(dir);
    const warm = makeCore(dir, TODAY, {
      warmUp: {
        chunk: 5,
        sliceMs: 0,
        breathe: () => Promise.reject(new Error('注入的预热错误')),
      },
    });
    await warm.warmUp!.idle();
    const log = readFileSync(join(dir, 'logs', 'core.log'), 'utf8');
    expect(log).toContain('[warm-up contacts]');
    expect(log).toContain('注入的预热错误');
    // The other parts were warmed.
    expect(keptTables(warm.ctx.db, 'home.trend.registered|2026-11|')).not.toBeNull();
    const t = firstTownship(cold);
    expect(await answers(warm, t)).toEqual(await answers(cold, t));
  });

  it('stops at the next slice when the core closes: nothing logged, no statement on the closed connection', async () => {
    const dir = await seeded();
    const held = gate();
    let breaths = 0;
    const warm = makeCore(dir, TODAY, {
      warmUp: { chunk: 5, sliceMs: 0, breathe: () => (++breaths === 2 ? held.wait() : Promise.resolve()) },
    });
    await held.held;
    warm.close();
    held.open();
    await warm.warmUp!.idle();
    expect(breaths).toBe(2);
    const log = join(dir, 'logs', 'core.log');
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').not.toContain('warm-up');
  });
});
