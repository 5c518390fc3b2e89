import type { PartialHandlers } from '../../handlers';
import { homeOverview } from './overview';

export const homeHandlers: PartialHandlers<'home.overview'> = {
  'home.overview': (input, ctx) => homeOverview(ctx, input),
};
