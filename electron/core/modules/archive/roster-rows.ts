// What a purge keeps of a person's rows on subsidy rosters (DOMAIN §3.10, §9.8). A reviewed, reported or paid roster is
// a payment record, an accounting document (会计凭证/会计档案) kept under the accounting archive rules for far longer
// than CFG-31 keeps a case file; it must print the same after the person's case file is gone. So the purge detaches
// each such row from the person's records: the row keeps the copies review made of the payee (name, ID number,
// account, 开户行, unit, post: payee-copies.ts) and gets in `printed` the rest of what the roster and its drawer print of
// it (days, amounts, dates, 备注, the 补贴期限已届满 note), read by the roster readers (withDetached) instead.
// The row keeps the payee's ID number: a payment record that cannot say whom it paid proves nothing to an audit or
// to the finance office, and the ID is what tells two payees of one name apart; it keeps no phone, address, household
// or case data. A person on a draft roster is never past retention (expired.ts), so only non-draft rows are detached.
import type Database from 'better-sqlite3';
import { linkedBatchItems } from '../subsidies/queries';
import { linkedPayeeAccounts } from '../subsidies/roster-checks';
import { requireBatch } from '../subsidies/detail';
import { linkedRowsWithNotes } from '../subsidies/reports/rpt06';
import { linkedAllowanceItems } from '../subsidies/reports/rpt09';
import { linkedEnrolmentItems } from '../training/reports/rpt14';

/** The roster rows of the persons (JSON array @ids), by roster. */
const ROWS_OF_PERSONS = `
SELECT i.id, i.batch_id FROM subsidy_batch_items i
WHERE i.attendance_id IN (SELECT a.id FROM attendance_months a JOIN placements pl ON pl.id = a.placement_id
    WHERE pl.person_id IN (SELECT value FROM json_each(@ids)))
  OR i.allowance_id IN (SELECT ia.id FROM internship_allowances ia JOIN internships it ON it.id = ia.internship_id
    WHERE it.person_id IN (SELECT value FROM json_each(@ids)))
  OR i.enrolment_id IN (SELECT id FROM training_enrolments WHERE person_id IN (SELECT value FROM json_each(@ids)))
ORDER BY i.batch_id, i.id`;

/** Everything the readers of one roster print of each of its linked rows, by item id. */
function printedOf(db: Database.Database, batchId: string): Map<string, Record<string, unknown>> {
  const b = requireBatch(db, batchId);
  const out = new Map<string, Record<string, unknown>>();
  const add = (id: string, row: object) => out.set(id, { ...out.get(id), ...row });
  for (const r of linkedBatchItems(db, b.id, b.kind)) add(r.id, r);
  for (const r of linkedPayeeAccounts(db, b.id)) add(r.item_id, r);
  if (b.kind === 'post' || b.kind === 'si') for (const r of linkedRowsWithNotes(db, b)) add(r.item_id, r);
  if (b.kind === 'internship') for (const r of linkedAllowanceItems(db, b.id)) add(r.item_id, r);
  if (b.kind === 'training') for (const r of linkedEnrolmentItems(db, b.id)) add(r.item_id, r);
  return out;
}

/** Detaches the persons' roster rows from their records (inside the purge's transaction); returns how many. */
export function detachRosterRows(db: Database.Database, ids: string): number {
  const rows = db.prepare(ROWS_OF_PERSONS).all({ ids }) as { id: string; batch_id: string }[];
  const detach = db.prepare(
    'UPDATE subsidy_batch_items SET printed = ?, attendance_id = NULL, allowance_id = NULL, enrolment_id = NULL WHERE id = ?',
  );
  let printed = new Map<string, Record<string, unknown>>();
  rows.forEach((r, n) => {
    if (n === 0 || rows[n - 1].batch_id !== r.batch_id) printed = printedOf(db, r.batch_id);
    detach.run(JSON.stringify(printed.get(r.id)), r.id);
  });
  return rows.length;
}
