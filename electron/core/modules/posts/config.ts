// The settings behind posts and placements, effective-dated (DOMAIN §3.13, §8), with DOMAIN's defaults.
// No screen edits them yet; a county changes one with a settings row (key, effective_from, JSON value) through
// writeSetting. Keys:
//   wages.minimum                       CFG-01 { monthly: {1..4: fen}, hourly: {1..4: fen}, source? }; effective_from = its date
//   office.minWageTier                  CFG-01 the county's tier 1–4 (default 1)
//   posts.ruralStandard                 CFG-02 rural monthly standard in fen (default: none → the minimum wage)
//   posts.subsidyMaxMonths              CFG-04 (36)
//   posts.nearRetirementMonths          CFG-05 (60)
//   posts.subsidyExtension2020          CFG-06 { fromMonth, toMonth, months } or null = off (2020-01..2020-12, +12)
//   posts.allowRepeatForSpecialHardship CFG-07 (true)
//   posts.subsidyEndRule                CFG-08 'monthBeforeRetirement' | 'retirementMonth'
//   recognition.olderAgeThreshold       CFG-10 { female, male } (45 / 55)
//   posts.ruralMaxAge / posts.ruralContractMonths  CFG-14 (60 / 12)
//   posts.vacancyReportDays             CFG-15 (5)
import type Database from 'better-sqlite3';
import {
  DEFAULT_MIN_WAGES,
  WAGE_TIERS,
  minWageOn,
  type MinWageTable,
  type WageTier,
} from '../../../../shared/domain/min-wage';
import { DEFAULT_SUBSIDY_RULES, type SubsidyRules } from '../../../../shared/domain/subsidy-period';
import { prepared } from '../../db/prepared';
import { readSetting, wholeSetting, wholeSettingOn } from '../settings/queries';

export const POST_SETTING_KEYS = {
  minWage: 'wages.minimum',
  minWageTier: 'office.minWageTier',
  ruralStandard: 'posts.ruralStandard',
  maxMonths: 'posts.subsidyMaxMonths',
  nearRetirementMonths: 'posts.nearRetirementMonths',
  extension2020: 'posts.subsidyExtension2020',
  allowRepeat: 'posts.allowRepeatForSpecialHardship',
  endRule: 'posts.subsidyEndRule',
  olderAge: 'recognition.olderAgeThreshold',
  ruralMaxAge: 'posts.ruralMaxAge',
  ruralContractMonths: 'posts.ruralContractMonths',
  vacancyReportDays: 'posts.vacancyReportDays',
} as const;

const isMonth = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v);

interface StoredWage {
  monthly?: Partial<Record<string, number>>;
  hourly?: Partial<Record<string, number>>;
  source?: string;
}

function tierAmounts(
  v: Partial<Record<string, number>> | undefined,
  fallback: Record<WageTier, number>,
): Record<WageTier, number> {
  const out = { ...fallback };
  for (const t of WAGE_TIERS) out[t] = wholeSetting(v?.[t], fallback[t], 0, Number.MAX_SAFE_INTEGER);
  return out;
}

/** CFG-01 in force on `date`: the latest of the county's rows (wages.minimum) and the built-in table; a tie goes to the row. */
export function minWageTableOn(db: Database.Database, date: string): MinWageTable | null {
  const builtIn = minWageOn(DEFAULT_MIN_WAGES, date);
  const row = prepared(
    db,
    'SELECT effective_from, value FROM settings WHERE key = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1',
  ).get(POST_SETTING_KEYS.minWage, date) as { effective_from: string; value: string } | undefined;
  if (!row || (builtIn && builtIn.effectiveFrom > row.effective_from)) return builtIn;
  const v = JSON.parse(row.value) as StoredWage;
  const base = builtIn ?? DEFAULT_MIN_WAGES[DEFAULT_MIN_WAGES.length - 1];
  return {
    effectiveFrom: row.effective_from,
    monthly: tierAmounts(v.monthly, base.monthly),
    hourly: tierAmounts(v.hourly, base.hourly),
    source: v.source ?? '本县设置',
  };
}

/** CFG-01 the county's tier (1–4), default 1. */
export function wageTierOn(db: Database.Database, date: string): WageTier {
  return wholeSettingOn(db, POST_SETTING_KEYS.minWageTier, date, 1, 1, 4) as WageTier;
}

/**
 * CFG-01: the county's monthly minimum wage (its tier) in force on `date`, fen; null before any table. BR-27
 * (internship allowance) and CFG-25 (the income of a C03 cancellation) read it.
 */
export function minWageFenOn(db: Database.Database, date: string): { fen: number; effectiveFrom: string } | null {
  const table = minWageTableOn(db, date);
  return table ? { fen: table.monthly[wageTierOn(db, date)], effectiveFrom: table.effectiveFrom } : null;
}

/** CFG-02 rural standard in fen, or null when the county has set none. */
export function ruralStandardOn(db: Database.Database, date: string): number | null {
  const v = readSetting<number>(db, POST_SETTING_KEYS.ruralStandard, date);
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/** BR-18 rules (CFG-04, CFG-05, CFG-06, CFG-08) in force on `date` (the first day of the entitlement). */
export function subsidyRulesOn(db: Database.Database, date: string): SubsidyRules {
  let extension = DEFAULT_SUBSIDY_RULES.extension;
  if (hasRow(db, POST_SETTING_KEYS.extension2020, date)) {
    // A stored null (or a malformed value) switches CFG-06 off.
    const v = readSetting<{ fromMonth?: unknown; toMonth?: unknown; months?: unknown } | null>(
      db,
      POST_SETTING_KEYS.extension2020,
      date,
    );
    extension =
      v && isMonth(v.fromMonth) && isMonth(v.toMonth)
        ? { fromMonth: v.fromMonth, toMonth: v.toMonth, months: wholeSetting(v.months, 12, 0, 120) }
        : null;
  }
  const endRule = readSetting<string>(db, POST_SETTING_KEYS.endRule, date);
  return {
    maxMonths: wholeSettingOn(db, POST_SETTING_KEYS.maxMonths, date, DEFAULT_SUBSIDY_RULES.maxMonths, 1, 600),
    nearRetirementMonths: wholeSettingOn(
      db,
      POST_SETTING_KEYS.nearRetirementMonths,
      date,
      DEFAULT_SUBSIDY_RULES.nearRetirementMonths,
      0,
      600,
    ),
    endRule: endRule === 'retirementMonth' ? 'retirementMonth' : 'monthBeforeRetirement',
    extension,
  };
}

function hasRow(db: Database.Database, key: string, date: string): boolean {
  return !!prepared(db, 'SELECT 1 FROM settings WHERE key = ? AND effective_from <= ? LIMIT 1').get(key, date);
}

export interface PlacementRules {
  /** CFG-07 allow_repeat_for_special_hardship. */
  allowRepeat: boolean;
  /** CFG-10 K01 thresholds (completed years). */
  olderAge: { female: number; male: number };
  /** CFG-14 rural new hires: age cap and contract term. */
  ruralMaxAge: number;
  ruralContractMonths: number;
  /** CFG-15 vacancy report within N days of leaving. */
  vacancyReportDays: number;
}

export function placementRulesOn(db: Database.Database, date: string): PlacementRules {
  const older = readSetting<{ female?: unknown; male?: unknown }>(db, POST_SETTING_KEYS.olderAge, date) ?? {};
  return {
    allowRepeat: readSetting<boolean>(db, POST_SETTING_KEYS.allowRepeat, date) !== false,
    olderAge: { female: wholeSetting(older.female, 45, 16, 70), male: wholeSetting(older.male, 55, 16, 70) },
    ruralMaxAge: wholeSettingOn(db, POST_SETTING_KEYS.ruralMaxAge, date, 60, 16, 70),
    ruralContractMonths: wholeSettingOn(db, POST_SETTING_KEYS.ruralContractMonths, date, 12, 1, 120),
    vacancyReportDays: wholeSettingOn(db, POST_SETTING_KEYS.vacancyReportDays, date, 5, 0, 365),
  };
}
