// Demo attendance and subsidy rosters (issue 12, DOMAIN §3.9, §3.10) for the 12 months before today's month, made by
// the core's own services (attendance generation, roster generation and review) so that every figure follows the
// rules: each month's attendance for every placement on post; a few rows per month with absences and a deduction;
// the employer social insurance of urban posts; the 岗位补贴 roster of each month — paid (已拨付) up to three
// months back, reported (已上报) the month before, reviewed (已审核) the one before that, the last month a draft —
// and one 补发/扣回 roster in the last month paying back part of a deduction of three months back. Today's month gets its
// attendance generated but not entered, so the 补贴发放 screen shows work to do. Deterministic for the placements and
// `today` (apart from the UUIDv7 keys).
import type Database from 'better-sqlite3';
import type { Core } from '../../electron/core/core';
import type { CoreContext } from '../../electron/core/context';
import { beyondEntitlement, entitlementEnds } from '../../electron/core/modules/attendance/entitlement';
import { generateMonth } from '../../electron/core/modules/attendance/service';
import { generateBatch } from '../../electron/core/modules/subsidies/generate';
import { payBatch, reportBatch, reviewBatch } from '../../electron/core/modules/subsidies/service';
import { adjust, createSupplement } from '../../electron/core/modules/subsidies/supplements';
import { addMonths, monthOf, monthsBetween } from '../../shared/domain/dates';
import { countyRoster } from '../../shared/contract/subsidies';
import { monthSpan } from '../../shared/domain/subsidy-amounts';
import { SEED_OPERATOR } from './placements';
import { afterMonth, DEMO_APPROVER, DEMO_REVIEWER } from './accounts';

interface SubsidySeedOptions {
  today: string;
  /** Months of rosters before today's month (default 12). */
  months?: number;
  log?: (line: string) => void;
}

interface SubsidySeedResult {
  months: number;
  attendanceRows: number;
  batches: number;
  reviewed: number;
}

/**
 * The placements of the month's rows after their subsidy period (BR-18, as generateMonth reckons it): they stay on
 * post with nothing due, 社保补贴 included (attendance/month-row.ts withAmounts).
 */
function beyondPeriod(db: Database.Database, month: string): string[] {
  const rows = db
    .prepare(
      `SELECT a.placement_id, pl.person_id FROM attendance_months a JOIN placements pl ON pl.id = a.placement_id
      WHERE a.month = ?`,
    )
    .all(month) as { placement_id: string; person_id: string }[];
  const ends = entitlementEnds(
    db,
    rows.map((r) => r.person_id),
    monthSpan(month).first,
  );
  return rows.filter((r) => beyondEntitlement(ends.get(r.placement_id), month)).map((r) => r.placement_id);
}

/**
 * Absences and a deduction on every 23rd row of the month; employer social insurance on posts that carry it, its
 * subsidy (BR-20) only within the person's subsidy period (audit9 gap 7: the seed paid it past the period).
 */
function enter(db: Database.Database, month: string, at: string): void {
  db.prepare(
    `UPDATE attendance_months SET
      si_pension = CASE WHEN p.si = 1 THEN standard * 16 / 100 ELSE 0 END,
      si_medical = CASE WHEN p.si = 1 THEN standard * 75 / 1000 ELSE 0 END,
      si_unemployment = CASE WHEN p.si = 1 THEN standard * 5 / 1000 ELSE 0 END,
      si_subsidy = CASE WHEN p.si = 1 AND placement_id NOT IN (SELECT value FROM json_each(@beyond))
        THEN standard * 16 / 100 + standard * 75 / 1000 + standard * 5 / 1000 ELSE 0 END,
      entered_at = @at, entered_by = @by, updated_at = @at, updated_by = @by
    FROM (SELECT pl.id AS pid, po.si_subsidy AS si FROM placements pl JOIN posts po ON po.id = pl.post_id) p
    WHERE p.pid = attendance_months.placement_id AND month = @month`,
  ).run({ month, at, by: SEED_OPERATOR, beyond: JSON.stringify(beyondPeriod(db, month)) });
  db.prepare(
    `UPDATE attendance_months SET attended_days = max(0, attended_days - 2), deduction = min(due_amount, 10000),
      deduction_reason = '旷工2天', paid_amount = due_amount - min(due_amount, 10000), assessment = 'pass'
    WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM attendance_months WHERE month = ?) WHERE n % 23 = 0)`,
  ).run(month);
}

export function seedSubsidies(core: Core, options: SubsidySeedOptions): SubsidySeedResult {
  const db = core.ctx.db;
  const ctx: CoreContext = { ...core.ctx, operator: () => SEED_OPERATOR };
  const current = monthOf(options.today);
  const n = options.months ?? 12;
  const first = addMonths(current, -n);
  const result: SubsidySeedResult = { months: n, attendanceRows: 0, batches: 0, reviewed: 0 };
  db.transaction(() => {
    const batches: { id: string; month: string }[] = [];
    for (let month = first; month < current; month = addMonths(month, 1)) {
      const g = generateMonth(ctx, month);
      result.attendanceRows += g.total;
      if (g.total === 0) continue;
      enter(db, month, ctx.now());
      const b = generateBatch(ctx, countyRoster('post', month)).data;
      result.batches++;
      batches.push({ id: b.id, month });
      const age = monthsBetween(month, current);
      if (age >= 2) {
        reviewBatch(afterMonth(ctx, month), b.id, DEMO_REVIEWER);
        result.reviewed++;
      }
      if (age >= 3) reportBatch(afterMonth(ctx, month), b.id, DEMO_APPROVER, true);
      if (age >= 4) payBatch(ctx, b.id, monthSpan(addMonths(month, 2)).first, true);
    }
    // 补发/扣回 in the last month: 50.00 of the deduction paid back to the first person of the roster of three months
    // back who had one (a 补发 never takes a row above its full month).
    const target = batches.find((b) => b.month === addMonths(current, -4));
    const last = addMonths(current, -1);
    if (target) {
      const item = db
        .prepare(
          `SELECT i.id FROM subsidy_batch_items i JOIN attendance_months a ON a.id = i.attendance_id
          WHERE i.batch_id = ? AND a.deduction >= 5000 ORDER BY i.id LIMIT 1`,
        )
        .pluck()
        .get(target.id) as string | undefined;
      if (item) {
        const sup = createSupplement(ctx, 'post', last).data;
        adjust(ctx, { batchId: sup.id, originalItemId: item, amountFen: 5_000, reason: '考勤更正，补发旷工扣款' });
        reviewBatch(ctx, sup.id, DEMO_REVIEWER);
        result.batches++;
        result.reviewed++;
      }
    }
    result.attendanceRows += generateMonth(ctx, current).total;
  })();
  options.log?.(
    `考勤与补贴：${n} 个月，考勤 ${result.attendanceRows} 条，花名册 ${result.batches} 个（已审核 ${result.reviewed} 个）`,
  );
  return result;
}
