// Person settings, effective-dated (DOMAIN §8): CFG-28 persons.femaleRetirementDefault — the E25 category a woman
// gets when the form or the import leaves it empty (F50 女职工 by default, F55 where the county sets it).
import type Database from 'better-sqlite3';
import { readSetting } from '../settings/queries';

const FEMALE_RETIREMENT_DEFAULT_KEY = 'persons.femaleRetirementDefault';

/** CFG-28 in force on `date`. */
export function femaleRetirementDefaultOn(db: Database.Database, date: string): 'F50' | 'F55' {
  return readSetting<string>(db, FEMALE_RETIREMENT_DEFAULT_KEY, date) === 'F55' ? 'F55' : 'F50';
}
