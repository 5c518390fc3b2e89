// Amounts paid by REVIEWED rosters (已审核, 已上报, 已拨付), for the statistical tables: RPT-07 columns 19–21 and
// RPT-10 columns 13–14 (DOMAIN §6.7, §6.10). A month's figure is the ordinary roster of that month plus the 补发/扣回
// rosters made in it. Where no reviewed roster exists the figure is null — the report leaves the cell empty and says
// why in its 说明 — never a 0 that looks like a figure. Rosters of supplementary corrections count in the month they
// were made (that is when the money moves).
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import { withDetached } from './payee-copies';

/** The items of reviewed rosters of these kinds and months @from to @to (a condition over the item `i`). */
const REVIEWED_IN = (...kinds: string[]) =>
  `i.batch_id IN (SELECT id FROM subsidy_batches WHERE status <> 'draft' AND kind IN (${kinds.map((k) => `'${k}'`).join(', ')})
    AND month BETWEEN @from AND @to)`;

interface PaidByUnit {
  /** unit id → fen. */
  post: Map<string, number>;
  si: Map<string, number>;
}

/**
 * Whether months [from, to] (YYYY-MM) have a reviewed ORDINARY roster of one of `kinds`, or any reviewed roster of
 * them (补发/扣回 ones too) when `rosters` is 'any'. A period's own figure waits for its ordinary roster (a correction
 * reviewed first joins it then); a year-to-date figure counts any reviewed roster (money that moved this year is a
 * figure even before the year's first ordinary roster is reviewed): RPT-07 19–21, RPT-10 13–14.
 */
export function hasReviewedRoster(
  db: Database.Database,
  kinds: readonly ('post' | 'si' | 'internship')[],
  from: string,
  to: string,
  rosters: 'ordinary' | 'any' = 'ordinary',
): boolean {
  const stmt = prepared(
    db,
    `SELECT 1 FROM subsidy_batches WHERE kind = ? AND (supplementary = 0 OR ? = 'any')
    AND status <> 'draft' AND month BETWEEN ? AND ? LIMIT 1`,
  );
  return kinds.some((kind) => stmt.get(kind, rosters, from, to) !== undefined);
}

/**
 * 公益性岗位 amounts of reviewed rosters of months [from, to] per unit (the post's 乡镇 or 用人单位): 岗位补贴 (the
 * paid amount of each row, and 补发/扣回 of 岗位补贴 rosters) and 社保补贴 (the social-insurance subsidy of each row,
 * whether claimed on the 岗位补贴 roster or on its own, and 补发/扣回 of 社保补贴 rosters).
 */
export function postPaidByUnit(
  db: Database.Database,
  from: string,
  to: string,
  unit: 'township' | 'employer',
  townshipId: string | null,
): PaidByUnit {
  // Rows of persons purged past retention are read from what their roster kept (payee-copies.ts).
  const live = `SELECT po.township_id, po.employer_id, i.kind, i.adjusts_item_id, i.amount_fen, a.paid_amount, a.si_subsidy
    FROM subsidy_batch_items i JOIN attendance_months a ON a.id = i.attendance_id
    JOIN placements pl ON pl.id = a.placement_id JOIN posts po ON po.id = pl.post_id WHERE ${REVIEWED_IN('post', 'si')}`;
  const rows = prepared(
    db,
    `SELECT * FROM (${withDetached(db, live, REVIEWED_IN('post', 'si'), '')})
    WHERE @township IS NULL OR township_id = @township`,
  ).all({ from, to, township: townshipId }) as {
    township_id: string;
    employer_id: string;
    kind: 'post' | 'si';
    adjusts_item_id: string | null;
    amount_fen: number;
    paid_amount: number;
    si_subsidy: number;
  }[];
  const out: PaidByUnit = { post: new Map(), si: new Map() };
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const r of rows) {
    const id = unit === 'employer' ? r.employer_id : r.township_id;
    if (r.adjusts_item_id) add(r.kind === 'si' ? out.si : out.post, id, r.amount_fen);
    else if (r.kind === 'si') add(out.si, id, r.amount_fen);
    else {
      // A 岗位补贴 item pays the row's paid amount, plus its social-insurance subsidy when claimed together.
      add(out.post, id, r.paid_amount);
      add(out.si, id, r.amount_fen - r.paid_amount);
    }
  }
  return out;
}

/** 见习补贴 of reviewed rosters of months [from, to] per 见习单位. */
export function internshipPaidByHost(db: Database.Database, from: string, to: string): Map<string, number> {
  const live = `SELECT it.host_id, i.amount_fen FROM subsidy_batch_items i JOIN internship_allowances ia ON ia.id = i.allowance_id
    JOIN internships it ON it.id = ia.internship_id WHERE ${REVIEWED_IN('internship')}`;
  const rows = prepared(
    db,
    `SELECT host_id, sum(amount_fen) AS fen FROM (${withDetached(db, live, REVIEWED_IN('internship'), '')}) GROUP BY host_id`,
  ).all({ from, to }) as { host_id: string; fen: number }[];
  return new Map(rows.map((r) => [r.host_id, r.fen]));
}
