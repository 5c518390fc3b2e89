import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';

/** Effective-dated settings (DOMAIN §3.13): the value in force on `onDate` is the latest effective_from ≤ onDate. */
export function readSetting<T>(db: Database.Database, key: string, onDate = '9999-12-31'): T | null {
  // A cached statement: lists read a setting once per call (CFG-29 mask), entries several per save.
  const row = prepared(
    db,
    'SELECT value FROM settings WHERE key = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1',
  ).get(key, onDate) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : null;
}

/** A setting's whole number when it lies in [min, max], else `fallback` (a stored value out of range or of another type). */
export const wholeSetting = (v: unknown, fallback: number, min: number, max = Infinity): number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;

/** The whole-number setting `key` in force on `date`, checked as wholeSetting does. */
export const wholeSettingOn = (
  db: Database.Database,
  key: string,
  date: string,
  fallback: number,
  min: number,
  max = Infinity,
): number => wholeSetting(readSetting(db, key, date), fallback, min, max);

export function writeSetting(
  db: Database.Database,
  key: string,
  value: unknown,
  by: string,
  at: string,
  effectiveFrom = '0000-01-01',
): void {
  db.prepare(
    `INSERT INTO settings (key, effective_from, value, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key, effective_from) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(key, effectiveFrom, JSON.stringify(value), at, by);
}
