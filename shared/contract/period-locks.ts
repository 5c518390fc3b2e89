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
