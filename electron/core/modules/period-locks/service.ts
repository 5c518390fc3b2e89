// Period lock (issue 19): lock a reporting month after its reports were submitted upward, unlock with a reason.
// Every lock and unlock is an event (period_lock_events) besides the audit row dispatch writes.
import type Database from 'better-sqlite3';
import type { PeriodLocksView } from '../../../../shared/contract/period-locks';
import { addMonths, chineseMonth, monthOf } from '../../../../shared/domain/dates';
import type { CoreContext, WriteResult } from '../../context';
import { newId } from '../../ids';
import { lockOfMonth } from './guard';
import { computeFrozen, storeFrozen, type FreezeControl } from './snapshot';
import { refuseField } from '../../refuse-field';
import { firstWrite, isStaleSnapshot } from '../../db/write-lock';
import type { Commit } from '../../handlers';
import { conflict } from '../../../../shared/contract/result';
import { localDate } from '../../clock';

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

/** How many times a lock computes its reports while other saves keep changing what they read, before it refuses. */
export const LOCK_ATTEMPTS = 3;

/**
 * Locks a month that has ended and freezes its reports (snapshot.ts) without holding the write lock while they are
 * computed (a large county takes long enough that every save meanwhile waited its 5 s and got the BUSY message).
 *
 * One transaction, begun DEFERRED: the checks and the ~90 reports read one WAL snapshot, other connections' saves go
 * on meanwhile; the lock, its event, the copies and the audit row are then written in a short write phase. Its first
 * write takes the write lock, and SQLite refuses it (SQLITE_BUSY_SNAPSHOT) when any other connection committed
 * since the snapshot was read, i.e. when something the reports read may have changed; that attempt is rolled back
 * and the reports computed again on a new snapshot, at most LOCK_ATTEMPTS times, then the lock is refused, nothing
 * written. The check is SQLite's own and covers every table (also those a report reads through settings or
 * regions), at the price of recomputing after a save that changed nothing the reports read. `job` hears the
 * progress per report and may cancel between two reports (the transaction then rolls back, nothing kept).
 */
export function lockPeriod(
  ctx: CoreContext,
  month: string,
  note: string | null,
  commit: Commit,
  job?: FreezeControl,
): PeriodLocksView {
  for (let attempt = 1; ; attempt++) {
    try {
      return commit(() => lockOnSnapshot(ctx, month, note, job, attempt), 'deferred');
    } catch (err) {
      if (!isStaleSnapshot(err)) throw err;
      if (attempt >= LOCK_ATTEMPTS) throw conflict(changedMessage(month));
    }
  }
}

export const changedMessage = (month: string) =>
  `锁定${chineseMonth(month)}时，其他人连续${LOCK_ATTEMPTS}次在报表保存完成前修改了数据，月份未锁定、数据未改动；请在保存较少时（如下班后）再锁定`;

function lockOnSnapshot(
  ctx: CoreContext,
  month: string,
  note: string | null,
  job: FreezeControl | undefined,
  attempt: number,
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
    refuseField(`${chineseMonth(month)}已于${localDate(existing.locked_at)}由${existing.locked_by}锁定`, 'month');
  }
  const frozen = computeFrozen(ctx.db, month, today, job, attempt);
  // The write phase: the first write takes the write lock, or finds the snapshot stale.
  firstWrite(() =>
    ctx.db
      .prepare('INSERT INTO period_locks (month, locked_at, locked_by, note) VALUES (?, ?, ?, ?)')
      .run(month, ctx.now(), ctx.operator(), note),
  );
  addEvent(ctx, month, 'lock', note);
  const stored = storeFrozen(ctx.db, month, frozen);
  return {
    data: periodLocksView(ctx.db, today),
    entityId: month,
    summary: `锁定${chineseMonth(month)}（已上报），保存该月报表 ${stored} 份${note ? `；备注：${note}` : ''}`,
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
