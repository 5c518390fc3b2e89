// What a roster rests on that the clerk should see before it is reviewed (audit3 gap 1): rows of 岗位/社保补贴
// whose attendance was never entered — generated rows default to a full month (全勤), so they pay the full amount.
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../shared/contract/result';
import type { GenerateBatchInput } from '../../../../shared/contract/subsidies';
import { prepared } from '../../db/prepared';
import { claimPeriodOf } from './config';
import { payee, withDetached } from './payee-copies';
import { ordinaryBatch } from './queries';
import { kindRowSql, resolveScope, rowScopeSql } from './scope';

/** Persons of the roster's ordinary items whose attendance row was never entered (0 for other kinds). */
export const unenteredPersons = (db: Database.Database, batchId: string): number =>
  prepared(
    db,
    `SELECT count(DISTINCT a.placement_id) FROM subsidy_batch_items i JOIN attendance_months a ON a.id = i.attendance_id
    WHERE i.batch_id = ? AND i.adjusts_item_id IS NULL AND a.entered_at IS NULL`,
  )
    .pluck()
    .get(batchId) as number;

/**
 * Before 生成花名册: the persons unenteredPersons will count once the roster is generated — the attendance rows of the
 * roster's period and scope (scope.ts) it takes (on no ordinary roster of the kind, or on the scope's own draft) that
 * were never entered. Persons on post without a generated row are not counted: the roster does not hold them.
 */
export function rosterUnentered(db: Database.Database, input: GenerateBatchInput): number {
  const { kind } = input;
  if (kind !== 'post' && kind !== 'si') return 0;
  const scope = resolveScope(db, input).ids;
  const period = claimPeriodOf(db, input.month);
  const own = ordinaryBatch(db, kind, period.from, scope, period.to === period.from ? null : period.to);
  return prepared(
    db,
    `SELECT count(DISTINCT a.placement_id) FROM attendance_months a
    WHERE a.month BETWEEN @from AND @to AND a.entered_at IS NULL${kindRowSql(kind)}${rowScopeSql(kind, scope)}
    AND NOT EXISTS (SELECT 1 FROM subsidy_batch_items x WHERE x.attendance_id = a.id AND x.kind = @kind
      AND x.adjusts_item_id IS NULL AND x.batch_id IS NOT @own)`,
  )
    .pluck()
    .get({ kind, from: period.from, to: period.to, own: own?.id ?? null, ...scope }) as number;
}

/** The clerk reviews rows on never-entered attendance only after agreeing to pay them as full months. */
export function assertUnenteredConfirmed(db: Database.Database, batchId: string, confirmed: boolean): void {
  const n = unenteredPersons(db, batchId);
  if (n === 0 || confirmed) return;
  throw ruleViolation(`有 ${n} 人的考勤尚未录入，将按全勤计发。请先录入考勤，或在审核时确认按全勤计发。`, {
    confirmUnentered: `有 ${n} 人的考勤尚未录入`,
  });
}

/** A payee of the roster without an account: the person, or the 见习单位 paid an early-hire remainder (hostName). */
interface MissingAccount {
  personId: string;
  personName: string;
  hostName: string | null;
}

/**
 * Per roster row: the payee and whether the roster prints an account for them (a purge keeps it in `printed`):
 * `missing` the person's own, `host_missing` the 见习单位's for a row with an early-hire remainder (RPT-09 pays that
 * part to the host on a line of its own, the rest to the intern).
 */
const PAYEE_ACCOUNTS = `SELECT i.id AS item_id, pe.id AS personId, ${payee('name', 'pe.name')} AS personName,
  CASE WHEN ia.early_hire_amount > 0 THEN ${payee('unit', 'e.name')} END AS hostName,
  nullif(trim(${payee('account', 'pe.bank_card_no')}), '') IS NULL AS missing,
  coalesce(ia.early_hire_amount > 0 AND nullif(trim(${payee('unit_account', 'e.bank_account')}), '') IS NULL, 0) AS host_missing
FROM subsidy_batch_items i
LEFT JOIN attendance_months a ON a.id = i.attendance_id LEFT JOIN placements pl ON pl.id = a.placement_id
LEFT JOIN internship_allowances ia ON ia.id = i.allowance_id LEFT JOIN internships it ON it.id = ia.internship_id
LEFT JOIN employers e ON e.id = it.host_id LEFT JOIN training_enrolments te ON te.id = i.enrolment_id
JOIN persons pe ON pe.id = coalesce(pl.person_id, it.person_id, te.person_id)
WHERE i.batch_id = @batch`;

/** The payees of one roster's rows still linked to their records (what a purge writes to `printed`). */
export const linkedPayeeAccounts = (db: Database.Database, batch: string): { item_id: string }[] =>
  prepared(db, PAYEE_ACCOUNTS).all({ batch }) as { item_id: string }[];

/**
 * The roster's payees without an account (DOMAIN RPT-06 社会保障卡号(银行账号), VR-10): the person's 社保卡金融账户/
 * 银行卡号 or 社会保障卡号, and — for a 见习补贴 row with an early-hire remainder, paid to the host as RPT-09 does —
 * the 见习单位's 单位账户; as the roster prints them (once reviewed, the accounts it was reviewed with).
 */
export const missingAccounts = (db: Database.Database, batchId: string): MissingAccount[] =>
  prepared(
    db,
    `WITH p AS (${withDetached(db, PAYEE_ACCOUNTS, 'i.batch_id = @batch', '')})
    SELECT personId, personName, NULL AS hostName FROM p WHERE missing
    UNION SELECT personId, personName, hostName FROM p WHERE host_missing
    ORDER BY personName, personId, hostName`,
  ).all({ batch: batchId }) as MissingAccount[];

/** How a missing payee is named: the person, or the 见习单位 with the person whose remainder it is paid. */
const payeeName = (m: MissingAccount): string =>
  m.hostName ? `${m.hostName}（${m.personName}提前留用补贴）` : m.personName;

/** 上报 / 拨付 of a roster with payees lacking an account only after the clerk confirms it. */
export function assertAccountsConfirmed(
  db: Database.Database,
  batchId: string,
  confirmed: boolean,
  step: '上报' | '拨付',
): void {
  const missing = missingAccounts(db, batchId);
  if (!missing.length || confirmed) return;
  const names = missing.slice(0, 5).map(payeeName).join('、') + (missing.length > 5 ? '等' : '');
  // 上报 and 拨付 come after the review: the roster prints the accounts it was reviewed with (payee-copies.ts).
  const how =
    step === '上报'
      ? '请在人员信息中补录后撤销审核、重新审核，或确认后再上报'
      : '已上报的花名册不能再补录账号，请确认后再拨付';
  throw ruleViolation(
    `有 ${missing.length} 人缺少社会保障卡号(银行账号)：${names}。花名册按审核时的人员信息打印，${how}。`,
    { confirmMissingAccounts: `${missing.length} 人缺少社会保障卡号(银行账号)` },
  );
}
