// Period lock (issue 19): lock a reporting month after its reports were submitted upward, unlock with a reason.
// Every lock and unlock is an event (period_lock_events) besides the audit row dispatch writes.
import type Database from 'better-sqlite3';
import type { PeriodLocksView } from '../../../../shared/contract/period-locks';
import { addMonths, chineseMonth, monthOf } from '../../../../shared/domain/dates';
import type { CoreContext, WriteResult } from '../../context';
import { newId } from '../../ids';
import { lockOfMonth } from './guard';
import { freezeReports, type FreezeControl } from './snapshot';
import { refuseField } from '../../refuse-field';

export function periodLocksView(db: Database.Database, today: string): PeriodLocksView {
  const locks = db
    .prepare(
      `SELECT l.month, l.locked_at AS lockedAt, l.locked_by AS lockedBy, l.note,
        (SELECT count(*) FROM period_lock_reports r WHERE r.month = l.month) AS frozenReports
       FROM period_locks l ORDER BY l.month DESC`,
    )
    .all() as PeriodLocksView['locks'];
  const events = db
    .prepare('SELECT id, month, action, at, by, note FROM period_lock_events ORDER BY id DESC LIMIT 200')
    .all() as PeriodLocksView['events'];
  return { locks, events, lastEndedMonth: addMonths(monthOf(today), -1) };
}

function addEvent(ctx: CoreContext, month: string, action: 'lock' | 'unlock', note: string | null) {
  ctx.db
    .prepare('INSERT INTO period_lock_events (id, month, action, at, by, note) VALUES (?, ?, ?, ?, ?, ?)')
    .run(newId(), month, action, ctx.now(), ctx.operator(), note);
}

/**
 * Locks a month that has ended and freezes its reports (snapshot.ts), inside the job's one transaction: `job` hears
 * the progress per report and may cancel between two reports (the transaction then rolls back, nothing kept).
 */
export function lockPeriod(
  ctx: CoreContext,
  month: string,
  note: string | null,
  job?: FreezeControl,
): WriteResult<PeriodLocksView> {
  const today = ctx.today();
  if (month >= monthOf(today)) {
    refuseField(
      `${chineseMonth(month)}尚未结束，只能锁定已结束的月份（最晚${chineseMonth(addMonths(monthOf(today), -1))}）`,
      'month',
    );
  }
  const existing = lockOfMonth(ctx.db, month);
  if (existing) {
    refuseField(`${chineseMonth(month)}已于${existing.locked_at.slice(0, 10)}由${existing.locked_by}锁定`, 'month');
  }
  ctx.db
    .prepare('INSERT INTO period_locks (month, locked_at, locked_by, note) VALUES (?, ?, ?, ?)')
    .run(month, ctx.now(), ctx.operator(), note);
  addEvent(ctx, month, 'lock', note);
  const frozen = freezeReports(ctx.db, month, today, job);
  return {
    data: periodLocksView(ctx.db, today),
    entityId: month,
    summary: `锁定${chineseMonth(month)}（已上报），保存该月报表 ${frozen} 份${note ? `；备注：${note}` : ''}`,
  };
}

/** Opens a locked month again; the reason is required and kept. The frozen reports go with the lock. */
export function unlockPeriod(ctx: CoreContext, month: string, reason: string): WriteResult<PeriodLocksView> {
  if (!lockOfMonth(ctx.db, month)) {
    refuseField(`${chineseMonth(month)}未锁定，无需解锁`, 'month');
  }
  ctx.db.prepare('DELETE FROM period_locks WHERE month = ?').run(month);
  addEvent(ctx, month, 'unlock', reason);
  return {
    data: periodLocksView(ctx.db, ctx.today()),
    entityId: month,
    summary: `解锁${chineseMonth(month)}，原因：${reason}`,
  };
}
