// BR-03 working age and BR-16 eligibility of a person for a post. The rule itself is shared/domain/placement-eligibility.ts:
// the target basis is a category of an active recognition (basis_source 'recognition') or one the person's records
// confirm on the basis date (basis_source 'recorded'; on an urban post a new placement only K04 by the household,
// an existing one — onboarded or restored — any category the records confirm); anything else is refused.
// Every refusal names the rule and the form field.
import { ageOn } from '../../../../shared/domain/age';
import { statutoryRetirement } from '../../../../shared/domain/retirement';
import type Database from 'better-sqlite3';
import { employmentStatusOn } from '../../../../shared/domain/employment-history';
import { placementEligibility, type PlacementEntry } from '../../../../shared/domain/placement-eligibility';
import { isUrbanCode } from '../../../../shared/enums/person-codes';
import { recognitionRulesOn } from '../recognitions/config';
import { employmentRecord, personFacts, recognitionSpans } from '../recognitions/facts';
import type { PersonRow } from '../persons/queries';
import type { PlacementRules } from '../posts/config';
import { refuseField } from '../../refuse-field';

export interface Basis {
  list: 'E06' | 'E24';
  code: string;
  date: string;
}

const refuse = (rule: string, message: string, field: string): never =>
  refuseField(message, field, { rule, overridable: false });

/**
 * BR-03 on the start date: age ≥ 16, before the statutory retirement date (BR-02), no basic pension (E09 50 on that
 * date). `dateField` is the form field the date refusals name (a renewal names its contract end: the new term's start
 * follows from it).
 */
export function checkWorkingAge(db: Database.Database, p: PersonRow, startDate: string, dateField = 'startDate'): void {
  const age = ageOn(p.birth_date, startDate);
  if (age < 16) refuse('BR-03', `上岗日期当天该人员${age}周岁，未满16周岁，不能安置到公益性岗位`, dateField);
  const retirement = statutoryRetirement(p.birth_date, p.retirement_category);
  if (startDate >= retirement.date) {
    refuse('BR-03', `该人员已于${retirement.date}达到法定退休年龄，不能安置到公益性岗位`, dateField);
  }
  if (employmentStatusOn(employmentRecord(db, p.id, p.employment_status), startDate) === '50')
    refuse('BR-03', '该人员已退休或领取基本养老金，不能安置到公益性岗位', 'personId');
}

/** CFG-10 K01 threshold by sex. */
export const olderThreshold = (sex: '1' | '2', rules: PlacementRules) =>
  sex === '1' ? rules.olderAge.male : rules.olderAge.female;

/** The person counts as rural: 城乡属性 2xx, else the residence village's 城乡分类代码. */
export function isRuralPerson(p: PersonRow, villageCode: string | null): boolean | null {
  const code = p.urban_rural ?? villageCode;
  if (!code) return null;
  return !isUrbanCode(code);
}

/**
 * BR-16 for the post's area (shared/domain/placement-eligibility.ts), on the person's records and recognitions as of
 * the basis and start dates, for a new or an existing placement (`entry`). Returns where the basis comes from: an
 * active recognition, or the records.
 */
export function checkEligibility(
  db: Database.Database,
  p: PersonRow,
  area: 'urban' | 'rural',
  basis: Basis,
  startDate: string,
  villageCode: string | null,
  rules: PlacementRules,
  selfId: string | null,
  entry: PlacementEntry,
): 'recognition' | 'recorded' {
  const categoryRules = recognitionRulesOn(db, basis.date);
  const r = placementEligibility(
    area,
    basis,
    startDate,
    personFacts(db, p, selfId),
    isRuralPerson(p, villageCode),
    recognitionSpans(db, p.id),
    {
      ...categoryRules,
      // A placement resting on 低保 from the records needs the 低保 mark only; the months of unemployment belong
      // to recognising the category (recognitions/config.ts), which an urban post asks for anyway.
      dibaoUnemployedMonths: 0,
      olderAge: rules.olderAge,
      ruralMaxAge: rules.ruralMaxAge,
    },
    entry,
  );
  if (!r.ok) refuse(r.rule, r.message, r.field);
  return r.ok ? r.source : 'recorded';
}

/**
 * CFG-07 / S21 special hardship: older (K01 basis or age ≥ CFG-10), zero-employment household member (K04 basis),
 * or severely disabled (grade 1–2).
 */
export function isSpecialHardship(p: PersonRow, basis: Basis, onDate: string, rules: PlacementRules): boolean {
  if (basis.list === 'E06' && (basis.code === 'K01' || basis.code === 'K04')) return true;
  if (ageOn(p.birth_date, onDate) >= olderThreshold(p.sex, rules)) return true;
  return p.disability_grade === '1' || p.disability_grade === '2';
}
