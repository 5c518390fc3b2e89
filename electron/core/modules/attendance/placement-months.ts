// A new placement's attendance rows in the months already generated (audit6, BR-21 one row per placement on post):
// 生成考勤 runs county-wide, so a 乡镇经办 who places someone after the month was generated could not make the row and
// the grid left the person out. Saving the placement adds the row generateMonth would add — full attendance by
// default — in each month of its span that has rows already, is not locked (period lock) and is not after the
// month generateMonth would allow (the working month + 1). The row belongs to the placement, inside the clerk's
// township like the placement itself; a month not generated yet gets it from 生成考勤 as before.
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import { newId } from '../../ids';
import { addMonths, monthOf } from '../../../../shared/domain/dates';
import { monthSpan } from '../../../../shared/domain/subsidy-amounts';
import { lockOfMonth } from '../period-locks/guard';
import { standardOn } from '../posts/service';
import { subsidyRulesForMonth } from '../subsidies/config';
import { beyondEntitlement, entitlementEnds } from './entitlement';
import { insertAttendance, placementOnPost } from './queries';
import { fresh } from './service';

/** Adds the placement's rows to the generated months of its span; returns those months. */
export function addPlacementMonths(ctx: CoreContext, placementId: string, start: string, leave: string | null) {
  const db = ctx.db;
  const last = addMonths(monthOf(ctx.today()), 1);
  const end = leave && monthOf(leave) < last ? monthOf(leave) : last;
  // One index seek per month of the span (attendance_months_month): generated, and without this placement's row.
  const generated = prepared(db, 'SELECT 1 FROM attendance_months WHERE month = ? LIMIT 1').pluck();
  const has = prepared(db, 'SELECT 1 FROM attendance_months WHERE month = ? AND placement_id = ?').pluck();
  const months: string[] = [];
  for (let m = monthOf(start); m <= end; m = addMonths(m, 1))
    if (generated.get(m) && !has.get(m, placementId)) months.push(m);
  const added: string[] = [];
  for (const month of months) {
    if (lockOfMonth(db, month)) continue;
    const span = monthSpan(month);
    const placement = placementOnPost(db, placementId, span.first, span.last);
    if (!placement) continue;
    const p = { ...placement, monthly_standard: standardOn(db, placement, span.first, new Map()) };
    const entitled = !beyondEntitlement(entitlementEnds(db, [p.person_id], span.first).get(p.id), month);
    insertAttendance(
      db,
      newId(),
      p.id,
      month,
      fresh(month, p, subsidyRulesForMonth(db, month), entitled),
      ctx.operator(),
      ctx.now(),
    );
    added.push(month);
  }
  return added;
}
