import type { PartialHandlers } from '../../handlers';
import { lockPeriod, periodLocksView, unlockPeriod } from './service';

export const periodLocksHandlers: PartialHandlers<'periodLocks.list' | 'periodLocks.lock' | 'periodLocks.unlock'> = {
  'periodLocks.list': (_input, ctx) => periodLocksView(ctx.db, ctx.today()),
  // One transaction (the lock, its event, the frozen reports and the audit row); a cancel rolls it all back.
  'periodLocks.lock': (input, ctx, job, commit) =>
    Promise.resolve(commit(() => lockPeriod(ctx, input.month, input.note, job))),
  'periodLocks.unlock': (input, ctx) => unlockPeriod(ctx, input.month, input.reason),
};
