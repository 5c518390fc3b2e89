import type Database from 'better-sqlite3';
import type { AppSettings, OfficeInput } from '../../../../shared/contract/settings';
import { ruleViolation } from '../../../../shared/contract/result';
import { readSetting, writeSetting } from './queries';

const KEY_OFFICE = 'office';

export type Office = NonNullable<AppSettings['office']>;

export function readSettings(db: Database.Database): AppSettings {
  return {
    office: readSetting<Office>(db, KEY_OFFICE),
  };
}

/** The office (单位信息) an export's title and file name need, or a refusal saying to fill it in first. */
export function requireOffice(
  db: Database.Database,
  refusal = '请先在“设置 → 单位信息”中填写单位名称、县(市、区)名称和区划代码。',
): Office {
  const office = readSettings(db).office;
  if (!office) throw ruleViolation(refusal);
  return office;
}

/** Stores the county code in its 12-digit form (DOMAIN §3.12). */
function normalizeOffice(input: OfficeInput): Office {
  const code6 = input.countyCode.slice(0, 6);
  return { name: input.name, countyName: input.countyName, countyCode: `${code6}000000` };
}

export function saveOffice(db: Database.Database, input: OfficeInput, by: string, at: string): Office {
  const office = normalizeOffice(input);
  writeSetting(db, KEY_OFFICE, office, by, at);
  return office;
}
