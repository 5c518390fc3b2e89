import type { PartialHandlers } from '../../handlers';
import { lockPeriod, periodLocksView, unlockPeriod } from './service';

export const periodLocksHandlers: PartialHandlers<'periodLocks.list' | 'periodLocks.lock' | 'periodLocks.unlock'> = {
  'periodLocks.list': (_input, ctx) => periodLocksView(ctx.db, ctx.today()),
  'periodLocks.lock': (input, ctx) => lockPeriod(ctx, input.month, input.note),
  'periodLocks.unlock': (input, ctx) => unlockPeriod(ctx, input.month, input.reason),
};
