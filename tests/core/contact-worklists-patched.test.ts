// Issue 13: the month's work lists and counts are kept and, after a write to contacts, registrations, persons or
// the level history, patched for the registrations written (month-state.ts) instead of computed again. After every
// kind of write the patched lists must equal, row for row and in order, the lists' own SQL (sql.ts membersSql,
// countsByTownshipSql) run on the same database — and the writes must not have made them compute again.
import { describe, expect, it } from 'vitest';
import type { WorklistKind } from '../../shared/contract/contact-worklists';
import type { Core } from '../../electron/core/core';
import { keptTables } from '../../electron/core/db/memo';
import { binaryCompare } from '../../electron/core/modules/contact-worklists/list-order';
import { memberList, monthParams, townshipCounts } from '../../electron/core/modules/contact-worklists/month-state';
import { sqlParams, worklist } from '../../electron/core/modules/contact-worklists/service';
import { worklistInput } from '../../shared/contract/contact-worklists';
import { countsByTownshipSql, membersSql } from '../../electron/core/modules/contact-worklists/sql';
import { makeCore, TODAY } from './harness';
import { insertContact } from './registrations-fixtures';
import { seededCore } from './seeded';

const KINDS: WorklistKind[] = ['toContact', 'lostContact', 'firstContactDue'];
const MONTHS = ['2026-11', '2026-09'];

/** The 乡镇 and the 联系责任人 whose filtered pages are compared too (kept and patched with the list). */
const FILTERS = (t: string) => [
  { townshipId: t, sql: { township: true }, params: { township: t } },
  { staff: '新责任人', sql: { staff: true }, params: { staff: '新责任人' } },
];

function bySql(core: Core, month: string, t: string) {
  const db = core.ctx.db;
  const p = monthParams(db, month, TODAY);
  const params = sqlParams(p);
  const filtered = KINDS.flatMap((kind) =>
    FILTERS(t).map((f) =>
      (
        db.prepare(membersSql(kind, p.pastLevels, f.sql, 'place')).all({ ...params, ...f.params }) as {
          registrationId: string;
        }[]
      ).map((r) => r.registrationId),
    ),
  );
  const lists = KINDS.flatMap((kind) =>
    (['place', 'staff'] as const).map((groupBy) =>
      db
        .prepare(membersSql(kind, p.pastLevels, {}, groupBy))
        .all(params)
        .map((r) => JSON.stringify(r)),
    ),
  );
  return { lists, filtered, counts: db.prepare(countsByTownshipSql(p.pastLevels)).all(params) };
}

function kept(core: Core, month: string, t: string) {
  const ctx = core.ctx;
  // A 乡镇's (a 责任人's) pages read through the service, then their kept members: patched, not filtered again.
  const filtered = KINDS.flatMap((kind) =>
    FILTERS(t).map(({ townshipId, staff }) => {
      worklist(ctx, kind, worklistInput.parse({ month, townshipId, staff }));
      const f = memberList(ctx, kind, month, 'place').filtered.get(`${townshipId}|${undefined}|${staff}`);
      return (f?.rows ?? []).map((m) => m.registrationId);
    }),
  );
  const lists = KINDS.flatMap((kind) =>
    (['place', 'staff'] as const).map((groupBy) =>
      memberList(ctx, kind, month, groupBy).members.map((m) =>
        JSON.stringify({
          registrationId: m.registrationId,
          serviceLevel: m.serviceLevel,
          responsibleStaff: m.responsibleStaff,
          regDate: m.regDate,
          monthContacts: m.monthContacts,
          monthSuccessful: m.monthSuccessful,
          townshipId: m.townshipId,
          villageId: m.villageId,
          name: m.name,
        }),
      ),
    ),
  );
  return { lists, filtered, counts: townshipCounts(ctx, month).rows };
}

describe('work lists patched after writes (issue 13)', () => {
  it('equal their SQL after contact, registration, person and level writes, without a new pass', async () => {
    const core = await seededCore({ persons: 500, registrations: true, seed: 11 });
    const db = core.ctx.db;
    // The 乡镇 of the first registration written below (its successful contacts take it out of 待联系).
    const t = db
      .prepare(
        `SELECT p.township_id FROM registrations r JOIN persons p ON p.id = r.person_id
         WHERE r.cancel_date IS NULL AND p.deleted_at IS NULL ORDER BY r.id LIMIT 1`,
      )
      .pluck()
      .get() as string;
    for (const month of MONTHS) expect(kept(core, month, t)).toEqual(bySql(core, month, t));
    const first = kept(core, '2026-11', t);
    expect(first.filtered[0].length).toBeGreaterThan(0);
    expect(first.lists[0].length).toBeGreaterThan(20);
    expect(first.lists[2].length + first.lists[4].length).toBeGreaterThan(0);

    const open = db
      .prepare(
        `SELECT r.id, r.person_id AS personId FROM registrations r JOIN persons p ON p.id = r.person_id
         WHERE r.cancel_date IS NULL AND p.deleted_at IS NULL ORDER BY r.id LIMIT 12`,
      )
      .all() as { id: string; personId: string }[];
    const contact = (rid: string, date: string, result: string) => insertContact(core, rid, { date, result });
    const writes: [string, () => void][] = [
      ['successful contacts', () => [0, 1, 2].forEach((i) => contact(open[i].id, '2026-11-20', '1'))],
      ['a failed contact', () => contact(open[3].id, '2026-11-21', '2')],
      [
        'a contact made successful',
        () =>
          db
            .prepare("UPDATE contacts SET result = '1' WHERE registration_id = ? AND contact_date = '2026-11-21'")
            .run(open[3].id),
      ],
      [
        'contacts deleted',
        () => db.prepare('DELETE FROM contacts WHERE registration_id IN (?, ?)').run(open[0].id, open[4].id),
      ],
      ['an earlier success (September)', () => contact(open[5].id, '2026-09-10', '1')],
      [
        'a registration cancelled',
        () =>
          db
            .prepare(
              "UPDATE registrations SET status = 'cancelled', cancel_date = '2026-11-15', cancel_reason = 'C01' WHERE id = ?",
            )
            .run(open[6].id),
      ],
      [
        'a level and staff changed',
        () =>
          db
            .prepare("UPDATE registrations SET service_level = 'A', responsible_staff = '新责任人' WHERE id = ?")
            .run(open[7].id),
      ],
      [
        'a person renamed and moved',
        () =>
          db
            .prepare(
              'UPDATE persons SET name = ?, township_id = (SELECT township_id FROM persons WHERE id = ?), residence_region_id = (SELECT residence_region_id FROM persons WHERE id = ?) WHERE id = ?',
            )
            .run('阿阿阿', open[9].personId, open[9].personId, open[8].personId),
      ],
      [
        'a person deleted',
        () => db.prepare("UPDATE persons SET deleted_at = '2026-11-27' WHERE id = ?").run(open[10].personId),
      ],
      [
        'a level change dated after September',
        () =>
          db
            .prepare(
              "INSERT INTO service_level_changes (id, registration_id, change_date, seq, from_level, to_level, reason, source, created_at, created_by) SELECT 'slc-test', id, '2026-10-05', 99, service_level, 'A', '测试', 'override', 'x', 'x' FROM registrations WHERE id = ?",
            )
            .run(open[11].id),
      ],
    ];
    for (const [what, write] of writes) {
      const before = MONTHS.map((month) => memberList(core.ctx, 'toContact', month, 'place'));
      write();
      MONTHS.forEach((month, i) => {
        const name = `contactWorklists.month|${month}`;
        expect(keptTables(db, name), what).toBeNull();
        expect(kept(core, month, t), `${what} (${month})`).toEqual(bySql(core, month, t));
        // The same list object, brought up to date: the write was patched, not followed by a new pass.
        expect(memberList(core.ctx, 'toContact', month, 'place'), what).toBe(before[i]);
        expect(keptTables(db, name), what).toContain('contacts');
      });
    }
  }, 60_000);

  it('orders strings as SQLite does (code points, astral characters after U+FFFF)', () => {
    const core = makeCore();
    const words = ['b', 'a', 'ab', '', '古丽', '𠀀', '\uffee', '\ue000', 'Z', '阿', '𠀀a', '\ud7ff'];
    const sqlite = core.ctx.db
      .prepare('SELECT value FROM json_each(?) ORDER BY value')
      .pluck()
      .all(JSON.stringify(words)) as string[];
    expect([...words].sort(binaryCompare)).toEqual(sqlite);
    expect([...words].sort()).not.toEqual(sqlite);
  });
});
