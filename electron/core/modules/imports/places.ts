// 乡镇(街道) and 村(社区) names of an imported row → the village region id of the office's divisions
// (DOMAIN §3.12). An unknown or retired place is an error naming it; nothing is created on the fly. A name found only
// as offices write it (with the county in front, as a committee, or by its beginning: place-names.ts) is read as the
// place, and the row says how it was read.
import type Database from 'better-sqlite3';
import { listRegions } from '../regions/queries';
import { lookupKey } from './person-codes';
import { countyPrefixes, matchPlaceName } from './place-names';
import { COUNTY, inScope, scopeNames, type Scope } from '../../scope/scope';

interface Place {
  id: string;
  name: string;
  retired: boolean;
}

interface Township extends Place {
  villages: Map<string, Place[]>;
}

/** A name read as another (疏附县乌帕尔镇 → 乌帕尔镇): the field and the sentence the check preview shows. */
export interface ReadAs {
  field: 'township' | 'village';
  message: string;
}

export type PlaceRead =
  | { ok: true; villageId: string; townshipName: string; villageName: string; readAs: ReadAs[] }
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
  region(text: string): { ok: true; id: string; readAs?: string } | { ok: false; message: string };
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
/** Among places of one name, the one in use wins over a retired one. */
const pick = (list: Place[] | undefined) => list?.find((p) => !p.retired) ?? list?.[0];
const nameOf = (list: Place[]) => pick(list)!.name;
const inUse = (list: Place[]) => list.some((p) => !p.retired);

const TOWNSHIP = '乡镇(街道)';
const VILLAGE = '村(社区)';
const readAsText = (noun: string, written: string, name: string) => `${noun}“${written.trim()}”按“${name}”导入`;
const ambiguous = (noun: string, written: string, names: string[]) =>
  `${noun}“${written.trim()}”可能是${names.map((n) => `“${n}”`).join('或')}，请填写完整的名称`;

/**
 * `scope`: a 乡镇经办 imports into their townships only (issue 19): a place in another 乡镇 is refused like an unknown
 * one, with a message saying why.
 */
export function loadPlaces(db: Database.Database, scope: Scope = COUNTY): Places {
  const regions = listRegions(db, true);
  const prefixes = countyPrefixes(db);
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
      const readAs: ReadAs[] = [];
      const tm = matchPlaceName(townships, townshipText, prefixes, false, nameOf, inUse);
      if (tm.candidates)
        return { ok: false, field: 'township', message: ambiguous(TOWNSHIP, townshipText, tm.candidates) };
      const t = pick(tm.found) as Township | undefined;
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
      if (!tm.exact) readAs.push({ field: 'township', message: readAsText(TOWNSHIP, townshipText, t.name) });
      const vm = matchPlaceName(t.villages, villageText, prefixes, true, nameOf, inUse);
      if (vm.candidates)
        return { ok: false, field: 'village', message: ambiguous(VILLAGE, villageText, vm.candidates) };
      const v = pick(vm.found);
      if (!v)
        return {
          ok: false,
          field: 'village',
          message: `村(社区)“${villageText}”不在${t.name}的行政区划中，请检查名称或所属乡镇`,
        };
      if (v.retired) return { ok: false, field: 'village', message: `村(社区)“${v.name}”已撤销，请填写现行的村(社区)` };
      if (!vm.exact) readAs.push({ field: 'village', message: readAsText(VILLAGE, villageText, v.name) });
      return { ok: true, villageId: v.id, townshipName: t.name, villageName: v.name, readAs };
    },
    describe: (villageId) => villageNames.get(villageId) ?? '',
    region(text) {
      const parts = text
        .split(/[/／]/)
        .map((p) => p.trim())
        .filter(Boolean);
      if (parts.length === 2) {
        const r = this.find(parts[0], parts[1]);
        if (!r.ok) return { ok: false, message: r.message };
        return { ok: true, id: r.villageId, readAs: readAsOf(r.readAs, `${r.townshipName}/${r.villageName}`, text) };
      }
      const tm = matchPlaceName(townships, text, prefixes, false, nameOf, inUse);
      const township = (t: Township | undefined) => {
        if (!t) return undefined;
        if (t.retired) return { ok: false as const, message: `乡镇(街道)“${t.name}”已撤销，请填写现行的乡镇(街道)` };
        const notMine = outside(t);
        if (notMine) return { ok: false as const, message: notMine };
        return { ok: true as const, id: t.id, readAs: tm.exact ? undefined : readAsText(TOWNSHIP, text, t.name) };
      };
      if (tm.exact) return township(pick(tm.found) as Township)!;
      const found = [...byId.values()].flatMap((tw) => {
        const m = matchPlaceName(tw.villages, text, prefixes, true, nameOf, inUse);
        const v = pick(m.found);
        const candidates = (m.candidates ?? []).map((name) => `${tw.name}/${name}`);
        return v && !v.retired
          ? [{ id: v.id, township: tw, name: `${tw.name}/${v.name}`, exact: m.exact }]
          : candidates.map((name) => ({ id: '', township: tw, name, exact: false }));
      });
      // A name written in full wins over names it only begins with or is read as; a 乡镇 over a 村.
      const exact = found.filter((f) => f.exact);
      if (exact.length > 1)
        return {
          ok: false,
          message: `有${exact.length}个乡镇都有“${text}”，请写成“乡镇/村(社区)”，如 ${exact[0].township.name}/${text}`,
        };
      if (!exact.length) {
        if (tm.candidates) return { ok: false, message: ambiguous(TOWNSHIP, text, tm.candidates) };
        const t = township(pick(tm.found) as Township | undefined);
        if (t) return t;
      }
      const fits = exact.length ? exact : found;
      if (fits.length === 1 && fits[0].id) {
        const notMine = outside(fits[0].township);
        if (notMine) return { ok: false, message: notMine };
        return {
          ok: true,
          id: fits[0].id,
          readAs: fits[0].exact ? undefined : readAsText(VILLAGE, text, fits[0].name),
        };
      }
      if (fits.length > 1)
        return {
          ok: false,
          message: ambiguous(
            VILLAGE,
            text,
            fits.map((f) => f.name),
          ),
        };
      return {
        ok: false,
        message: `“${text}”不在本县的行政区划中，请填写乡镇(街道)名称，或“乡镇/村(社区)”`,
      };
    },
  };
}

/** One sentence for a place written in one cell and read (in part) as another name. */
function readAsOf(parts: ReadAs[], name: string, written: string): string | undefined {
  return parts.length ? `“${written.trim()}”按“${name}”导入` : undefined;
}
