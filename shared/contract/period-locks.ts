// Period lock (issue 19, DHIS2 data approval as the model). A reviewer locks a reporting month after its reports were
// submitted; an administrator unlocks it with a reason. Capabilities (for the accounts branch's channel table):
//   periodLocks.list   read
//   periodLocks.lock   reviewer (审核员)
//   periodLocks.unlock admin (管理员)
import { z } from 'zod';
import { channel, writeChannel, writeJobChannel } from './define';
import { optText, requiredText } from './fields';
import { chineseMonth } from '../domain/dates';

/**
 * The message a write dated in a locked month gets (modules/period-locks/guard.ts), and what a screen says where it
 * does not offer that write: the lock named, what cannot be done, and who can undo it.
 */
export function lockedMessage(month: string, what: string): string {
  return `${chineseMonth(month)}已锁定（已上报），不能新增、修改或删除该月的${what}；如需更正，请管理员解锁`;
}

/**
 * What a lock keeps of the range reports (统计期): only the one-month range of the locked month is saved
 * (period-locks/snapshot.ts); a range of several months is computed anew at each export. Said where a lock is
 * confirmed and in the export form of a range that covers a locked month.
 */
export const RANGE_NOT_FROZEN = '统计期跨多个月的报表不在锁定时保存，每次导出都按当时的数据重新计算。';

/** The export form's note for a range of several months covering the locked `months` (YYYY-MM), or null. */
export function lockedRangeNote(months: readonly string[]): string | null {
  if (months.length === 0) return null;
  return `所选统计期含已锁定的${months.map(chineseMonth).join('、')}。${RANGE_NOT_FROZEN}`;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const lockMonth = z
  .string({ error: '请选择锁定月份' })
  .trim()
  .regex(MONTH, { error: '锁定月份应为 YYYY-MM 格式' });

export const periodLock = z.object({
  month: z.string(),
  lockedAt: z.string(),
  lockedBy: z.string(),
  note: z.string().nullable(),
  /** Reports frozen at lock time: a later export of this month writes exactly these. */
  frozenReports: z.number(),
});
export type PeriodLock = z.infer<typeof periodLock>;

export const periodLockEvent = z.object({
  id: z.string(),
  month: z.string(),
  action: z.enum(['lock', 'unlock']),
  at: z.string(),
  by: z.string(),
  note: z.string().nullable(),
});
export type PeriodLockEvent = z.infer<typeof periodLockEvent>;

export const periodLocksView = z.object({
  locks: z.array(periodLock),
  events: z.array(periodLockEvent),
  /** The latest month that has ended (the one usually locked next). */
  lastEndedMonth: z.string(),
});
export type PeriodLocksView = z.infer<typeof periodLocksView>;

export const periodLockInput = z.object({ month: lockMonth, note: optText('备注', 200) });
export const periodUnlockInput = z.object({ month: lockMonth, reason: requiredText('解锁原因', 200) });

export const periodLocksChannels = {
  'periodLocks.list': channel({ input: z.object({}).strict(), output: periodLocksView }),
  /** A long job (it saves every month report of the county, each 乡镇 and grouping): progress per report, 取消. */
  'periodLocks.lock': writeJobChannel(periodLockInput, periodLocksView, 'periodLock'),
  'periodLocks.unlock': writeChannel(periodUnlockInput, periodLocksView, 'periodLock'),
};
