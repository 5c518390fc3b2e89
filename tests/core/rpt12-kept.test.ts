// Issue 13: RPT-12's rows are kept per report period and patched after writes (contacts/reports/rpt12-state.ts). On a
// seeded small county, after each write of a random sequence (contacts added and removed, registrations cancelled and
// created, persons moved and deleted, level changes) the kept rows must equal rpt12Sql's rows on the same data — for
// the calendar month, a 21st–20th period (CFG-26) and a past month — and the writes must be patched, not rebuilt.
import { describe, expect, it } from 'vitest';
import { keptTables } from '../../electron/core/db/memo';
import { keptRpt12Rows, rpt12State } from '../../electron/core/modules/contacts/reports/rpt12-state';
import { rpt12Rows } from '../../electron/core/modules/contacts/reports/rpt12';
import type { MonthReportParams } from '../../electron/core/modules/contacts/reports/month';
import { reportPeriod } from '../../shared/domain/report-period';
import { TODAY } from './harness';
import { insertContact } from './registrations-fixtures';
import { seededCore } from './seeded';

const PERIODS: [string, MonthReportParams][] = [
  ['calendar month 2026-11', { month: '2026-11', today: TODAY }],
  ['21st–20th 2026-11', { month: '2026-11', today: TODAY, dates: reportPeriod('2026-11', 'day21') }],
  ['21st–20th 2026-10', { month: '2026-10', today: TODAY, dates: reportPeriod('2026-10', 'day21') }],
  ['calendar month 2026-09', { month: '2026-09', today: TODAY }],
];

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] };
}

describe('RPT-12 rows kept and patched (issue 13)', () => {
  it('equal rpt12Sql after every write of a random sequence, per period, without a new build', async () => {
    const core = await seededCore({ persons: 400, registrations: true, seed: 5 });
    const db = core.ctx.db;
    const ctx = core.ctx;
    for (const [what, p] of PERIODS) expect(keptRpt12Rows(ctx, p), what).toEqual(rpt12Rows(db, p));
    const first = keptRpt12Rows(ctx, PERIODS[0][1]);
    expect(first.length).toBeGreaterThan(1);
    expect(first.reduce((n, r) => n + r.due, 0)).toBeGreaterThan(50);
    expect(first.reduce((n, r) => n + r.contacted, 0)).toBeGreaterThan(10);

    const rnd = random(42);
    const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
    const townships = ids('SELECT id FROM regions WHERE level = 4 AND retired_on IS NULL');
    const days = Array.from({ length: 69 }, (_, i) => new Date(Date.UTC(2026, 8, 21 + i)).toISOString().slice(0, 10));
    const day = () => rnd.pick(days.filter((d) => d <= TODAY));
    let n = 0;
    const writes: Record<string, () => void> = {
      'contact added': () => {
        const rid = rnd.pick(ids('SELECT id FROM registrations'));
        const result = rnd.pick(['1', '1', '2', '3', '4']);
        insertContact(core, rid, {
          id: `test-c${n++}`,
          date: day(),
          result,
          services: 1 + Math.floor(rnd.next() * 31),
        });
      },
      'contact removed': () =>
        db.prepare('DELETE FROM contacts WHERE id = ?').run(rnd.pick(ids('SELECT id FROM contacts'))),
      'registration cancelled': () => {
        const open = db.prepare("SELECT id, reg_date FROM registrations WHERE status = 'active' ORDER BY id").all() as {
          id: string;
          reg_date: string;
        }[];
        const r = rnd.pick(open);
        const date = [day(), day()].find((d) => d >= r.reg_date) ?? r.reg_date;
        db.prepare(
          "UPDATE registrations SET status = 'cancelled', cancel_date = ?, cancel_reason = ? WHERE id = ?",
        ).run(date, rnd.pick(['C01', 'C03', 'C05', 'C12']), r.id);
      },
      'registration created': () => {
        const person = rnd.pick(
          ids(
            "SELECT id FROM persons WHERE deleted_at IS NULL AND id NOT IN (SELECT person_id FROM registrations WHERE status = 'active')",
          ),
        );
        db.prepare(
          `INSERT INTO registrations (id, person_id, reg_date, reg_place_id, reason, service_level, job_wish, responsible_staff,
             created_at, updated_at, created_by, updated_by)
           SELECT ?, id, ?, township_id, '1', ?, '1', '乙', 'x', 'x', 'x', 'x' FROM persons WHERE id = ?`,
        ).run(`test-r${n++}`, day(), rnd.pick(['A', 'B', 'C']), person);
      },
      'person moved': () =>
        db
          .prepare('UPDATE persons SET township_id = ? WHERE id = ?')
          .run(rnd.pick(townships), rnd.pick(ids('SELECT person_id FROM registrations'))),
      'person made difficult': () =>
        db
          .prepare('UPDATE persons SET is_difficult = 1 - is_difficult WHERE id = ?')
          .run(rnd.pick(ids('SELECT person_id FROM registrations'))),
      // Col 2 就业困难人员 reads the recognition in force at the period end (recognitions/in-force-sql.ts).
      'recognition added': () =>
        db
          .prepare(
            `INSERT INTO recognitions (id, person_id, categories, primary_category, status, recognition_date, backfilled,
               created_at, updated_at, created_by, updated_by)
             VALUES (?, ?, 'K99', 'K99', '03', ?, 1, 'x', 'x', 'x', 'x')`,
          )
          .run(`test-g${n++}`, rnd.pick(ids('SELECT person_id FROM registrations')), day()),
      'recognition exited': () =>
        db
          .prepare(
            "UPDATE recognitions SET status = '05', exit_date = max(coalesce(recognition_date, ''), ?), exit_reason = 'R99' WHERE id = ?",
          )
          .run(day(), rnd.pick(ids("SELECT id FROM recognitions WHERE status = '03'"))),
      'level changed': () => {
        const rid = rnd.pick(ids("SELECT id FROM registrations WHERE status = 'active'"));
        const level = rnd.pick(['A', 'B', 'C']);
        db.prepare(
          `INSERT INTO service_level_changes (id, registration_id, change_date, seq, from_level, to_level, reason, source, created_at, created_by)
           SELECT ?, id, ?, (SELECT coalesce(max(seq), 0) + 1 FROM service_level_changes WHERE registration_id = ?), service_level, ?, '测试', 'override', 'x', 'x'
           FROM registrations WHERE id = ?`,
        ).run(`test-l${n++}`, rnd.pick(['2026-10-05', '2026-11-10', TODAY]), rid, level, rid);
        db.prepare('UPDATE registrations SET service_level = ? WHERE id = ?').run(level, rid);
      },
      'person deleted': () =>
        db
          .prepare('UPDATE persons SET deleted_at = ? WHERE id = ?')
          .run(TODAY, rnd.pick(ids('SELECT person_id FROM registrations'))),
    };
    const kinds = Object.keys(writes);
    const done = new Set<string>();
    for (let step = 0; step < 60; step++) {
      // Every kind once first, then at random; sometimes two writes between reads.
      const batch =
        step < kinds.length ? [kinds[step]] : [rnd.pick(kinds), ...(rnd.next() < 0.3 ? [rnd.pick(kinds)] : [])];
      const states = PERIODS.map(([, p]) => rpt12State(ctx, p));
      for (const kind of batch) {
        writes[kind]();
        done.add(kind);
      }
      PERIODS.forEach(([what, p], i) => {
        const label = `${batch.join(' + ')} (step ${step}, ${what})`;
        expect(keptRpt12Rows(ctx, p), label).toEqual(rpt12Rows(db, p));
        // The same state object, brought up to date: patched, not built again.
        expect(rpt12State(ctx, p), label).toBe(states[i]);
      });
    }
    expect([...done].sort()).toEqual([...kinds].sort());
    // The tables it was found to read: a write to any other of them (regions) builds it again.
    const p = PERIODS[0][1];
    keptRpt12Rows(ctx, p);
    const key = `contacts.rpt12|2026-11-01|2026-11-30|${TODAY}`;
    expect(keptTables(db, key)).toEqual(
      expect.arrayContaining(['contacts', 'persons', 'regions', 'registrations', 'service_level_changes']),
    );
    const before = rpt12State(ctx, p);
    db.prepare("UPDATE regions SET name = name || '新' WHERE id = ?").run(townships[0]);
    expect(rpt12State(ctx, p)).not.toBe(before);
    expect(keptRpt12Rows(ctx, p)).toEqual(rpt12Rows(db, p));
    expect(keptRpt12Rows(ctx, p).some((r) => r.unit.endsWith('新'))).toBe(true);
  });
});
