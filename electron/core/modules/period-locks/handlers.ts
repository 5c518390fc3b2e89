import type { PartialHandlers } from '../../handlers';
import { lockPeriod, periodLocksView, unlockPeriod } from './service';

export const periodLocksHandlers: PartialHandlers<'periodLocks.list' | 'periodLocks.lock' | 'periodLocks.unlock'> = {
  'periodLocks.list': (_input, ctx) => periodLocksView(ctx.db, ctx.today()),
  // One transaction (the lock, its event, the frozen reports and the audit row), the reports computed on a snapshot
  // before it takes the write lock (service.ts); a cancel rolls it all back.
  'periodLocks.lock': (input, ctx, job, commit) =>
    Promise.resolve(lockPeriod(ctx, input.month, input.note, commit, job)),
  'periodLocks.unlock': (input, ctx) => unlockPeriod(ctx, input.month, input.reason),
};
