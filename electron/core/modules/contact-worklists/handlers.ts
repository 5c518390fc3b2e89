import { monthOf } from '../../../../shared/domain/dates';
import type { PartialHandlers } from '../../handlers';
import { worklist, worklistCounts } from './service';

type WorklistChannels =
  | 'contactWorklists.toContact'
  | 'contactWorklists.lostContact'
  | 'contactWorklists.firstContactDue'
  | 'contactWorklists.counts';

export const contactWorklistsHandlers: PartialHandlers<WorklistChannels> = {
  'contactWorklists.toContact': (input, ctx) => worklist(ctx, 'toContact', input),
  'contactWorklists.lostContact': (input, ctx) => worklist(ctx, 'lostContact', input),
  'contactWorklists.firstContactDue': (input, ctx) => worklist(ctx, 'firstContactDue', input),
  'contactWorklists.counts': (input, ctx) => worklistCounts(ctx, input.month ?? monthOf(ctx.today())),
};
