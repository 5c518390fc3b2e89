import type { PartialHandlers } from '../../handlers';
import { navigationBadges } from './badges';
import { homeOverview } from './overview';

export const homeHandlers: PartialHandlers<'home.overview' | 'home.badges'> = {
  'home.overview': (input, ctx) => homeOverview(ctx, input),
  'home.badges': (_input, ctx) => navigationBadges(ctx),
};
