// What a roster prints about each payee (migration 0028): a reviewed, reported or paid roster is a payment record, so
// review copies the person's 姓名, 公民身份号码, account and 开户行, the unit's name (and a 见习单位's account) and the
// post onto the roster's rows; the roster and its exports (RPT-06, RPT-09, RPT-14, the roster drawer, the payees
// without an account) read those copies from then on, whatever is edited later. A draft reads the live records, and
// taking the review back clears the copies. payee_name is set exactly on the rows of a roster that is not a draft.
// A row whose person was purged past retention (archive/purge.ts) links to no record any more: the rest of what the
// roster prints of it is in `printed`, and the roster readers add such rows with withDetached.
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';

/** The copied facts, by the column suffix (payee_<suffix>) of subsidy_batch_items. */
type PayeeFact = 'name' | 'id_number' | 'account' | 'bank_name' | 'unit' | 'unit_account' | 'post';

const FACTS: readonly PayeeFact[] = ['name', 'id_number', 'account', 'bank_name', 'unit', 'unit_account', 'post'];

/**
 * SQL reading one fact of the item aliased `item`: its copy once the roster is reviewed, else `live` (the expression
 * over the joined records a draft prints).
 */
export const payee = (fact: PayeeFact, live: string, item = 'i'): string =>
  `CASE WHEN ${item}.payee_name IS NULL THEN ${live} ELSE ${item}.payee_${fact} END`;

/**
 * Today's facts of every row of a roster, by item id. The account a roster prints under 社会保障卡号(银行账号), on every
 * kind (RPT-06, RPT-09, RPT-14 alike): bank_card_no (DOMAIN §2: 社保卡金融账户/银行卡号) and nothing else — card_no is the
 * 就业创业证号, not an account, and a payee without bank_card_no is named as missing one; a 见习单位's account for an
 * early-hire remainder.
 */
const LIVE = `
SELECT i.id, pe.name, pe.id_number, pe.bank_card_no AS account, pe.bank_name, e.name AS unit,
  NULL AS unit_account, po.title AS post
FROM subsidy_batch_items i JOIN attendance_months a ON a.id = i.attendance_id JOIN placements pl ON pl.id = a.placement_id
JOIN posts po ON po.id = pl.post_id JOIN persons pe ON pe.id = pl.person_id JOIN employers e ON e.id = po.employer_id
WHERE i.batch_id = @batch
UNION ALL
SELECT i.id, pe.name, pe.id_number, pe.bank_card_no, pe.bank_name, e.name, e.bank_account, it.position
FROM subsidy_batch_items i JOIN internship_allowances ia ON ia.id = i.allowance_id
JOIN internships it ON it.id = ia.internship_id JOIN persons pe ON pe.id = it.person_id JOIN employers e ON e.id = it.host_id
WHERE i.batch_id = @batch
UNION ALL
SELECT i.id, pe.name, pe.id_number, pe.bank_card_no, pe.bank_name, e.name, NULL, c.occupation
FROM subsidy_batch_items i JOIN training_enrolments te ON te.id = i.enrolment_id
JOIN training_classes c ON c.id = te.class_id JOIN persons pe ON pe.id = te.person_id JOIN employers e ON e.id = c.provider_id
WHERE i.batch_id = @batch`;

/** Review: copies today's facts onto the rows of the roster, while it is still a draft (the review lock then holds them). */
export function copyPayees(db: Database.Database, batch: string, by: string, at: string): void {
  prepared(
    db,
    `UPDATE subsidy_batch_items AS t SET ${FACTS.map((f) => `payee_${f} = s.${f}`).join(', ')},
    updated_at = @at, updated_by = @by FROM (${LIVE}) AS s WHERE s.id = t.id`,
  ).run({ batch, by, at });
}

/** 撤销审核: the roster, a draft again, reads the live records. */
export function clearPayees(db: Database.Database, batch: string, by: string, at: string): void {
  prepared(
    db,
    `UPDATE subsidy_batch_items SET ${FACTS.map((f) => `payee_${f} = NULL`).join(', ')}, updated_at = @at,
    updated_by = @by WHERE batch_id = @batch`,
  ).run({ batch, by, at });
}

const columnsOf = new Map<string, string[]>();

/**
 * `live` (a roster reader's SELECT over the linked records, every column named, no ORDER BY) together with the rows
 * of the same roster detached from their records by a purge (`filter`: a condition over the item `i`, with the same
 * parameters), whose columns are read from `printed` by the same names; then `order` (over the column names).
 */
export function withDetached(db: Database.Database, live: string, filter: string, order: string): string {
  let names = columnsOf.get(live);
  if (!names) {
    names = prepared(db, live)
      .columns()
      .map((c) => c.name);
    columnsOf.set(live, names);
  }
  const detached = names.map((n) => `json_extract(i.printed, '$.${n}') AS ${n}`).join(', ');
  return `SELECT * FROM (${live} UNION ALL SELECT ${detached} FROM subsidy_batch_items i
    WHERE i.printed IS NOT NULL AND ${filter}) ${order}`;
}

/** The payee's name on a roster row detached by a purge (no record of the person is left); undefined otherwise. */
export const purgedPayee = (db: Database.Database, itemId: string): string | undefined =>
  prepared(db, 'SELECT payee_name FROM subsidy_batch_items WHERE id = ? AND printed IS NOT NULL')
    .pluck()
    .get(itemId) as string | undefined;
