// The settings behind attendance and subsidy rosters, effective-dated and read on the first day of the month:
//   subsidy.prorationMode   CFG-09 (read through internships/config.ts, which owns the key)
//   calendar.workingDays    the working-day calendar the contact deadlines use (registrations/config.ts)
//   subsidy.siInjuryIncluded CFG-03 work injury insurance counts in the social-insurance subsidy (default false)
//   subsidy.siClaim         CFG-03 / BR-24 'together' (default: the 岗位补贴 roster carries the social-insurance
//                           subsidy too) or 'separate' (a 社保补贴 roster of its own, and its own RPT-06 sheet)
import type Database from 'better-sqlite3';
import type { ProrationMode } from '../../../../shared/domain/allowance';
import type { WorkingCalendar } from '../../../../shared/domain/working-days';
import { internshipRulesOn } from '../internships/config';
import { readContactRules } from '../registrations/config';
import { readSetting } from '../settings/queries';

export const SUBSIDY_SETTING_KEYS = {
  siInjuryIncluded: 'subsidy.siInjuryIncluded',
  siClaim: 'subsidy.siClaim',
} as const;

export interface SubsidyMonthRules {
  mode: ProrationMode;
  calendar: WorkingCalendar;
  siInjuryIncluded: boolean;
  siClaim: 'together' | 'separate';
}

export function subsidyRulesForMonth(db: Database.Database, month: string): SubsidyMonthRules {
  const first = `${month}-01`;
  const contact = readContactRules(db, first);
  return {
    mode: internshipRulesOn(db, first).prorationMode,
    calendar: { holidays: contact.holidays, workdays: contact.workdays },
    siInjuryIncluded: readSetting<boolean>(db, SUBSIDY_SETTING_KEYS.siInjuryIncluded, first) === true,
    siClaim: readSetting<string>(db, SUBSIDY_SETTING_KEYS.siClaim, first) === 'separate' ? 'separate' : 'together',
  };
}
