// The 档案到期 statement (archive/expired.ts EXPIRED_SQL, CFG-31) was rewritten to read each table once. REFERENCE_SQL
// below is the statement as it stood before (one lookup per person and table), kept here unchanged as the reference:
// on the demo county, with cases put on every boundary — the cutoff day itself and the day after it for every last
// activity there is, persons on a draft roster, soft-deleted persons, a deleted and a running 灵活就业社会保险补贴,
// persons without any event entered around midnight of the cutoff (UTC and local time, in time zones east and west)
// — the new statement returns exactly the same rows in the same order, and the list's page (EXPIRED_PAGE_SQL) the
// first of them, each with the count of all.
import { afterEach, describe, expect, it } from 'vitest';
import { EXPIRED_PAGE_SQL, EXPIRED_SQL } from '../../electron/core/modules/archive/expired';
import { addDays } from '../../shared/domain/working-days';
import { demoCore } from './seeded';

const ENDED_MONTH = (month: string) => `date(${month} || '-01', '+1 month', '-1 day')`;

const REFERENCE_SQL = `
WITH rostered AS MATERIALIZED (
  SELECT person_id, max(coalesce(s.month_to, s.month)) AS last_month, max(s.status = 'draft') AS on_draft FROM (
    SELECT pl.person_id, b.batch_id FROM subsidy_batch_items b JOIN attendance_months a ON a.id = b.attendance_id
      JOIN placements pl ON pl.id = a.placement_id
    UNION ALL SELECT i.person_id, b.batch_id FROM subsidy_batch_items b JOIN internship_allowances al ON al.id = b.allowance_id
      JOIN internships i ON i.id = al.internship_id
    UNION ALL SELECT e.person_id, b.batch_id FROM subsidy_batch_items b JOIN training_enrolments e ON e.id = b.enrolment_id
  ) JOIN subsidy_batches s ON s.id = batch_id GROUP BY person_id
),
closed AS (
  SELECT p.id, p.name, p.id_number, p.township_id, date(p.created_at, 'localtime') AS entered, max(
    coalesce((SELECT max(max(r.reg_date, coalesce(r.cancel_date, ''))) FROM registrations r WHERE r.person_id = p.id), ''),
    coalesce((SELECT max(c.contact_date) FROM registrations r JOIN contacts c ON c.registration_id = r.id
      WHERE r.person_id = p.id), ''),
    coalesce((SELECT max(s.change_date) FROM registrations r JOIN service_level_changes s ON s.registration_id = r.id
      WHERE r.person_id = p.id), ''),
    coalesce((SELECT max(max(pl.start_date, coalesce(pl.leave_date, ''))) FROM placements pl WHERE pl.person_id = p.id), ''),
    coalesce((SELECT max(${ENDED_MONTH('a.month')}) FROM placements pl JOIN attendance_months a ON a.placement_id = pl.id
      WHERE pl.person_id = p.id), ''),
    coalesce((SELECT max(max(i.agreement_start, coalesce(i.end_date, i.agreement_end))) FROM internships i
      WHERE i.person_id = p.id), ''),
    coalesce((SELECT max(${ENDED_MONTH('al.month')}) FROM internships i JOIN internship_allowances al ON al.internship_id = i.id
      WHERE i.person_id = p.id), ''),
    coalesce((SELECT max(max(coalesce(g.apply_date, ''), coalesce(g.recognition_date, ''), coalesce(g.refuse_date, ''),
      coalesce(g.exit_date, ''))) FROM recognitions g WHERE g.person_id = p.id), ''),
    coalesce((SELECT max(max(coalesce(e.enrol_date, ''), coalesce(k.end_date, ''), coalesce(e.cert_date, ''),
      coalesce(e.employed_date, ''))) FROM training_enrolments e JOIN training_classes k ON k.id = e.class_id
      WHERE e.person_id = p.id), ''),
    coalesce((SELECT max(coalesce(f.terminated_on, ${ENDED_MONTH('f.end_month')})) FROM flexible_subsidies f
      WHERE f.person_id = p.id AND f.deleted_at IS NULL), ''),
    coalesce(${ENDED_MONTH('ro.last_month')}, '')
  ) AS events
  FROM persons p LEFT JOIN rostered ro ON ro.person_id = p.id
  WHERE NOT EXISTS (SELECT 1 FROM registrations r WHERE r.person_id = p.id AND r.status = 'active')
    AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id AND pl.deleted_at IS NULL AND pl.leave_date IS NULL)
    AND NOT EXISTS (SELECT 1 FROM internships i WHERE i.person_id = p.id AND i.deleted_at IS NULL AND i.status = 'active')
    AND NOT EXISTS (SELECT 1 FROM recognitions g WHERE g.person_id = p.id AND g.status IN ('01', '02', '03'))
    AND coalesce(ro.on_draft, 0) = 0
)
SELECT c.id, c.name, c.id_number AS idNumber, t.name AS township,
  CASE WHEN c.events = '' THEN c.entered ELSE c.events END AS lastActivity
FROM closed c LEFT JOIN regions t ON t.id = c.township_id
WHERE (CASE WHEN c.events = '' THEN c.entered ELSE c.events END) < @cutoff
ORDER BY lastActivity, c.id`;

interface Row {
  id: string;
  lastActivity: string;
}

const ZONE = process.env.TZ;
afterEach(() => {
  if (ZONE === undefined) delete process.env.TZ;
  else process.env.TZ = ZONE;
});

describe('档案到期: the statement read once per table returns what the per-person statement did', () => {
  it('on every boundary of the demo county', async () => {
    const core = await demoCore(300);
    const db = core.ctx.db;
    const reference = db.prepare(REFERENCE_SQL);
    const fast = db.prepare(EXPIRED_SQL);
    const page = db.prepare(EXPIRED_PAGE_SQL);
    const FAR = '9999-12-31';
    const noEvents = (reference.all({ cutoff: FAR }) as Row[]).filter((r) => r.lastActivity >= '2024-01-01');

    // Boundary cases. Persons without any event entered around midnight (UTC) of 2021-11-27..29: their local entry
    // day moves with the time zone, and the cutoffs below fall on each of those days.
    const entered = db.prepare('UPDATE persons SET created_at = ? WHERE id = ?');
    const instants = ['2021-11-27', '2021-11-28', '2021-11-29'].flatMap((d) =>
      ['T00:00:00.000Z', 'T09:59:59.999Z', 'T10:00:00.000Z', 'T15:59:59.999Z', 'T16:00:00.000Z', 'T23:59:59.999Z'].map(
        (t) => d + t,
      ),
    );
    expect(noEvents.length).toBeGreaterThan(instants.length + 2);
    instants.forEach((at, i) => entered.run(at, noEvents[i].id));
    // Soft-deleted persons: one without events (entered long ago), one with a closed case.
    const closedOld = (reference.all({ cutoff: FAR }) as Row[]).find((r) => r.lastActivity < '2024-01-01')!;
    entered.run('2019-03-01T12:00:00.000Z', noEvents[instants.length].id);
    db.prepare("UPDATE persons SET deleted_at = '2026-01-05T08:00:00.000Z' WHERE id IN (?, ?)").run(
      noEvents[instants.length].id,
      closedOld.id,
    );
    // A deleted 灵活就业社会保险补贴 does not count; a running one counts to the end of its last month.
    const flexible = db.prepare('SELECT id, person_id FROM flexible_subsidies ORDER BY id').all() as {
      id: string;
      person_id: string;
    }[];
    db.prepare("UPDATE flexible_subsidies SET deleted_at = '2026-02-01T00:00:00.000Z' WHERE id = ?").run(
      flexible[0].id,
    );
    const onDraft = db
      .prepare(
        `SELECT DISTINCT pl.person_id FROM subsidy_batch_items b JOIN subsidy_batches s ON s.id = b.batch_id
         JOIN attendance_months a ON a.id = b.attendance_id JOIN placements pl ON pl.id = a.placement_id
         WHERE s.status = 'draft'`,
      )
      .pluck()
      .all() as string[];
    expect(onDraft.length).toBeGreaterThan(0);

    // Every last activity there is, the day itself and the day after, and the instants' days.
    const all = reference.all({ cutoff: FAR }) as Row[];
    const days = new Set(all.map((r) => r.lastActivity));
    const cutoffs = [...days].flatMap((d) => [d, addDays(d, 1)]);
    const aroundEntries = ['2021-11-26', '2021-11-27', '2021-11-28', '2021-11-29', '2021-11-30'];
    cutoffs.push(...aroundEntries, '2026-11-28', '2000-01-01', FAR);
    const localDay = db.prepare("SELECT date('2021-11-27T16:00:00.000Z', 'localtime')").pluck();
    const zones: [string, string, string[]][] = [
      ['UTC', '2021-11-27', cutoffs],
      ['Asia/Shanghai', '2021-11-28', aroundEntries],
      ['Asia/Urumqi', '2021-11-27', aroundEntries],
      ['America/Los_Angeles', '2021-11-27', aroundEntries],
      ['Pacific/Kiritimati', '2021-11-28', aroundEntries],
    ];
    for (const [zone, day, zoneCutoffs] of zones) {
      process.env.TZ = zone;
      expect([zone, localDay.get()]).toEqual([zone, day]);
      for (const cutoff of zoneCutoffs) {
        const expected = reference.all({ cutoff });
        expect({ zone, cutoff, rows: fast.all({ cutoff }) }).toEqual({ zone, cutoff, rows: expected });
        // The list's page (archive.list): the first rows in the same order, each with the count of all.
        const rows = expected.slice(0, 100).map((r) => ({ ...(r as Row), total: expected.length }));
        expect({ zone, cutoff, rows: page.all({ cutoff, limit: 100 }) }).toEqual({ zone, cutoff, rows });
      }
    }

    // The cases are really there: listed at the far cutoff are the soft-deleted persons, a person without events
    // (with the day entered), a person whose deleted subsidy left no other event; never a person on a draft roster.
    process.env.TZ = 'UTC';
    const listed = fast.all({ cutoff: FAR }) as Row[];
    const ids = new Set(listed.map((r) => r.id));
    expect(ids.has(closedOld.id) && ids.has(noEvents[instants.length].id)).toBe(true);
    expect(listed.find((r) => r.id === noEvents[instants.length].id)!.lastActivity).toBe('2019-03-01');
    expect(onDraft.filter((id) => ids.has(id))).toEqual([]);
    expect(all.length).toBeGreaterThan(50);
    expect(all.length).toBeGreaterThan(100); // a page of 100 leaves rows out at the far cutoff
    expect(cutoffs.length).toBeGreaterThan(60);
  }, 120_000);
});
