// Default values the clerk gives for fields a roster lacks (issue 14), checked once before any row is read:
// a default that is not a valid value would otherwise be one error per row.
import { PERSON_IMPORT_NO_DEFAULT } from '../../../../shared/contract/imports';
import { ruleViolation } from '../../../../shared/contract/result';
import {
  educationCode,
  employmentStatusCode,
  ethnicityCode,
  povertyStatusCode,
  sexCode,
  yesNoCode,
  type CodeRead,
} from './person-codes';
import { importLabel } from './person-columns';
import type { Places } from './places';

/** Fields that identify one person: a value for every row makes no sense. */
const NO_DEFAULT = new Set(PERSON_IMPORT_NO_DEFAULT);

/** The reader of each coded person field: a default is checked as a cell of the column is read (person-rows.ts). */
export const PERSON_CODED = {
  sex: sexCode,
  ethnicity: ethnicityCode,
  education: educationCode,
  employmentStatus: employmentStatusCode,
  povertyStatus: povertyStatusCode,
  isDifficult: yesNoCode(importLabel('isDifficult')),
  dibao: yesNoCode(importLabel('dibao')),
} satisfies Record<string, (t: string) => CodeRead>;

/** What a roster kind allows as defaults: fields that take none, coded fields with their reader, labels. */
export interface DefaultRules {
  noDefault: ReadonlySet<string>;
  coded: Record<string, (t: string) => CodeRead>;
  label: (key: string) => string;
}

export const PERSON_DEFAULT_RULES: DefaultRules = { noDefault: NO_DEFAULT, coded: PERSON_CODED, label: importLabel };

/** Refuses, in one Chinese message naming each field, every default that cannot be used. */
export function checkPersonDefaults(
  defaults: Readonly<Record<string, string>>,
  places: Places,
  rules: DefaultRules = PERSON_DEFAULT_RULES,
): void {
  const problems: string[] = [];
  const fields: Record<string, string> = {};
  const refuse = (key: string, message: string) => {
    problems.push(message);
    fields[`defaults.${key}`] = message;
  };
  for (const [key, value] of Object.entries(defaults)) {
    const label = rules.label(key);
    if (rules.noDefault.has(key)) {
      refuse(key, `“${label}”每人不同，不能设默认值`);
      continue;
    }
    const read = rules.coded[key];
    if (read) {
      const r = read(value);
      if (!r.ok) refuse(key, r.message);
    }
    if (key === 'township') {
      // Alone, only the township can be checked; with a village default, the pair.
      const r = places.find(value, defaults.village ?? '');
      if (!r.ok && (r.field === 'township' || defaults.village !== undefined)) refuse(r.field, r.message);
    }
  }
  if (problems.length) throw ruleViolation(`默认值不正确：${problems.join('；')}。`, fields);
}
