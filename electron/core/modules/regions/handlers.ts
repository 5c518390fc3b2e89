import type { PartialHandlers } from '../../handlers';
import { importRegions } from './import';
import { listRegions } from './queries';
import { createRegion, levelLabel, renameRegion, restoreRegion, retireRegion } from './service';

type RegionChannels =
  'regions.list' | 'regions.create' | 'regions.rename' | 'regions.retire' | 'regions.restore' | 'regions.import';

export const regionsHandlers: PartialHandlers<RegionChannels> = {
  'regions.list': (input, ctx) => ({ items: listRegions(ctx.db, input.includeRetired ?? false) }),
  'regions.create': (input, ctx) => {
    const r = createRegion(ctx.db, input, ctx.operator(), ctx.now());
    return { data: r, entityId: r.id, summary: `新增${levelLabel(r.level)}“${r.name}”（${r.code}）` };
  },
  'regions.rename': (input, ctx) => {
    const { before, after } = renameRegion(ctx.db, input.id, input.name, ctx.operator(), ctx.now());
    return {
      data: after,
      entityId: after.id,
      summary: `${levelLabel(after.level)}“${before.name}”更名为“${after.name}”（${after.code}）`,
    };
  },
  'regions.retire': (input, ctx) => {
    const r = retireRegion(ctx.db, input.id, input.date ?? ctx.today(), ctx.operator(), ctx.now());
    return {
      data: r,
      entityId: r.id,
      summary: `撤销${levelLabel(r.level)}“${r.name}”（${r.code}），撤销日期 ${r.retiredOn}`,
    };
  },
  'regions.restore': (input, ctx) => {
    const r = restoreRegion(ctx.db, input.id, ctx.operator(), ctx.now());
    return { data: r, entityId: r.id, summary: `恢复${levelLabel(r.level)}“${r.name}”（${r.code}）` };
  },
  'regions.import': importRegions,
};
