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
  yesNo,
  type CodeRead,
} from './person-codes';
import { importLabel } from './person-columns';
import type { Places } from './places';

/** Fields that identify one person: a value for every row makes no sense. */
const NO_DEFAULT = new Set(PERSON_IMPORT_NO_DEFAULT);

const CODED: Record<string, (t: string) => CodeRead> = {
  sex: sexCode,
  ethnicity: ethnicityCode,
  education: educationCode,
  employmentStatus: employmentStatusCode,
  povertyStatus: povertyStatusCode,
  isDifficult: (t) => {
    const r = yesNo(importLabel('isDifficult'), t);
    return r.ok ? { ok: true, value: String(r.value) } : r;
  },
  dibao: (t) => {
    const r = yesNo(importLabel('dibao'), t);
    return r.ok ? { ok: true, value: String(r.value) } : r;
  },
};

/** Refuses, in one Chinese message naming each field, every default that cannot be used. */
export function checkPersonDefaults(defaults: Readonly<Record<string, string>>, places: Places): void {
  const problems: string[] = [];
  const fields: Record<string, string> = {};
  const refuse = (key: string, message: string) => {
    problems.push(message);
    fields[`defaults.${key}`] = message;
  };
  for (const [key, value] of Object.entries(defaults)) {
    const label = importLabel(key);
    if (NO_DEFAULT.has(key)) {
      refuse(key, `“${label}”每人不同，不能设默认值`);
      continue;
    }
    const read = CODED[key];
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
