import { retirementCategoryFor } from '../../../../shared/contract/person-input';
import { ageOn } from '../../../../shared/domain/age';
import { validateIdNumber } from '../../../../shared/domain/id-number';
import { statutoryRetirement, type RetirementCategory } from '../../../../shared/domain/retirement';

export interface IdFacts {
  sex: '1' | '2';
  birthDate: string;
  /** BR-01 on today. */
  age: number;
  /** BR-02 month YYYY-MM and statutory age. */
  retirementMonth: string;
  retirementYears: number;
  retirementMonths: number;
  category: RetirementCategory;
  /** VR-01 warnings such as 户籍非新疆. */
  warnings: string[];
}

/** Sex, birth date, age and statutory retirement from a birth date and sex, with the shared rules. */
export function factsFrom(
  sex: '1' | '2',
  birthDate: string,
  today: string,
  chosenCategory: string | null,
  warnings: string[] = [],
  /** The county's default for women (规则设置). */
  femaleDefault: 'F50' | 'F55' = 'F50',
): IdFacts {
  // A category that does not fit the sex is refused by the schema; show the default meanwhile.
  const fits = chosenCategory && (sex === '1') === (chosenCategory === 'M60');
  const category = retirementCategoryFor(sex, fits ? chosenCategory : null, femaleDefault) as RetirementCategory;
  const r = statutoryRetirement(birthDate, category);
  return {
    sex,
    birthDate,
    age: ageOn(birthDate, today),
    retirementMonth: r.month,
    retirementYears: r.ageYears,
    retirementMonths: r.ageMonths,
    category,
    warnings,
  };
}

/** The facts of a typed ID, or null while it is not a valid ID (VR-01). */
export function factsFromIdNumber(
  idNumber: string,
  today: string,
  chosenCategory: string | null,
  femaleDefault: 'F50' | 'F55' = 'F50',
): IdFacts | null {
  const v = validateIdNumber(idNumber, today);
  return v.ok ? factsFrom(v.sex, v.birthDate, today, chosenCategory, v.warnings, femaleDefault) : null;
}
