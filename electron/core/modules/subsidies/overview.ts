// The month at a glance for the 补贴发放 screen: attendance per employer (on post, generated, confirmed, still to
// enter, locked), internships running and their allowance rows, and the month's rosters with their state. Still to
// enter (待录入) counts generated rows neither entered nor locked by a reviewed roster; persons on post without a row
// are on post minus generated (the screen names them apart: 生成考勤 adds their rows).
import type Database from 'better-sqlite3';
import type { MonthOverview } from '../../../../shared/contract/subsidies';
import { monthSpan } from '../../../../shared/domain/subsidy-amounts';
import { prepared } from '../../db/prepared';
import { scopeNamedSql } from '../../scope/scope';
import { listSummaries } from './detail';

/**
 * townshipId: the attendance of employers in one 乡镇(街道); rosters stay whole. `scope`: a 乡镇经办's townships
 * (scopeParam): the employers in their townships (audit6 gap 3: not the county's), and the county's rosters and
 * their own townships' only (null: every employer and roster).
 */
export function monthOverview(
  db: Database.Database,
  month: string,
  townshipId: string | null = null,
  scope: string | null = null,
): MonthOverview {
  const span = monthSpan(month);
  const employers = prepared(
    db,
    `
    WITH onpost AS (
      SELECT po.employer_id, count(*) AS n FROM placements pl JOIN posts po ON po.id = pl.post_id
      WHERE pl.deleted_at IS NULL AND pl.start_date <= @last AND (pl.leave_date IS NULL OR pl.leave_date >= @first) GROUP BY 1),
    marked AS (
      SELECT po.employer_id, a.entered_at IS NOT NULL AS entered,
        EXISTS (SELECT 1 FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
                WHERE i.attendance_id = a.id AND i.adjusts_item_id IS NULL AND b.status <> 'draft') AS locked
      FROM attendance_months a JOIN placements pl ON pl.id = a.placement_id JOIN posts po ON po.id = pl.post_id WHERE a.month = @month),
    rows AS (
      SELECT employer_id, count(*) AS n, sum(entered) AS entered, sum(locked) AS locked,
        sum(NOT entered AND NOT locked) AS missing
      FROM marked GROUP BY 1)
    SELECT e.id AS employerId, e.name AS employerName, r.name AS townshipName, coalesce(o.n, 0) AS onPost, coalesce(x.n, 0) AS rows,
      coalesce(x.entered, 0) AS entered, coalesce(x.missing, 0) AS missing, coalesce(x.locked, 0) AS locked
    FROM employers e JOIN regions r ON r.id = e.township_id LEFT JOIN onpost o ON o.employer_id = e.id LEFT JOIN rows x ON x.employer_id = e.id
    WHERE (o.n IS NOT NULL OR x.n IS NOT NULL) AND (@township IS NULL OR e.township_id = @township)
      AND ${scopeNamedSql('e.township_id')}
    ORDER BY r.code, e.name, e.id`,
  ).all({ month, first: span.first, last: span.last, township: townshipId, scope }) as MonthOverview['employers'];
  const running = prepared(
    db,
    `SELECT count(*) FROM internships WHERE deleted_at IS NULL AND agreement_start <= ? AND coalesce(end_date, agreement_end) >= ?`,
  )
    .pluck()
    .get(span.last, span.first) as number;
  const allowanceRows = prepared(db, 'SELECT count(*) FROM internship_allowances WHERE month = ?')
    .pluck()
    .get(month) as number;
  return {
    month,
    employers,
    internships: { running, rows: allowanceRows },
    batches: listSummaries(db, month, null, scope),
  };
}
