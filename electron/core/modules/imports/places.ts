// 乡镇(街道) and 村(社区) names of an imported row → the village region id of the office's divisions
// (DOMAIN §3.12). An unknown or retired place is an error naming it; nothing is created on the fly.
import type Database from 'better-sqlite3';
import { listRegions } from '../regions/queries';
import { lookupKey } from './person-codes';
import { COUNTY, inScope, scopeNames, type Scope } from '../../scope/scope';

interface Place {
  id: string;
  name: string;
  retired: boolean;
}

interface Township extends Place {
  villages: Map<string, Place[]>;
}

export type PlaceRead =
  | { ok: true; villageId: string; townshipName: string; villageName: string }
  | { ok: false; field: 'township' | 'village'; message: string };

export interface Places {
  /** True when the office has at least one township. */
  readonly any: boolean;
  find(township: string, village: string): PlaceRead;
  /** 乡镇/村 of a village id, for showing a change of residence. */
  describe(villageId: string): string;
  /**
   * A place written in one cell (登记地, 工作地点): 乡镇, 乡镇/村, or a village name found in one township only →
   * the region id (a 乡镇(街道) or a 村(社区)).
   */
  region(text: string): { ok: true; id: string } | { ok: false; message: string };
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
/** Among places of one name, the one in use wins over a retired one. */
const pick = (list: Place[] | undefined) => list?.find((p) => !p.retired) ?? list?.[0];

/**
 * `scope`: a 乡镇经办 imports into their townships only (issue 19): a place in another 乡镇 is refused like an unknown
 * one, with a message saying why.
 */
export function loadPlaces(db: Database.Database, scope: Scope = COUNTY): Places {
  const regions = listRegions(db, true);
  const outside = (t: Place) =>
    inScope(scope, t.id) ? null : `乡镇(街道)“${t.name}”不属于您负责的乡镇（${scopeNames(db, scope)}），不能导入`;
  const townships = new Map<string, Township[]>();
  const byId = new Map<string, Township>();
  for (const r of regions) {
    if (r.level !== 4) continue;
    const t: Township = { id: r.id, name: r.name, retired: !!r.retiredOn, villages: new Map() };
    push(townships, lookupKey(r.name), t);
    byId.set(r.id, t);
  }
  const villageNames = new Map<string, string>();
  for (const r of regions) {
    const t = r.level === 5 && r.parentId ? byId.get(r.parentId) : undefined;
    if (!t) continue;
    push(t.villages, lookupKey(r.name), { id: r.id, name: r.name, retired: !!r.retiredOn });
    villageNames.set(r.id, `${t.name}/${r.name}`);
  }
  return {
    any: byId.size > 0,
    find(townshipText, villageText) {
      const t = pick(townships.get(lookupKey(townshipText))) as Township | undefined;
      if (!t)
        return {
          ok: false,
          field: 'township',
          message: `乡镇(街道)“${townshipText}”不在本县的行政区划中，请检查名称，或先在“设置 → 行政区划”中添加`,
        };
      if (t.retired)
        return { ok: false, field: 'township', message: `乡镇(街道)“${t.name}”已撤销，请填写现行的乡镇(街道)` };
      const notMine = outside(t);
      if (notMine) return { ok: false, field: 'township', message: notMine };
      const v = pick(t.villages.get(lookupKey(villageText)));
      if (!v)
        return {
          ok: false,
          field: 'village',
          message: `村(社区)“${villageText}”不在${t.name}的行政区划中，请检查名称或所属乡镇`,
        };
      if (v.retired) return { ok: false, field: 'village', message: `村(社区)“${v.name}”已撤销，请填写现行的村(社区)` };
      return { ok: true, villageId: v.id, townshipName: t.name, villageName: v.name };
    },
    describe: (villageId) => villageNames.get(villageId) ?? '',
    region(text) {
      const parts = text
        .split(/[/／]/)
        .map((p) => p.trim())
        .filter(Boolean);
      if (parts.length === 2) {
        const r = this.find(parts[0], parts[1]);
        return r.ok ? { ok: true, id: r.villageId } : { ok: false, message: r.message };
      }
      const t = pick(townships.get(lookupKey(text)));
      if (t) {
        if (t.retired) return { ok: false, message: `乡镇(街道)“${t.name}”已撤销，请填写现行的乡镇(街道)` };
        const notMine = outside(t);
        return notMine ? { ok: false, message: notMine } : { ok: true, id: t.id };
      }
      const found = [...byId.values()].flatMap((tw) => {
        const v = pick(tw.villages.get(lookupKey(text)));
        return v && !v.retired ? [{ id: v.id, township: tw.name, townshipId: tw.id }] : [];
      });
      if (found.length === 1) {
        const notMine = outside(byId.get(found[0].townshipId)!);
        return notMine ? { ok: false, message: notMine } : { ok: true, id: found[0].id };
      }
      if (found.length > 1)
        return {
          ok: false,
          message: `有${found.length}个乡镇都有“${text}”，请写成“乡镇/村(社区)”，如 ${found[0].township}/${text}`,
        };
      return {
        ok: false,
        message: `“${text}”不在本县的行政区划中，请填写乡镇(街道)名称，或“乡镇/村(社区)”`,
      };
    },
  };
}
