import {
  DISABILITY_GRADES,
  DISABILITY_TYPES,
  EDUCATIONS,
  EMPLOYMENT_STATUSES,
  ETHNICITIES_XINJIANG_FIRST,
  POVERTY_STATUSES,
  RETIREMENT_CATEGORIES,
  SEXES,
  URBAN_RURAL,
} from '../../../shared/enums';
import { codeOptions } from './code-options';

// Select options for the person screens: Chinese labels, codes as values (UI.md: never show the codes).

/** E02 with Xinjiang's 13 long-resident groups first (DOMAIN §4). */
export const ETHNICITY_OPTIONS = codeOptions(ETHNICITIES_XINJIANG_FIRST);
export const SEX_OPTIONS = codeOptions(SEXES);
export const EDUCATION_OPTIONS = codeOptions(EDUCATIONS);
export const EMPLOYMENT_STATUS_OPTIONS = codeOptions(EMPLOYMENT_STATUSES);
export const URBAN_RURAL_OPTIONS = codeOptions(URBAN_RURAL);
export const DISABILITY_TYPE_OPTIONS = codeOptions(DISABILITY_TYPES);
export const DISABILITY_GRADE_OPTIONS = codeOptions(DISABILITY_GRADES);
export const POVERTY_STATUS_OPTIONS = codeOptions(POVERTY_STATUSES);

/** E25 for a sex from the ID: men only M60, women F55 / F50; both lists when the sex is not known yet. */
export function retirementOptions(sex: '1' | '2' | null) {
  const list = RETIREMENT_CATEGORIES.filter((c) => !sex || (sex === '1') === (c.code === 'M60'));
  return codeOptions(list);
}

/** Common answers for a household member's 与本人关系 (DOMAIN §3.2), offered while typing. */
export const RELATION_SUGGESTIONS = ['配偶', '子女', '父亲', '母亲', '兄弟姐妹', '祖父母', '孙子女', '其他'].map(
  (value) => ({ value }),
);
