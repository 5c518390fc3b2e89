// The settings behind attendance and subsidy rosters, effective-dated and read on the first day of the month:
//   subsidy.prorationMode   CFG-09 (read through internships/config.ts, which owns the key)
//   calendar.workingDays    the working-day calendar the contact deadlines use (registrations/config.ts)
//   subsidy.siInjuryIncluded CFG-03 work injury insurance counts in the social-insurance subsidy (default false)
//   subsidy.siClaim         CFG-03 / BR-24 'together' (default: the 岗位补贴 roster carries the social-insurance
//                           subsidy too) or 'separate' (a 社保补贴 roster of its own, and its own RPT-06 sheet)
//   subsidy.claimPeriod     BR-24 'month' (default: a roster per month) or 'quarter' (a roster covers the quarter's
//                           three months; read on the quarter's first day)
import type Database from 'better-sqlite3';
import type { ProrationMode } from '../../../../shared/domain/allowance';
import { quarterStart } from '../../../../shared/domain/claim-period';
import { addMonths } from '../../../../shared/domain/dates';
import type { WorkingCalendar } from '../../../../shared/domain/working-days';
import { internshipRulesOn } from '../internships/config';
import { readContactRules, workingCalendar } from '../registrations/config';
import { readSetting } from '../settings/queries';

const SUBSIDY_SETTING_KEYS = {
  siInjuryIncluded: 'subsidy.siInjuryIncluded',
  siClaim: 'subsidy.siClaim',
  claimPeriod: 'subsidy.claimPeriod',
} as const;

export interface SubsidyMonthRules {
  mode: ProrationMode;
  calendar: WorkingCalendar;
  siInjuryIncluded: boolean;
  siClaim: 'together' | 'separate';
  claimPeriod: 'month' | 'quarter';
}

export function subsidyRulesForMonth(db: Database.Database, month: string): SubsidyMonthRules {
  const first = `${month}-01`;
  const contact = readContactRules(db, first);
  return {
    mode: internshipRulesOn(db, first).prorationMode,
    calendar: workingCalendar(contact, first),
    siInjuryIncluded: readSetting<boolean>(db, SUBSIDY_SETTING_KEYS.siInjuryIncluded, first) === true,
    siClaim: readSetting<string>(db, SUBSIDY_SETTING_KEYS.siClaim, first) === 'separate' ? 'separate' : 'together',
    claimPeriod: readSetting<string>(db, SUBSIDY_SETTING_KEYS.claimPeriod, first) === 'quarter' ? 'quarter' : 'month',
  };
}

/** The first and last month a roster covers: one month, or a quarter (BR-24). */
export interface ClaimPeriod {
  from: string;
  to: string;
}

/** The months a new roster of `month` covers (BR-24): the month, or its quarter when claimed by quarter. */
export function claimPeriodOf(db: Database.Database, month: string): ClaimPeriod {
  const from = quarterStart(month);
  return subsidyRulesForMonth(db, from).claimPeriod === 'quarter'
    ? { from, to: addMonths(from, 2) }
    : { from: month, to: month };
}
