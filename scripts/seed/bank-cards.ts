// 社保卡金融账户/银行卡号 (DOMAIN §3.1, VR-10: 16–19 digits, Luhn) for persons paid from a roster: everyone ever on a
// 公益性岗位 or a 就业见习 gets a 19-digit card of the county's bank, except one person on last month's draft
// 岗位补贴 roster and one on last month's 见习补贴 roster, so the roster drawer and its confirms show the warning
// "缺少社会保障卡号(银行账号)". After the placement and internship seeds; deterministic (numbered by ID number).
import type { Core } from '../../electron/core/core';
import { luhnValid } from '../../shared/domain/bank-card';
import { addMonths, monthOf } from '../../shared/domain/dates';
import type { StepOptions } from './step-options';

/** The n-th card: 621700 + 12 digits + the check digit (19 digits). */
export const demoCard = (n: number): string => {
  const body = `621700${String(n).padStart(12, '0')}`;
  return body + [...'0123456789'].find((d) => luhnValid(body + d))!;
};

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
  const paid = db
    .prepare(
      `SELECT id FROM persons WHERE id IN (SELECT person_id FROM placements UNION SELECT person_id FROM internships)
      AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id_number`,
    )
    .pluck()
    .all(JSON.stringify(withoutCard)) as string[];
  const set = db.prepare("UPDATE persons SET bank_card_no = ?, bank_name = '中国农业银行疏附县支行' WHERE id = ?");
  db.transaction(() => paid.forEach((id, n) => set.run(demoCard(n + 1), id)))();
  options.log?.(`社保卡账号：${paid.length} 人，缺少账号示例 ${withoutCard.length} 人`);
  return paid.length;
}
