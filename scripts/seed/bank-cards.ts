// 社保卡金融账户/银行卡号 (DOMAIN §3.1, VR-10: 16–19 digits, Luhn) for persons paid from a roster: everyone ever on a
// 公益性岗位 or a 就业见习 gets a 19-digit card of the county's bank before their rosters are reviewed (giveCards, after
// the placements and after the interns), except one person on last month's draft 岗位补贴 roster and one on last
// month's 见习补贴 roster, whose cards are gone by today, so the roster drawer and its confirms show the warning
// "缺少社会保障卡号(银行账号)" (seedBankCards, last). Deterministic (numbered in ID-number order, pass by pass).
import type { Core } from '../../electron/core/core';
import { luhnValid } from '../../shared/domain/bank-card';
import { addMonths, monthOf } from '../../shared/domain/dates';
import type { StepOptions } from './step-options';

/** The n-th card: 621700 + 12 digits + the check digit (19 digits). */
const demoCard = (n: number): string => {
  const body = `621700${String(n).padStart(12, '0')}`;
  return body + [...'0123456789'].find((d) => luhnValid(body + d))!;
};

/**
 * A card for every person on a placement or an internship who has none yet, in ID-number order, numbered on from the
 * demo cards already given. Run before the rosters paying them are reviewed: a reviewed roster prints the account the
 * payee had then (subsidies/payee-copies.ts), so the demo's paid rosters show the cards.
 */
export function giveCards(core: Core): number {
  const db = core.ctx.db;
  const last = db
    .prepare(
      "SELECT coalesce(max(CAST(substr(bank_card_no, 7, 12) AS INTEGER)), 0) FROM persons WHERE bank_card_no LIKE '621700%'",
    )
    .pluck()
    .get() as number;
  const unpaid = db
    .prepare(
      `SELECT id FROM persons WHERE id IN (SELECT person_id FROM placements UNION SELECT person_id FROM internships)
      AND bank_card_no IS NULL ORDER BY id_number`,
    )
    .pluck()
    .all() as string[];
  const set = db.prepare("UPDATE persons SET bank_card_no = ?, bank_name = '中国农业银行疏附县支行' WHERE id = ?");
  db.transaction(() => unpaid.forEach((id, n) => set.run(demoCard(last + n + 1), id)))();
  return unpaid.length;
}

/**
 * The last pass, after every roster: one payee of last month's draft 岗位补贴 roster and one of its 见习补贴 roster
 * lose their card (closed since: the warning on the draft), anyone paid still without a card gets one.
 */
export function seedBankCards(core: Core, options: StepOptions): number {
  const db = core.ctx.db;
  const last = addMonths(monthOf(options.today), -1);
  const withoutCard = db
    .prepare(
      `SELECT id FROM (
        SELECT * FROM (SELECT pe.id FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
          JOIN attendance_months a ON a.id = i.attendance_id JOIN placements pl ON pl.id = a.placement_id
          JOIN persons pe ON pe.id = pl.person_id
          WHERE b.month = @last AND b.kind = 'post' AND b.status = 'draft' ORDER BY pe.id_number LIMIT 1)
        UNION
        SELECT * FROM (SELECT pe.id FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
          JOIN internship_allowances ia ON ia.id = i.allowance_id JOIN internships it ON it.id = ia.internship_id
          JOIN persons pe ON pe.id = it.person_id
          WHERE b.month = @last AND b.kind = 'internship' ORDER BY pe.id_number LIMIT 1))`,
    )
    .pluck()
    .all({ last }) as string[];
  giveCards(core);
  const clear = db.prepare('UPDATE persons SET bank_card_no = NULL, bank_name = NULL WHERE id = ?');
  db.transaction(() => withoutCard.forEach((id) => clear.run(id)))();
  const paid = db
    .prepare(
      `SELECT count(*) FROM persons WHERE id IN (SELECT person_id FROM placements UNION SELECT person_id FROM internships)
      AND bank_card_no IS NOT NULL`,
    )
    .pluck()
    .get() as number;
  options.log?.(`社保卡账号：${paid} 人，缺少账号示例 ${withoutCard.length} 人`);
  return paid;
}
