// Recognition settings (DOMAIN §8), effective-dated like the posts settings, read on the date they judge:
//   recognition.olderAgeThreshold  CFG-10 { female, male } (45 / 55)   — shared with posts/config.ts
//   recognition.longTermMonths     CFG-11 (12)
//   recognition.longTermReferrals  CFG-11 (3)
//   recognition.noticeDays         CFG-12 (3)
//   recognition.hukouRequired      CFG-13 (false)
//   recognition.dibaoUnemployedMonths  E06 K03 (XJ 2020: 低保 plus ≥ 6 months continuously unemployed; 0 = off)
//   recognition.assistanceMonths   BR-06 (3): months without employment assistance before the 待就业援助 list
import type Database from 'better-sqlite3';
import type { CategoryRules } from '../../../../shared/domain/category-checks';
import { DEFAULT_LONG_TERM } from '../../../../shared/domain/long-term-unemployment';
import { ASSISTANCE_MONTHS_KEY, DEFAULT_ASSISTANCE_MONTHS } from '../../../../shared/domain/employment-assistance';
import { readSetting, wholeSettingOn } from '../settings/queries';
import { placementRulesOn } from '../posts/config';

const RECOGNITION_SETTING_KEYS = {
  longTermMonths: 'recognition.longTermMonths',
  longTermReferrals: 'recognition.longTermReferrals',
  noticeDays: 'recognition.noticeDays',
  hukouRequired: 'recognition.hukouRequired',
  dibaoUnemployedMonths: 'recognition.dibaoUnemployedMonths',
  assistanceMonths: ASSISTANCE_MONTHS_KEY,
} as const;

interface RecognitionRules extends CategoryRules {
  noticeDays: number;
  hukouRequired: boolean;
}

export function recognitionRulesOn(db: Database.Database, date: string): RecognitionRules {
  return {
    olderAge: placementRulesOn(db, date).olderAge,
    longTerm: {
      months: wholeSettingOn(db, RECOGNITION_SETTING_KEYS.longTermMonths, date, DEFAULT_LONG_TERM.months, 1, 120),
      referrals: wholeSettingOn(
        db,
        RECOGNITION_SETTING_KEYS.longTermReferrals,
        date,
        DEFAULT_LONG_TERM.referrals,
        0,
        50,
      ),
    },
    dibaoUnemployedMonths: wholeSettingOn(db, RECOGNITION_SETTING_KEYS.dibaoUnemployedMonths, date, 6, 0, 120),
    noticeDays: wholeSettingOn(db, RECOGNITION_SETTING_KEYS.noticeDays, date, 3, 1, 60),
    hukouRequired: readSetting<boolean>(db, RECOGNITION_SETTING_KEYS.hukouRequired, date) === true,
  };
}

/** BR-06: the months without employment assistance after which a recognised person is listed (待就业援助). */
export const assistanceMonthsOn = (db: Database.Database, date: string): number =>
  wholeSettingOn(db, ASSISTANCE_MONTHS_KEY, date, DEFAULT_ASSISTANCE_MONTHS, 1, 24);
