// A placement's attendance rows follow its own saves (audit6, BR-21 one row per placement on post): 生成考勤 runs
// county-wide, so a 乡镇经办 who places someone, records a leave or deletes or restores a placement after the month
// was generated could not bring the grid up to date. Each such save does for the placement what generateMonth would
// do (month-row.ts) in each month it touches that is generated and not after the month generateMonth would allow
// (the working month + 1): adds its row (full attendance by default), re-counts it from the new dates, or removes it
// when the placement no longer falls in the month; the draft rosters follow. A month under a period lock, and a row
// a reviewed roster covers, are left as they are: the clerk corrects them with a 补发/扣回 roster. A month not
// generated yet gets its row from 生成考勤 as before.
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import { addMonths, chineseMonth, monthOf } from '../../../../shared/domain/dates';
import { monthSpan } from '../../../../shared/domain/subsidy-amounts';
import { lockOfMonth } from '../period-locks/guard';
import { subsidyRulesForMonth } from '../subsidies/config';
import { refreshDraftItems } from '../subsidies/items';
import { lockOfRow } from '../subsidies/lock';
import { ATTENDANCE_ROWS, removeMonthRow } from '../subsidies/month-rows';
import { entitlementEnds } from './entitlement';
import { newRow, refreshedRow } from './month-row';
import { placementOnPost, updateAttendance, type AttendanceDbRow } from './queries';

/** The months of a placement's attendance a save changed, and those it left because they are closed. */
interface PlacementMonths {
  added: string[];
  updated: string[];
  removed: string[];
  /** Rows a reviewed (上报, 拨付) roster covers that would change. */
  rostered: string[];
  /** Months under a period lock whose row would change. */
  locked: string[];
}

/** Brings the placement's rows of the generated months it touches in line with it (after its save). */
export function syncPlacementMonths(ctx: CoreContext, placementId: string): PlacementMonths {
  const db = ctx.db;
  const out: PlacementMonths = { added: [], updated: [], removed: [], rostered: [], locked: [] };
  const pl = prepared(db, 'SELECT person_id, start_date, leave_date FROM placements WHERE id = ?').get(placementId) as {
    person_id: string;
    start_date: string;
    leave_date: string | null;
  };
  const rows = new Map(
    (prepared(db, 'SELECT * FROM attendance_months WHERE placement_id = ?').all(placementId) as AttendanceDbRow[]).map(
      (r) => [r.month, r],
    ),
  );
  const last = addMonths(monthOf(ctx.today()), 1);
  const end = pl.leave_date && monthOf(pl.leave_date) < last ? monthOf(pl.leave_date) : last;
  // One index seek per month of the span (attendance_months_month): generated months get the placement's row.
  const generated = prepared(db, 'SELECT 1 FROM attendance_months WHERE month = ? LIMIT 1').pluck();
  const months = new Set(rows.keys());
  for (let m = monthOf(pl.start_date); m <= end; m = addMonths(m, 1)) if (generated.get(m)) months.add(m);
  const by = ctx.operator();
  const at = ctx.now();
  const touched: string[] = [];
  for (const month of [...months].sort()) {
    const span = monthSpan(month);
    const placement = placementOnPost(db, placementId, span.first, span.last);
    const row = rows.get(month);
    const basis = { month, first: span.first, rules: subsidyRulesForMonth(db, month), standards: new Map() };
    const entitlementEnd = placement ? entitlementEnds(db, [pl.person_id], span.first).get(placementId) : null;
    const next = placement && row ? refreshedRow(db, basis, placement, row, entitlementEnd) : null;
    // What generateMonth would do: add (on post, no row), re-count (changed), remove (no longer on post).
    const change = placement ? (!row ? 'add' : next ? 'update' : null) : row ? 'remove' : null;
    if (!change) continue;
    if (lockOfMonth(db, month)) out.locked.push(month);
    else if (row && lockOfRow(db, 'attendance_id', row.id)) out.rostered.push(month);
    else if (change === 'add') {
      newRow(db, basis, placement!, entitlementEnd, by, at);
      out.added.push(month);
    } else if (change === 'update') {
      updateAttendance(db, row!.id, next!, by, at);
      touched.push(row!.id);
      out.updated.push(month);
    } else {
      removeMonthRow(db, ATTENDANCE_ROWS, row!.id);
      out.removed.push(month);
    }
  }
  refreshDraftItems(db, 'attendance_id', touched, by, at);
  return out;
}

const monthList = (months: string[]) => months.map(chineseMonth).join('、');

/**
 * What a save did to the placement's attendance, in words: the months changed, and the months left as they were
 * (a reviewed roster covers the row, or the month is locked: corrected with a 补发/扣回 roster); null where none.
 */
export interface PlacementMonthsNotes {
  changed: string | null;
  kept: string | null;
}

export function placementMonthsNotes(m: PlacementMonths): PlacementMonthsNotes {
  const done = [
    m.added.length ? `已补入${monthList(m.added)}考勤` : '',
    m.updated.length ? `已重算${monthList(m.updated)}考勤` : '',
    m.removed.length ? `已移除${monthList(m.removed)}考勤` : '',
  ].filter(Boolean);
  const kept = [
    m.rostered.length ? `${monthList(m.rostered)}考勤已列入已审核的花名册` : '',
    m.locked.length ? `${monthList(m.locked)}已锁定` : '',
  ].filter(Boolean);
  return {
    changed: done.length ? done.join('，') : null,
    kept: kept.length ? `${kept.join('，')}，考勤未随之修改，如需更正，请在以后月份的补发/扣回花名册中办理` : null,
  };
}

/** What the save's summary says about the placement's attendance (empty when nothing was touched or left). */
export const placementMonthsNote = ({ changed, kept }: PlacementMonthsNotes): string =>
  (changed ? `，${changed}` : '') + (kept ? `；${kept}` : '');
