// Reading a place name as offices write it (audit4 gap 1): after an exact miss, the name is tried once more with
// the province, prefecture and county written in front of it taken off (疏附县乌帕尔镇 → 乌帕尔镇), a village or
// community committee's full name brought back to the place (库木墩村委会 → 库木墩村, 幸福路社区居委会 → 幸福路社区),
// and as the unique beginning of a name (乌帕尔 → 乌帕尔镇). Never between two candidates: two names that fit are
// an error naming both.
import type Database from 'better-sqlite3';
import { readSettings } from '../settings/service';
import { builtInCounty } from '../regions/built-in';
import { lookupKey } from './person-codes';

/** Where the county lies, as offices write it in front of a place (longest first). */
export function countyPrefixes(db: Database.Database): string[] {
  const office = readSettings(db).office;
  const names = ['新疆维吾尔自治区', '新疆'];
  if (office?.countyName) names.push(office.countyName);
  const prefecture = office?.countyCode ? builtInCounty(office.countyCode.slice(0, 6))?.prefecture : undefined;
  if (prefecture) {
    names.push(prefecture);
    // 喀什地区 → 喀什, 克孜勒苏柯尔克孜自治州 → 克孜勒苏柯尔克孜 (not 乌鲁木齐市 → 乌鲁木齐: a 市 is written whole).
    const short = prefecture.replace(/(地区|自治州)$/, '');
    if (short !== prefecture && short.length >= 2) names.push(short);
  }
  return [...new Set(names.map(lookupKey))].sort((a, b) => b.length - a.length);
}

/** A committee's name at the end → the place's own ending (longest first; 村/社区 kept once). */
const COMMITTEES: readonly [string, string][] = [
  ['社区居民委员会', '社区'],
  ['社区居委会', '社区'],
  ['居民委员会', '社区'],
  ['居委会', '社区'],
  ['村民委员会', '村'],
  ['村委会', '村'],
];

/** A village or community name without the committee words: 库木墩村委会 → 库木墩村, 阿克布拉克村村委会 → 阿克布拉克村. */
function placeOfCommittee(key: string): string {
  for (const [committee, ending] of COMMITTEES) {
    if (!key.endsWith(committee) || key.length === committee.length) continue;
    const stem = key.slice(0, -committee.length);
    return stem.endsWith(ending) ? stem : stem + ending;
  }
  return key;
}

/** The text as written and the forms it is tried in after an exact miss (each a lookup key). */
function variants(text: string, prefixes: readonly string[], village: boolean): string[] {
  const out = [lookupKey(text)];
  let key = out[0];
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const p of prefixes) {
      if (key.startsWith(p) && key.length > p.length) {
        key = key.slice(p.length);
        out.push(key);
        stripped = true;
        break;
      }
    }
  }
  if (village) out.push(...out.map(placeOfCommittee));
  return [...new Set(out)];
}

/**
 * A name as the register would write it, for comparing names offices write differently: without the county in
 * front, a committee as its place (疏附县库木墩村村民委员会 → 库木墩村). Used for employers (placement-roster.ts).
 */
export function nameCore(text: string, prefixes: readonly string[]): string {
  const forms = variants(text, prefixes, false);
  return placeOfCommittee(forms[forms.length - 1]);
}

/** Shortest beginning that is read as a unique name (one character would fit too much). */
const MIN_PREFIX = 2;

/** The place found (exact: written as its name), or the names that fit equally well, or nothing. */
export interface NameMatch<T> {
  found?: T;
  exact: boolean;
  candidates?: string[];
}

/**
 * `text` among `byKey` (lookup key → the places of that name): the exact name; else the same name without the county
 * in front or the committee words (村委会 …); else the one name that begins with it. `nameOf` names a candidate in
 * an error; only places `inUse` (not retired) are tried after the exact miss. Ambiguity is never resolved: two
 * names at the same step → their names.
 */
export function matchPlaceName<T>(
  byKey: ReadonlyMap<string, T>,
  text: string,
  prefixes: readonly string[],
  village: boolean,
  nameOf: (found: T) => string,
  inUse: (found: T) => boolean,
): NameMatch<T> {
  const exact = byKey.get(lookupKey(text));
  if (exact) return { found: exact, exact: true };
  const forms = variants(text, prefixes, village);
  const steps: ((key: string) => boolean)[] = [
    (key) => forms.includes(key),
    (key) => forms.some((f) => f.length >= MIN_PREFIX && key.startsWith(f)),
  ];
  for (const step of steps) {
    const keys = [...byKey.keys()].filter((key) => step(key) && inUse(byKey.get(key)!));
    if (keys.length === 1) return { found: byKey.get(keys[0])!, exact: false };
    if (keys.length > 1) return { exact: false, candidates: keys.map((k) => nameOf(byKey.get(k)!)) };
  }
  return { exact: false };
}
