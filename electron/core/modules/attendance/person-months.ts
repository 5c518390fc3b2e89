// One person's attendance months with amounts (DOMAIN §3.9) for the person page: newest first, the ordinary 岗位补贴
// roster that carries each month, and any 补发/扣回 of later supplementary 岗位补贴 rosters (§3.10; siPart: of the
// 社保补贴 claimed with it).
import type Database from 'better-sqlite3';
import type { PersonMonth } from '../../../../shared/contract/attendance';
import { monthSpan } from '../../../../shared/domain/subsidy-amounts';
import { prepared } from '../../db/prepared';
import type { Scope } from '../../scope/scope';
import { batchTownshipSql, headSql, rosterViewFor, type BatchHead } from '../subsidies/lock';
import { entitlementEnds, entitlementNote } from './entitlement';
import { monthDaysOf, monthPayOf, type MonthDaysColumns, type MonthPayColumns } from './month-pay';

interface MonthRow extends MonthDaysColumns, MonthPayColumns {
  id: string;
  placement_id: string;
  month: string;
  employer_name: string;
  post_title: string;
  si_subsidy: number;
}

type ItemHead = BatchHead & {
  township: string | null;
  attendance_id: string;
  amount_fen: number;
  reason: string | null;
  adjusts_item_id: string | null;
  item_kind: 'post' | 'si';
};

/**
 * `scope`: the caller's — a person placed with a 单位 of another 乡镇 has months on that 乡镇's rosters, which a
 * 乡镇经办 sees without their names (as on the attendance grid).
 */
export function personMonths(db: Database.Database, personId: string, today: string, scope: Scope): PersonMonth[] {
  const view = (b: ItemHead) => rosterViewFor(scope, b);
  const rows = prepared(
    db,
    `SELECT a.id, a.placement_id, a.month, e.name AS employer_name, po.title AS post_title, a.days_on_post, a.required_days,
      a.attended_days, a.due_amount, a.deduction, a.deduction_reason, a.paid_amount, a.si_subsidy
    FROM attendance_months a JOIN placements pl ON pl.id = a.placement_id JOIN posts po ON po.id = pl.post_id JOIN employers e ON e.id = po.employer_id
    WHERE pl.person_id = ? ORDER BY a.month DESC, a.id`,
  ).all(personId) as MonthRow[];
  if (!rows.length) return [];
  const items = prepared(
    db,
    `SELECT i.attendance_id, i.amount_fen, i.reason, i.adjusts_item_id, i.kind AS item_kind, ${headSql('b')}, ${batchTownshipSql('b')} AS township
    FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
    JOIN attendance_months a ON a.id = i.attendance_id JOIN placements pl ON pl.id = a.placement_id
    WHERE pl.person_id = ? AND b.kind = 'post' ORDER BY b.month, b.created_at`,
  ).all(personId) as ItemHead[];
  const ends = entitlementEnds(db, [personId], monthSpan(today.slice(0, 7)).first);
  return rows.map((r) => {
    const mine = items.filter((i) => i.attendance_id === r.id);
    const ordinary = mine.find((i) => i.adjusts_item_id === null);
    return {
      id: r.id,
      month: r.month,
      employerName: r.employer_name,
      postTitle: r.post_title,
      ...monthDaysOf(r),
      ...monthPayOf(r),
      siSubsidyFen: r.si_subsidy,
      entitlementNote: entitlementNote(ends.get(r.placement_id), r.month),
      roster: ordinary ? view(ordinary) : null,
      adjustments: mine
        .filter((i) => i.adjusts_item_id !== null)
        .map((i) => ({ ...view(i), amountFen: i.amount_fen, reason: i.reason, siPart: i.item_kind === 'si' })),
    };
  });
}
