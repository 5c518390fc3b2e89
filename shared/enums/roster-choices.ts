// What a clerk may write in each coded column of an imported roster (issue 14): the Chinese labels of its code list,
// or 是/否. The core's blank templates offer them as drop-down lists and the import page as default values.
import { EDUCATIONS, EMPLOYMENT_STATUSES, POVERTY_STATUSES, SEXES } from './person-codes';
import { ETHNICITIES_XINJIANG_FIRST } from './ethnicity';
import { CONTRACT_TYPES, EMPLOYER_NATURES, POST_TYPES } from './post-codes';
import { JOB_WISHES, SERVICE_LEVELS, UNEMPLOYMENT_REASONS } from './registration-codes';

const labels = (list: readonly { label: string }[]) => list.map((i) => i.label);
const YES_NO = ['是', '否'];

export const ROSTER_CHOICES = {
  sex: labels(SEXES),
  ethnicity: labels(ETHNICITIES_XINJIANG_FIRST),
  education: labels(EDUCATIONS),
  employmentStatus: labels(EMPLOYMENT_STATUSES),
  povertyStatus: labels(POVERTY_STATUSES),
  isDifficult: YES_NO,
  dibao: YES_NO,
  // 失业登记 roster
  reason: labels(UNEMPLOYMENT_REASONS),
  jobWish: labels(JOB_WISHES),
  serviceLevel: labels(SERVICE_LEVELS),
  receivesUi: YES_NO,
  // 公益性岗位安置 roster
  employerNature: labels(EMPLOYER_NATURES),
  postType: labels(POST_TYPES),
  contractType: labels(CONTRACT_TYPES),
} satisfies Record<string, readonly string[]>;

export type RosterChoiceKey = keyof typeof ROSTER_CHOICES;

/** The choices of the columns `keys`, e.g. a template's drop-down lists. */
export const rosterChoices = <K extends RosterChoiceKey>(...keys: K[]): Record<K, string[]> =>
  Object.fromEntries(keys.map((k) => [k, [...ROSTER_CHOICES[k]]])) as Record<K, string[]>;
