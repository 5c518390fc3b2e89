import type { ChannelsOf, PartialHandlers } from '../../handlers';
import { builtInCounties, loadCounty } from './built-in';
import { importRegions } from './import';
import { listRegions } from './queries';
import { urbanRuralLabel } from '../../../../shared/enums/person-codes';
import { createRegion, levelLabel, renameRegion, restoreRegion, retireRegion, setUrbanRural } from './service';

type RegionChannels = ChannelsOf<'regions'>;

export const regionsHandlers: PartialHandlers<RegionChannels> = {
  'regions.list': (input, ctx) => ({ items: listRegions(ctx.db, input.includeRetired ?? false) }),
  'regions.create': (input, ctx) => {
    const r = createRegion(ctx.db, input, ctx.operator(), ctx.now());
    return { data: r, entityId: r.id, summary: `新增${levelLabel(r.level)}“${r.name}”（${r.code}）` };
  },
  'regions.rename': (input, ctx) => {
    const { before, after } = renameRegion(ctx.db, input.id, input.name, ctx.operator(), ctx.now(), input.officePhone);
    const phone = (p: string | null) => p ?? '未填';
    const renamed = before.name !== after.name ? `更名为“${after.name}”` : '';
    const phoned =
      before.officePhone !== after.officePhone
        ? `，联系电话：${phone(before.officePhone)} → ${phone(after.officePhone)}`
        : '';
    return {
      data: after,
      entityId: after.id,
      summary: `${levelLabel(after.level)}“${before.name}”${renamed}（${after.code}）${phoned}`,
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
  'regions.setUrbanRural': (input, ctx) => {
    const { before, after } = setUrbanRural(ctx.db, input.id, input.urbanRuralCode, ctx.operator(), ctx.now());
    const label = (c: string | null) => (c ? urbanRuralLabel(c) : '未设置');
    return {
      data: after,
      entityId: after.id,
      summary: `村(社区)“${after.name}”（${after.code}）城乡分类：${label(before.urbanRuralCode)} → ${label(after.urbanRuralCode)}`,
    };
  },
  'regions.builtInCounties': () => builtInCounties(),
  'regions.loadCounty': (input, ctx) => {
    const r = loadCounty(ctx.db, input.countyCode, ctx.operator(), ctx.now());
    return {
      data: r,
      entityId: null,
      summary: `载入${r.countyName}统计用区划：新增乡镇(街道) ${r.townshipsCreated} 个、村(社区) ${r.villagesCreated} 个，已有 ${r.kept} 个保持不变`,
    };
  },
  'regions.import': importRegions,
};
