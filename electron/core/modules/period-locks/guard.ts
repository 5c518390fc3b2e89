// The one check every dated write passes through (ARCHITECTURE §7a "locks on time"): once a reviewer has locked a
// reporting month (period_locks), records DATED in that month cannot be created, changed or deleted.
// A lock is always a calendar month, whatever the report period (CFG-26): with 21st–20th periods, locking November
// freezes November's reports (10-21 … 11-20, as computed at lock time) and refuses records dated 11-01 … 11-30; records
// dated 10-21 … 10-31 stay open until October is locked (reports/statistical-period.ts).
//
// Which date counts, per record (each service calls assertMonthOpen with these before it writes anything):
//   联系记录 (contacts)          the contact date; an update checks the old and the new date; a delete the stored one.
//   失业登记 (registrations)     the registration date: create checks it, an update checks the old and the new one;
//                                注销 checks the cancellation date it sets; 服务等级调整 checks its own change date.
//   公益性岗位安置 (placements)   the start (上岗) and leave (离岗) dates: create checks both (leave when given), 离岗
//                                checks the leave date it sets, delete and restore check the stored start and leave
//                                dates; 空岗报告 checks its report date. Editing the contract terms changes no dated
//                                fact of the month and stays open (a renewal must remain possible).
//   考勤 (attendance)            the attendance month itself (generate and save).
//   见习补贴 (allowance months)   the allowance month itself (generate and allowances.save), as attendance.
//   就业见习 (internships)        a correction checks the old and new agreement start/end it moves and every month
//                                whose living allowance it changes; delete and restore check the stored start and
//                                end dates and every month of the allowance (internships/edit.ts).
//   就业困难认定 (recognitions)   every step by its own date: 申请, 初审, 审核, 县级确认 (the decision date), 退出, and the
//                                认定日期 of a back-filled record (also when an import back-fills it).
// Months outside a lock stay open; an unlock (administrator, with a reason) opens the month again.
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../shared/contract/result';
import { prepared } from '../../db/prepared';
import { lockedMessage } from '../../../../shared/contract/period-locks';

interface MonthLock {
  month: string;
  locked_at: string;
  locked_by: string;
  note: string | null;
}

export function lockOfMonth(db: Database.Database, month: string): MonthLock | null {
  return (
    (prepared(db, 'SELECT month, locked_at, locked_by, note FROM period_locks WHERE month = ?').get(month) as
      MonthLock | undefined) ?? null
  );
}

/**
 * Refuses the write when `date` (YYYY-MM-DD or YYYY-MM) falls in a locked month. `what` names the record in Chinese
 * (联系记录, 失业登记, 安置记录, 考勤, 认定记录). `field` marks the form field that holds the date. null/undefined dates
 * pass (a record without that date is not dated in any month).
 */
export function assertMonthOpen(
  db: Database.Database,
  date: string | null | undefined,
  what: string,
  field?: string,
): void {
  if (!date) return;
  const month = date.slice(0, 7);
  if (!lockOfMonth(db, month)) return;
  const message = lockedMessage(month, what);
  throw ruleViolation(message, field ? { [field]: message } : undefined, { lockedMonth: month });
}

/** assertMonthOpen for several dates at once (old and new values of an update). */
export function assertMonthsOpen(
  db: Database.Database,
  dates: readonly (string | null | undefined)[],
  what: string,
  field?: string,
): void {
  for (const d of dates) assertMonthOpen(db, d, what, field);
}

/**
 * Refuses the delete of a record that counts from `date` on (an open 失业登记, a pending 认定申请): every locked month
 * from that month on holds it in its saved reports. Names the first such month.
 */
export function assertNoLockSince(db: Database.Database, date: string, what: string): void {
  const month = prepared(db, 'SELECT min(month) FROM period_locks WHERE month >= ?').pluck().get(date.slice(0, 7)) as
    string | null;
  if (month) throw ruleViolation(lockedMessage(month, what), undefined, { lockedMonth: month });
}

/** The latest locked month, or null: dated settings may only take effect after it. */
export function lastLockedMonth(db: Database.Database): string | null {
  return (prepared(db, 'SELECT max(month) FROM period_locks').pluck().get() as string | null) ?? null;
}
