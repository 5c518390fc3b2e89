// Issue 13: the warm-up builds the county's work lists in slices (month-state.ts warmMemberList). The list it
// keeps must equal the one a read builds at once (memberList on another core, same county) — members in order,
// every field, the 责任人 and 乡镇/村 counts in the same order — and a write made between its slices must never
// leave a list from before the write: held at a gate, then compared with the synchronous list after the write.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { Paced } from '../../electron/core/db/sliced';
import {
  memberList,
  townshipCounts,
  warmMemberList,
  type MemberList,
} from '../../electron/core/modules/contact-worklists/month-state';
import { commitElsewhere, makeCore, tempDir, TODAY } from './harness';
import { insertContact } from './registrations-fixtures';
import { seedSteps } from './seeded';

const MONTH = TODAY.slice(0, 7);
const KINDS = ['toContact', 'lostContact', 'firstContactDue'] as const;

async function seeded(): Promise<string> {
  const dir = tempDir();
  const core = makeCore(dir);
  await seedSteps(core, { persons: 400, registrations: true, seed: 3 });
  core.close();
  return dir;
}

/** Everything a list holds, in its orders (a Map's entries in insertion order). */
const shown = (list: MemberList | null) =>
  list && {
    members: list.members.map((r) => JSON.stringify(r)),
    staff: [...list.staff],
    places: [...list.places].map(([t, villages]) => [t, [...villages]]),
  };

/** Slices of one step (sliceMs 0) of 8 rows; `hold` is awaited at breath `at`. */
function paced(hold?: () => Promise<void>, at = 0) {
  const o = {
    breaths: 0,
    breathe: async () => {
      if (++o.breaths === at) await hold?.();
      await new Promise((r) => setImmediate(r));
    },
    sliceMs: 0,
    chunk: 1,
  };
  return o satisfies Paced;
}

const addContact = (core: Core, rid: string) => insertContact(core, rid);

describe('work lists built in slices by the warm-up (issue 13)', () => {
  it('keep the list memberList builds at once, for every kind', async () => {
    const dir = await seeded();
    const cold = makeCore(dir);
    const warm = makeCore(dir);
    // Not built when the month's state is not kept (a read builds both).
    expect(await warmMemberList(warm.ctx, 'toContact', MONTH, paced())).toBeNull();
    townshipCounts(warm.ctx, MONTH);
    for (const kind of KINDS) {
      const o = paced();
      const list = await warmMemberList(warm.ctx, kind, MONTH, o);
      const expected = memberList(cold.ctx, kind, MONTH, 'place');
      expect(shown(list), kind).toEqual(shown(expected));
      // Kept: the read finds it.
      expect(memberList(warm.ctx, kind, MONTH, 'place')).toBe(list);
      expect(o.breaths, kind).toBeGreaterThan(expected.members.length / 8);
    }
    const toContact = memberList(cold.ctx, 'toContact', MONTH, 'place');
    expect(toContact.members.length).toBeGreaterThan(20);
    expect(toContact.staff.size).toBeGreaterThan(1);
    expect(toContact.places.size).toBeGreaterThan(1);
  }, 60_000);

  // What happens while the build is held in its sort (the rows were keyed).
  const meanwhile: [string, (warm: Core, rid: string) => MemberList | null][] = [
    ['a contact saved, patched at the end', (warm, rid) => (addContact(warm, rid), null)],
    [
      'a contact saved and patched in by a read',
      (warm, rid) => (addContact(warm, rid), townshipCounts(warm.ctx, MONTH), null),
    ],
    ['the list read (built at once)', (warm) => memberList(warm.ctx, 'toContact', MONTH, 'place')],
    [
      'a contact saved, then another program’s commit',
      (warm, rid) => {
        addContact(warm, rid);
        commitElsewhere(
          warm,
          "INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES ('test.touch', '1', 'x', 'x')",
        );
        return null;
      },
    ],
  ];

  it.each(meanwhile)(
    'never keeps a list from before a write: %s',
    async (what, act) => {
      const dir = await seeded();
      const cold = makeCore(dir);
      const warm = makeCore(dir);
      const before = memberList(cold.ctx, 'toContact', MONTH, 'place').members;
      // A registration in the middle of 待联系, at a level that needs one success: the contact takes it off.
      const rid = before.find((r, i) => i > before.length / 2 && r.serviceLevel !== 'A')!.registrationId;
      const rows = townshipCounts(warm.ctx, MONTH).rows.reduce((n, t) => n + t.registered, 0);
      let read: MemberList | null = null;
      const o = paced(
        async () => {
          read = act(warm, rid);
        },
        Math.floor(rows / 8) + 2,
      );
      const list = await warmMemberList(warm.ctx, 'toContact', MONTH, o);
      const expected = memberList(cold.ctx, 'toContact', MONTH, 'place');
      expect(o.breaths).toBeGreaterThan(rows / 8 + 2);
      const now = memberList(warm.ctx, 'toContact', MONTH, 'place');
      expect(shown(now), what).toEqual(shown(expected));
      if (read) expect(list).toBe(read);
      if (what.includes('another program')) expect(list).toBeNull();
      else expect(list).toBe(now);
      const written = what.startsWith('a contact');
      expect(expected.members.some((r) => r.registrationId === rid)).toBe(!written);
      expect(expected.members.length).toBe(before.length - (written ? 1 : 0));
    },
    60_000,
  );
});
