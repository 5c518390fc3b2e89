// How the county shows figures and ID numbers (DOMAIN §8, rule-settings.ts): CFG-29 the ID mask pattern of lists
// and masked exports, CFG-30 the money unit of the statistical tables. Each is one indexed settings lookup
// (readSetting's cached statement): a list reads it once per call, never per row.
import type Database from 'better-sqlite3';
import { idMaskPattern, maskIdNumber, maskPersonName, type IdMaskPattern } from '../../../../shared/domain/masking';
import { ID_MASK_KEY, MONEY_UNIT_KEY, NOTICE_NAME_MASK_KEY } from '../../../../shared/domain/rule-settings';
import type { MoneyUnit } from '../../excel/report-definition';
import { readSetting } from './queries';

/** CFG-29: the ID mask pattern in force on `date` (lists: the working date); 6 + 4 until the county sets one. */
export function idMaskOn(db: Database.Database, date: string): IdMaskPattern {
  return idMaskPattern(readSetting(db, ID_MASK_KEY, date));
}

export type IdMasker = (raw: string | null | undefined) => string;

/** CFG-29: masks ID numbers with the pattern in force on `date`; read once, applied to every row of a list. */
export function idMaskerOn(db: Database.Database, date: string): IdMasker {
  const pattern = idMaskOn(db, date);
  return (raw) => maskIdNumber(raw, pattern);
}

/** VR-09 公示名单姓名脱敏 in force on `date`: names as the public notice prints them (in full until the county sets it). */
export function noticeNameMaskerOn(db: Database.Database, date: string): (name: string) => string {
  const mode = readSetting(db, NOTICE_NAME_MASK_KEY, date) === 'keepSurname' ? 'keepSurname' : 'none';
  return (name) => maskPersonName(name, mode);
}

/** CFG-30: the unit of the statistical tables' amounts in force on `date` (the report period's last day). */
export function moneyUnitOn(db: Database.Database, date: string): MoneyUnit {
  return readSetting(db, MONEY_UNIT_KEY, date) === 'wanYuan' ? '万元' : '元';
}

/** A person as the audit summaries name them: 姓名（ID masked with the pattern in force on the working date, CFG-29）. */
export const personWho = (ctx: { db: Database.Database; today: () => string }, name: string, idNumber: string) =>
  `${name}（${idMaskerOn(ctx.db, ctx.today())(idNumber)}）`;

/** The person a row is about as every answer naming one shows them (personColumns in shared/contract), ID masked. */
export const personColumnsOf = (r: { person_id: string; person_name: string; id_number: string }, mask: IdMasker) => ({
  personId: r.person_id,
  personName: r.person_name,
  idNumberMasked: mask(r.id_number),
});
