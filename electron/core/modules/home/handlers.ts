import type { PartialHandlers } from '../../handlers';
import { navigationBadges } from './badges';
import { homeOverview } from './overview';
import { oneTownship } from '../../scope/scope';

export const homeHandlers: PartialHandlers<'home.overview' | 'home.badges'> = {
  // A 乡镇经办 sees their township's 首页, never the county's (issue 19).
  'home.overview': (input, ctx) =>
    homeOverview(ctx, { ...input, townshipId: oneTownship(ctx.db, ctx.scope, input.townshipId) }),
  'home.badges': (_input, ctx) => navigationBadges(ctx),
};
