import type Database from 'better-sqlite3';
import type { Region } from '../../../../shared/contract/regions';
import { insertRow, updateRow } from '../../db/update-row';

const COLUMNS = `id, code, name, level, parent_id AS parentId, urban_rural_code AS urbanRuralCode, retired_on AS retiredOn,
  office_phone AS officePhone`;

export function listRegions(db: Database.Database, includeRetired: boolean): Region[] {
  const where = includeRetired ? '' : 'WHERE retired_on IS NULL';
  return db.prepare(`SELECT ${COLUMNS} FROM regions ${where} ORDER BY code`).all() as Region[];
}

export function getRegion(db: Database.Database, id: string): Region | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM regions WHERE id = ?`).get(id) as Region | undefined;
}

export function getRegionByCode(db: Database.Database, code: string): Region | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM regions WHERE code = ?`).get(code) as Region | undefined;
}

export function findSiblingByName(db: Database.Database, parentId: string | null, name: string): Region | undefined {
  return db
    .prepare(`SELECT ${COLUMNS} FROM regions WHERE parent_id IS ? AND name = ? AND retired_on IS NULL`)
    .get(parentId, name) as Region | undefined;
}

export function countActiveChildren(db: Database.Database, id: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM regions WHERE parent_id = ? AND retired_on IS NULL').get(id) as { n: number }
  ).n;
}

interface RegionInsert {
  id: string;
  code: string;
  name: string;
  level: 4 | 5;
  parentId: string | null;
  urbanRuralCode: string | null;
  by: string;
  at: string;
}

export function insertRegion(db: Database.Database, r: RegionInsert): void {
  const row = { code: r.code, name: r.name, level: r.level, parent_id: r.parentId, urban_rural_code: r.urbanRuralCode };
  insertRow(db, 'regions', r.id, row, r.by, r.at, Object.keys(row));
}

const PATCH_COLUMNS = {
  name: 'name',
  retiredOn: 'retired_on',
  urbanRuralCode: 'urban_rural_code',
  officePhone: 'office_phone',
} as const;

export function updateRegion(
  db: Database.Database,
  id: string,
  patch: { name?: string; retiredOn?: string | null; urbanRuralCode?: string | null; officePhone?: string | null },
  by: string,
  at: string,
): void {
  const set = Object.fromEntries(
    (Object.entries(PATCH_COLUMNS) as [keyof typeof PATCH_COLUMNS, string][])
      .filter(([key]) => patch[key] !== undefined)
      .map(([key, column]) => [column, patch[key]]),
  );
  if (Object.keys(set).length) updateRow(db, 'regions', id, set, by, at);
}
