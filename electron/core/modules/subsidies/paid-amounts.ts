// Amounts paid by REVIEWED rosters (已审核, 已上报, 已拨付), for the statistical tables: RPT-07 columns 19–21 and
// RPT-10 columns 13–14 (DOMAIN §6.7, §6.10). A month's figure is the ordinary roster of that month plus the 补发/扣回
// rosters made in it. Where no reviewed roster exists the figure is null — the report leaves the cell empty and says
// why in its 说明 — never a 0 that looks like a figure. Rosters of supplementary corrections count in the month they
// were made (that is when the money moves).
import type Database from 'better-sqlite3';

export interface PaidByUnit {
  /** unit id → fen. */
  post: Map<string, number>;
  si: Map<string, number>;
}

/** Months of [from, to] (YYYY-MM) with a reviewed ORDINARY roster of `kind`. */
export function reviewedMonths(
  db: Database.Database,
  kind: 'post' | 'si' | 'internship',
  from: string,
  to: string,
): Set<string> {
  return new Set(
    db
      .prepare(
        `SELECT DISTINCT month FROM subsidy_batches WHERE kind = ? AND supplementary = 0 AND status <> 'draft'
    AND month BETWEEN ? AND ?`,
      )
      .pluck()
      .all(kind, from, to) as string[],
  );
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
  const u = unit === 'employer' ? 'po.employer_id' : 'po.township_id';
  const rows = db
    .prepare(
      `SELECT ${u} AS unit_id, b.kind, i.adjusts_item_id IS NOT NULL AS adjustment, i.amount_fen, a.paid_amount, a.si_subsidy
    FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id JOIN attendance_months a ON a.id = i.attendance_id
    JOIN placements pl ON pl.id = a.placement_id JOIN posts po ON po.id = pl.post_id
    WHERE b.status <> 'draft' AND b.kind IN ('post', 'si') AND b.month BETWEEN @from AND @to AND (@township IS NULL OR po.township_id = @township)`,
    )
    .all({ from, to, township: townshipId }) as {
    unit_id: string;
    kind: 'post' | 'si';
    adjustment: 0 | 1;
    amount_fen: number;
    paid_amount: number;
    si_subsidy: number;
  }[];
  const out: PaidByUnit = { post: new Map(), si: new Map() };
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const r of rows) {
    if (r.adjustment) add(r.kind === 'si' ? out.si : out.post, r.unit_id, r.amount_fen);
    else if (r.kind === 'si') add(out.si, r.unit_id, r.amount_fen);
    else {
      // A 岗位补贴 item pays the row's paid amount, plus its social-insurance subsidy when claimed together.
      add(out.post, r.unit_id, r.paid_amount);
      add(out.si, r.unit_id, r.amount_fen - r.paid_amount);
    }
  }
  return out;
}

/** 见习补贴 of reviewed rosters of months [from, to] per 见习单位. */
export function internshipPaidByHost(db: Database.Database, from: string, to: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT it.host_id, sum(i.amount_fen) AS fen FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
    JOIN internship_allowances ia ON ia.id = i.allowance_id JOIN internships it ON it.id = ia.internship_id
    WHERE b.status <> 'draft' AND b.kind = 'internship' AND b.month BETWEEN ? AND ? GROUP BY it.host_id`,
    )
    .all(from, to) as { host_id: string; fen: number }[];
  return new Map(rows.map((r) => [r.host_id, r.fen]));
}
