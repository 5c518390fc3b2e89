// How the county shows figures and ID numbers (DOMAIN §8, rule-settings.ts): CFG-29 the ID mask pattern of lists
// and masked exports, CFG-30 the money unit of the statistical tables. Each is one indexed settings lookup on a
// cached statement: a list reads it once per call, never per row.
import type Database from 'better-sqlite3';
import { DEFAULT_ID_MASK, idMaskPattern, maskIdNumber, type IdMaskPattern } from '../../../../shared/domain/masking';
import { ID_MASK_KEY, MONEY_UNIT_KEY } from '../../../../shared/domain/rule-settings';
import type { MoneyUnit } from '../../excel/report-definition';
import { prepared } from '../../db/prepared';

const IN_FORCE =
  'SELECT value FROM settings WHERE key = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1';

function inForce(db: Database.Database, key: string, date: string): unknown {
  const v = prepared(db, IN_FORCE).pluck().get(key, date) as string | undefined;
  return v === undefined ? undefined : (JSON.parse(v) as unknown);
}

/** CFG-29: the ID mask pattern in force on `date` (lists: the working date); 6 + 4 until the county sets one. */
export function idMaskOn(db: Database.Database, date: string): IdMaskPattern {
  const v = inForce(db, ID_MASK_KEY, date);
  return v === undefined ? DEFAULT_ID_MASK : idMaskPattern(v);
}

/** CFG-29: masks ID numbers with the pattern in force on `date`; read once, applied to every row of a list. */
export function idMaskerOn(db: Database.Database, date: string): (raw: string | null | undefined) => string {
  const pattern = idMaskOn(db, date);
  return (raw) => maskIdNumber(raw, pattern);
}

/** CFG-30: the unit of the statistical tables' amounts in force on `date` (the report period's last day). */
export function moneyUnitOn(db: Database.Database, date: string): MoneyUnit {
  return inForce(db, MONEY_UNIT_KEY, date) === 'wanYuan' ? '万元' : '元';
}
