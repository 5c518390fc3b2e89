import type { ChannelsOf, PartialHandlers } from '../../handlers';
import { layoutView, listLayouts, resetLayout, saveLayout } from './service';

export const reportLayoutsHandlers: PartialHandlers<ChannelsOf<'reportLayouts'>> = {
  'reportLayouts.list': (_input, ctx) => listLayouts(ctx.db),
  'reportLayouts.get': (input, ctx) => layoutView(ctx.db, input.report, ctx.today()),
  'reportLayouts.save': (input, ctx) => saveLayout(ctx, input),
  'reportLayouts.reset': (input, ctx) => resetLayout(ctx, input),
};
