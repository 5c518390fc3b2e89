import { monthOf } from '../../../../shared/domain/dates';
import type { PartialHandlers } from '../../handlers';
import { worklist, worklistCounts } from './service';

type WorklistChannels = 'worklists.toContact' | 'worklists.lostContact' | 'worklists.firstContactDue' | 'worklists.counts';

export const worklistsHandlers: PartialHandlers<WorklistChannels> = {
  'worklists.toContact': (input, ctx) => worklist(ctx.db, 'toContact', input, ctx.today()),
  'worklists.lostContact': (input, ctx) => worklist(ctx.db, 'lostContact', input, ctx.today()),
  'worklists.firstContactDue': (input, ctx) => worklist(ctx.db, 'firstContactDue', input, ctx.today()),
  'worklists.counts': (input, ctx) => worklistCounts(ctx.db, input.month ?? monthOf(ctx.today()), ctx.today()),
};
