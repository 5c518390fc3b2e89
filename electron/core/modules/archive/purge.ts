// The purge of the persons past retention (expired.ts): every row of theirs in ONE transaction (the caller's commit),
// children before parents, with the rows deleted per table. What stays, changed:
//   - audit_log rows about those records (entity_id = the person or one of their records): kept, their summary —
//     which names the person — replaced by REDACTED_SUMMARY (migration 0017 allows exactly that update);
//   - a locked month's frozen reports (period_lock_reports): the person's rows (matched by ID number) are taken out
//     of the reports that list persons (RPT-01, RPT-04, RPT-08, RPT-11, RPT-13); the statistical tables hold no person;
//     the payment rosters (RPT-06, RPT-09, RPT-14) keep every row: they are payment records (roster-rows.ts);
//   - the person's rows on subsidy rosters: kept, detached from the deleted records with what they print
//     (roster-rows.ts).
// What stays unchanged: other persons' household members that carry the purged person's ID number (their record, not
// this person's).
import type Database from 'better-sqlite3';
import { REDACTED_SUMMARY } from '../../db/migrations/0017-archive-redaction';
import { detachRosterRows } from './roster-rows';
import { expireOldBatches } from '../imports/batch-record';
import { RPT06_CODE } from '../subsidies/reports/rpt06';
import { RPT09_CODE } from '../subsidies/reports/rpt09';
import { RPT14_CODE } from '../training/reports/rpt14';
import { leafColumns } from '../../excel/report-definition';
import type { FrozenReport } from '../period-locks/snapshot';

/** Ids of the persons' records by table, as subqueries of the json_each(@ids) person list. */
const OF_PERSONS = 'SELECT value FROM json_each(@ids)';
const REGS = `SELECT id FROM registrations WHERE person_id IN (${OF_PERSONS})`;
const PLACEMENTS = `SELECT id FROM placements WHERE person_id IN (${OF_PERSONS})`;
const INTERNSHIPS = `SELECT id FROM internships WHERE person_id IN (${OF_PERSONS})`;
const RECOGNITIONS = `SELECT id FROM recognitions WHERE person_id IN (${OF_PERSONS})`;

/** Deleted in this order (a child before its parent); the key is the table, the value its rows of the persons. */
export const PURGE_STEPS: readonly (readonly [string, string])[] = [
  ['service_level_changes', `registration_id IN (${REGS})`],
  ['contacts', `registration_id IN (${REGS})`],
  ['deleted_contacts', `registration_id IN (${REGS})`],
  ['recognition_steps', `recognition_id IN (${RECOGNITIONS})`],
  ['recognitions', `person_id IN (${OF_PERSONS})`],
  ['deleted_recognitions', `person_id IN (${OF_PERSONS})`],
  ['registrations', `person_id IN (${OF_PERSONS})`],
  ['deleted_registrations', `person_id IN (${OF_PERSONS})`],
  ['attendance_months', `placement_id IN (${PLACEMENTS})`],
  ['placement_assessments', `placement_id IN (${PLACEMENTS})`],
  ['deleted_placement_assessments', `placement_id IN (${PLACEMENTS})`],
  ['placement_renewals', `placement_id IN (${PLACEMENTS})`],
  ['placements', `person_id IN (${OF_PERSONS})`],
  ['internship_allowances', `internship_id IN (${INTERNSHIPS})`],
  ['internships', `person_id IN (${OF_PERSONS})`],
  ['training_enrolments', `person_id IN (${OF_PERSONS})`],
  ['deleted_training_enrolments', `person_id IN (${OF_PERSONS})`],
  ['flexible_subsidies', `person_id IN (${OF_PERSONS})`],
  ['household_members', `person_id IN (${OF_PERSONS})`],
  ['persons', `id IN (${OF_PERSONS})`],
];

/** Every record id of the persons (the audit rows about any of them lose their summary). */
const RECORD_IDS = PURGE_STEPS.map(([table, where]) => `SELECT id FROM ${table} WHERE ${where}`).join(' UNION ');

/** The payment rosters, whose frozen copies keep every row (payment records, as the rosters themselves). */
const PAYMENT_ROSTERS = new Set([RPT06_CODE, RPT09_CODE, RPT14_CODE]);

/** Takes the persons' rows out of the frozen reports of locked months; returns how many stored reports changed. */
function scrubFrozenReports(db: Database.Database, idNumbers: ReadonlySet<string>): number {
  const update = db.prepare(
    'UPDATE period_lock_reports SET content = ? WHERE month = ? AND report = ? AND scope_key = ?',
  );
  let changed = 0;
  const stored = db.prepare('SELECT month, report, scope_key, content FROM period_lock_reports').all() as {
    month: string;
    report: string;
    scope_key: string;
    content: string;
  }[];
  for (const r of stored) {
    if (PAYMENT_ROSTERS.has(r.report) || ![...idNumbers].some((id) => r.content.includes(id))) continue;
    const content = JSON.parse(r.content) as FrozenReport;
    for (const sheet of content.sheets) {
      // A row goes when its ID column (公民身份号码, whatever the report's key) holds a purged person's number.
      const ids = leafColumns(sheet.definition.columns).flatMap((c) => (c.type === 'id' ? [c.key] : []));
      sheet.rows = sheet.rows.filter((row) =>
        ids.every((k) => !idNumbers.has((row as Record<string, unknown>)[k] as string)),
      );
    }
    update.run(JSON.stringify(content), r.month, r.report, r.scope_key);
    changed++;
  }
  return changed;
}

/** Deletes the persons and every row of theirs; must run inside the caller's transaction. Rows deleted per table. */
export function purgePersons(db: Database.Database, persons: readonly { id: string; idNumber: string }[]) {
  const ids = JSON.stringify(persons.map((p) => p.id));
  const redacted = db
    .prepare(`UPDATE audit_log SET summary = @redacted WHERE entity_id IN (${RECORD_IDS}) AND summary <> @redacted`)
    .run({ ids, redacted: REDACTED_SUMMARY }).changes;
  const frozen = scrubFrozenReports(db, new Set(persons.map((p) => p.idNumber)));
  detachRosterRows(db, ids);
  const deleted: Record<string, number> = {};
  for (const [table, where] of PURGE_STEPS)
    deleted[table] = db.prepare(`DELETE FROM ${table} WHERE ${where}`).run({ ids }).changes;
  // The undo records of imports may hold the purged rows as they were: no import can be undone past a purge.
  if (persons.length) expireOldBatches(db, 0);
  return { deleted, redacted, frozen };
}
