// The settings behind the monthly routine, effective-dated (DOMAIN §3.13, §8), with DOMAIN's defaults.
// No screen edits them yet; a county changes them with a settings row (key, effective_from, JSON value).
import type Database from 'better-sqlite3';
import type { ContactRules } from '../../../../shared/contract/registrations';
import { FIRST_CONTACT_WORKING_DAYS } from '../../../../shared/domain/contact-due';
import { withStatutoryHolidays } from '../../../../shared/domain/national-holidays';
import { DEFAULT_SERVICE_LEVEL_RULES } from '../../../../shared/domain/service-level';
import type { WorkingCalendar } from '../../../../shared/domain/working-days';
import { readSetting, wholeSetting, wholeSettingOn } from '../settings/queries';

export const SETTING_KEYS = {
  /** CFG-22 contact_min_per_month by level: { A, B, C }. */
  minPerMonth: 'contacts.minPerMonth',
  /** CFG-23 lost_contact_months. */
  lostContactMonths: 'contacts.lostContactMonths',
  /** BR-07 lost_contact_months for a member of a zero-employment household (2–6). */
  zeroHouseholdLostContactMonths: 'contacts.zeroHouseholdLostContactMonths',
  /** CFG-24 service_level_rules: { longTermMonths }. */
  serviceLevelRules: 'registrations.serviceLevelRules',
  /** BR-04 (S10): first contact within N working days of registration. */
  firstContactWorkingDays: 'contacts.firstContactWorkingDays',
  /** 工作日 calendar: { holidays: [weekdays off], workdays: [weekend days worked] }. */
  calendar: 'calendar.workingDays',
} as const;

const DEFAULT_MIN_PER_MONTH = { A: 2, B: 1, C: 1 } as const;
const DEFAULT_LOST_CONTACT_MONTHS = 6;

const dates = (v: unknown): string[] => (Array.isArray(v) ? v.filter((d): d is string => typeof d === 'string') : []);

/** Effective values on `date` (the month end for monthly lists and reports; today for entries). */
export function readContactRules(db: Database.Database, date: string): ContactRules {
  const min = readSetting<Partial<Record<'A' | 'B' | 'C', number>>>(db, SETTING_KEYS.minPerMonth, date) ?? {};
  const level = readSetting<{ longTermMonths?: number }>(db, SETTING_KEYS.serviceLevelRules, date) ?? {};
  const calendar = readSetting<WorkingCalendar>(db, SETTING_KEYS.calendar, date) ?? {};
  const lost = wholeSettingOn(db, SETTING_KEYS.lostContactMonths, date, DEFAULT_LOST_CONTACT_MONTHS, 1);
  const zeroLost = wholeSettingOn(db, SETTING_KEYS.zeroHouseholdLostContactMonths, date, lost, 2, 6);
  return {
    // BR-05: the legal floor is 1 a month for every level.
    minPerMonth: {
      A: wholeSetting(min.A, DEFAULT_MIN_PER_MONTH.A, 1),
      B: wholeSetting(min.B, DEFAULT_MIN_PER_MONTH.B, 1),
      C: wholeSetting(min.C, DEFAULT_MIN_PER_MONTH.C, 1),
    },
    lostContactMonths: lost,
    zeroHouseholdLostContactMonths: Math.min(zeroLost, lost),
    longTermMonths: wholeSetting(level.longTermMonths, DEFAULT_SERVICE_LEVEL_RULES.longTermMonths, 1),
    firstContactWorkingDays: wholeSettingOn(
      db,
      SETTING_KEYS.firstContactWorkingDays,
      date,
      FIRST_CONTACT_WORKING_DAYS,
      0,
    ),
    holidays: dates(calendar.holidays),
    workdays: dates(calendar.workdays),
  };
}

/**
 * The calendar the working-day rules count with on `date` (BR-04 deadlines, 应出勤天数, class days): the county's
 * stored days (`rules`, as readContactRules reads them) plus the statutory fixed-date holidays of a year whose notice
 * is not built in yet (national-holidays.ts), up to the year after `date` so a deadline across the year end counts
 * 1 January. The stored calendar and the 工作日历 tab stay as the county entered them.
 */
export function workingCalendar(rules: Pick<ContactRules, 'holidays' | 'workdays'>, date: string): WorkingCalendar {
  return withStatutoryHolidays({ holidays: rules.holidays, workdays: rules.workdays }, Number(date.slice(0, 4)) + 1);
}
