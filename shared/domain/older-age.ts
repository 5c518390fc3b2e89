// BR-11 age category (E06 K01 大龄失业人员): age on the application date (BR-01) ≥ the threshold for the person's
// sex (CFG-10, default women 45 / men 55, the XJ 2020 rule; alternative profile 40 / 50).
import { ageOn } from './age';

export interface OlderAgeThresholds {
  female: number;
  male: number;
}

export const DEFAULT_OLDER_AGE: OlderAgeThresholds = { female: 45, male: 55 };

export interface RuleResult {
  ok: boolean;
  /** Plain Chinese: why it passes or fails. */
  why: string;
}

export const thresholdFor = (sex: '1' | '2', t: OlderAgeThresholds) => (sex === '1' ? t.male : t.female);
const sexWord = (sex: '1' | '2') => (sex === '1' ? '男性' : '女性');

/** BR-11 on `onDate` (the application date, or the date the category is relied on). */
export function checkOlderAge(
  birthDate: string,
  sex: '1' | '2',
  onDate: string,
  t: OlderAgeThresholds,
): RuleResult & { age: number; threshold: number } {
  const age = ageOn(birthDate, onDate);
  const threshold = thresholdFor(sex, t);
  return age >= threshold
    ? { ok: true, age, threshold, why: `${onDate}时${age}周岁，达到${sexWord(sex)}${threshold}周岁` }
    : { ok: false, age, threshold, why: `${onDate}时${age}周岁，未达到${sexWord(sex)}${threshold}周岁` };
}
