// Settings behind internships, effective-dated (DOMAIN §3.13, §8), with DOMAIN's defaults. Keys:
//   internships.months             CFG-16 { min, default, max } (3 / 6 / 12)
//   internships.hostAllowancePercent CFG-17 host allowance ≥ this % of the minimum wage (50)
//   internships.graduateWindowMonths CFG-18 (24)
//   internships.youthAges          CFG-18 { min, max } completed years (16 / 24)
//   internships.onceOnly           CFG-19 (true)
//   internships.earlyHireMinYears  CFG-20 (2)
//   internships.requireHostAllowanceVerified BR-27 a 见习补贴 roster takes only months whose host allowance was
//                                  verified (false), read on the roster month's first day
//   internships.allowOtherType     E20 9 其他 may be registered (false; a database that held such internships before
//                                  the setting existed has it on: migration 0027), read on the agreement start
//   subsidy.prorationMode          CFG-09 'PRORATE_DAYS_ON_POST' | 'FULL_IF_ON_POST' | 'PRORATE_ATTENDANCE'
// The minimum wage (CFG-01) and the county's tier come from modules/posts/config.ts (wages.minimum, office.minWageTier).
import type Database from 'better-sqlite3';
import { DEFAULT_PRORATION_MODE, PRORATION_MODES, type ProrationMode } from '../../../../shared/domain/allowance';
import { readSetting, wholeSetting, wholeSettingOn } from '../settings/queries';

export const INTERNSHIP_SETTING_KEYS = {
  months: 'internships.months',
  hostPercent: 'internships.hostAllowancePercent',
  graduateWindow: 'internships.graduateWindowMonths',
  youthAges: 'internships.youthAges',
  onceOnly: 'internships.onceOnly',
  earlyHireYears: 'internships.earlyHireMinYears',
  requireHostVerified: 'internships.requireHostAllowanceVerified',
  allowOtherType: 'internships.allowOtherType',
  prorationMode: 'subsidy.prorationMode',
} as const;

export interface InternshipRules {
  minMonths: number;
  maxMonths: number;
  hostPercent: number;
  graduateWindowMonths: number;
  youthMinAge: number;
  youthMaxAge: number;
  onceOnly: boolean;
  earlyHireMinYears: number;
  requireHostVerified: boolean;
  allowOtherType: boolean;
  prorationMode: ProrationMode;
}

export function internshipRulesOn(db: Database.Database, date: string): InternshipRules {
  const k = INTERNSHIP_SETTING_KEYS;
  const months = readSetting<{ min?: unknown; max?: unknown }>(db, k.months, date) ?? {};
  const ages = readSetting<{ min?: unknown; max?: unknown }>(db, k.youthAges, date) ?? {};
  const mode = readSetting<string>(db, k.prorationMode, date);
  return {
    minMonths: wholeSetting(months.min, 3, 1, 24),
    maxMonths: wholeSetting(months.max, 12, 1, 36),
    hostPercent: wholeSettingOn(db, k.hostPercent, date, 50, 0, 200),
    graduateWindowMonths: wholeSettingOn(db, k.graduateWindow, date, 24, 1, 120),
    youthMinAge: wholeSetting(ages.min, 16, 14, 30),
    youthMaxAge: wholeSetting(ages.max, 24, 14, 35),
    onceOnly: readSetting<boolean>(db, k.onceOnly, date) !== false,
    earlyHireMinYears: wholeSettingOn(db, k.earlyHireYears, date, 2, 1, 20),
    requireHostVerified: readSetting<boolean>(db, k.requireHostVerified, date) === true,
    allowOtherType: readSetting<boolean>(db, k.allowOtherType, date) === true,
    prorationMode: PRORATION_MODES.includes(mode as ProrationMode) ? (mode as ProrationMode) : DEFAULT_PRORATION_MODE,
  };
}

/** CFG-21 internships.retentionThresholds: off by default in XJ; when on, the bonus and revoke lines (percent). */
export function retentionThresholdsOn(
  db: Database.Database,
  date: string,
): { bonusPercent: number; revokePercent: number } | null {
  const v = readSetting<{ enabled?: unknown; bonusPercent?: unknown; revokePercent?: unknown }>(
    db,
    'internships.retentionThresholds',
    date,
  );
  if (!v || v.enabled !== true) return null;
  return {
    bonusPercent: wholeSetting(v.bonusPercent, 50, 0, 100),
    revokePercent: wholeSetting(v.revokePercent, 20, 0, 100),
  };
}
