import type Database from 'better-sqlite3';
import { badInput, conflict, ruleViolation } from '../../../../shared/contract';
import type { Region, RegionCreateInput } from '../../../../shared/contract/regions';
import { newId } from '../../ids';
import { readSettings } from '../settings/service';
import { checkCodeAgainstParent } from './codes';
import {
  countActiveChildren,
  findSiblingByName,
  getRegion,
  getRegionByCode,
  insertRegion,
  updateRegion,
} from './queries';
import { found } from '../../db/found';

export const levelLabel = (level: 4 | 5) => (level === 4 ? '乡镇(街道)' : '村(社区)');

export function requireCountyCode(db: Database.Database): string {
  const office = readSettings(db).office;
  if (!office) throw ruleViolation('请先在“设置 → 单位信息”中填写本县的区划代码，再录入乡镇和村。');
  return office.countyCode;
}

function requireRegion(db: Database.Database, id: string): Region {
  return found(getRegion(db, id), '找不到该区划，可能已被删除。');
}

export function createRegion(db: Database.Database, input: RegionCreateInput, by: string, at: string): Region {
  const county = requireCountyCode(db);
  const parent = input.parentId ? requireRegion(db, input.parentId) : null;
  if (parent && parent.level !== 4) throw badInput({ parentId: '村(社区)只能建在乡镇(街道)之下' });
  if (parent?.retiredOn) throw ruleViolation(`所属乡镇“${parent.name}”已撤销，不能在其下新增村(社区)。`);
  const check = checkCodeAgainstParent(input.code, county, parent?.code ?? null);
  if (!check.ok) throw badInput({ code: check.message });
  const existing = getRegionByCode(db, input.code);
  if (existing) {
    throw conflict(
      `区划代码 ${input.code} 已被“${existing.name}”使用。`,
      { existingId: existing.id },
      { code: `已被“${existing.name}”使用` },
    );
  }
  assertNameFree(db, parent?.id ?? null, input.name, null);
  const id = newId();
  insertRegion(db, {
    id,
    code: input.code,
    name: input.name,
    level: check.level,
    parentId: parent?.id ?? null,
    urbanRuralCode: input.urbanRuralCode ?? null,
    by,
    at,
  });
  return requireRegion(db, id);
}

function assertNameFree(db: Database.Database, parentId: string | null, name: string, selfId: string | null) {
  const same = findSiblingByName(db, parentId, name);
  if (same && same.id !== selfId) {
    throw conflict(
      `同一上级下已有名为“${name}”的区划（${same.code}）。`,
      { existingId: same.id },
      { name: `已有同名区划（${same.code}）` },
    );
  }
}

/** 修改: the name and, when given, the office phone of the 公示名单 (null clears it). */
export function renameRegion(
  db: Database.Database,
  id: string,
  name: string,
  by: string,
  at: string,
  officePhone?: string | null,
) {
  const before = requireRegion(db, id);
  assertNameFree(db, before.parentId, name, id);
  updateRegion(db, id, { name, officePhone }, by, at);
  return { before, after: requireRegion(db, id) };
}

export function retireRegion(db: Database.Database, id: string, date: string, by: string, at: string): Region {
  const r = requireRegion(db, id);
  if (r.retiredOn) throw ruleViolation(`“${r.name}”已于 ${r.retiredOn} 撤销。`);
  const children = countActiveChildren(db, id);
  if (children > 0) throw ruleViolation(`“${r.name}”下还有 ${children} 个村(社区)在用，请先撤销或调整它们。`);
  updateRegion(db, id, { retiredOn: date }, by, at);
  return requireRegion(db, id);
}

export function restoreRegion(db: Database.Database, id: string, by: string, at: string): Region {
  const r = requireRegion(db, id);
  if (!r.retiredOn) throw ruleViolation(`“${r.name}”未撤销，无需恢复。`);
  const parent = r.parentId ? requireRegion(db, r.parentId) : null;
  if (parent?.retiredOn) throw ruleViolation(`所属乡镇“${parent.name}”已撤销，请先恢复乡镇。`);
  assertNameFree(db, r.parentId, r.name, id);
  updateRegion(db, id, { retiredOn: null }, by, at);
  return requireRegion(db, id);
}

/** 城乡分类代码 (E05) of a village; townships carry none. */
export function setUrbanRural(db: Database.Database, id: string, code: string | null, by: string, at: string) {
  const before = requireRegion(db, id);
  if (before.level !== 5) throw badInput({ urbanRuralCode: '城乡分类只用于村(社区)' });
  updateRegion(db, id, { urbanRuralCode: code }, by, at);
  return { before, after: requireRegion(db, id) };
}
