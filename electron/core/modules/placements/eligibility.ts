// BR-03 working age and BR-16 eligibility of a person for a post, while the recognition module (§3.5) does not
// exist: the placement's target basis is a category RECORDED by the clerk (basis_source 'recorded') that stands
// in for a recognition (issue 6). Where the person record can confirm the recorded category, it must.
// Every refusal names the rule and the form field.
import { ruleViolation } from '../../../../shared/contract';
import { ageOn } from '../../../../shared/domain/age';
import { statutoryRetirement } from '../../../../shared/domain/retirement';
import { difficultyCategoryLabel } from '../../../../shared/enums/difficulty-categories';
import { povertyStatusLabel } from '../../../../shared/enums/person-codes';
import { isUrbanCode } from '../../../../shared/enums/person-codes';
import type { PersonRow } from '../persons/queries';
import type { PlacementRules } from '../posts/config';

export interface Basis {
  list: 'E06' | 'E24';
  code: string;
  date: string;
}

const refuse = (rule: string, message: string, field: string): never => {
  throw ruleViolation(message, { [field]: message }, { rule, overridable: false });
};

/** BR-03 on the start date: age ≥ 16, before the statutory retirement date (BR-02), no basic pension (E09 50). */
export function checkWorkingAge(p: PersonRow, startDate: string): void {
  const age = ageOn(p.birth_date, startDate);
  if (age < 16) refuse('BR-03', `上岗日期当天该人员${age}周岁，未满16周岁，不能安置到公益性岗位（BR-03）`, 'startDate');
  const retirement = statutoryRetirement(p.birth_date, p.retirement_category);
  if (startDate >= retirement.date) {
    refuse('BR-03', `该人员已于${retirement.date}达到法定退休年龄，不能安置到公益性岗位（BR-03）`, 'startDate');
  }
  if (p.employment_status === '50') refuse('BR-03', '该人员已退休或领取基本养老金，不能安置到公益性岗位（BR-03）', 'personId');
}

/** CFG-10 K01 threshold by sex. */
export const olderThreshold = (sex: '1' | '2', rules: PlacementRules) => (sex === '1' ? rules.olderAge.male : rules.olderAge.female);
const sexWord = (sex: '1' | '2') => (sex === '1' ? '男性' : '女性');

/** The person record must confirm a recorded E06 category where it can (K01, K02, K03, K07). */
function confirmCategory(p: PersonRow, code: string, onDate: string, rules: PlacementRules): void {
  const label = difficultyCategoryLabel(code);
  const mismatch = (why: string) => refuse('BR-16', `登记的安置类别“${label}”与人员信息不符：${why}（BR-16）`, 'basisCode');
  if (code === 'K01') {
    const age = ageOn(p.birth_date, onDate);
    const min = olderThreshold(p.sex, rules);
    if (age < min) mismatch(`${onDate}时${age}周岁，未达到${sexWord(p.sex)}${min}周岁（CFG-10）`);
  }
  if (code === 'K02' && !p.disability_type && !p.disability_cert_no) mismatch('人员信息中没有残疾类别或残疾人证号');
  if (code === 'K03' && p.dibao !== 1) mismatch('人员信息中未标记低保');
  if (code === 'K07' && !isPoor(p)) mismatch('人员信息中脱贫/监测状态为“无”');
}

const isPoor = (p: PersonRow) => !!p.poverty_status && p.poverty_status !== '0';

/** The person counts as rural: 城乡属性 2xx, else the residence village's 城乡分类代码. */
export function isRuralPerson(p: PersonRow, villageCode: string | null): boolean | null {
  const code = p.urban_rural ?? villageCode;
  if (!code) return null;
  return !isUrbanCode(code);
}

/** BR-16 for the post's area. */
export function checkEligibility(
  p: PersonRow,
  area: 'urban' | 'rural',
  basis: Basis,
  startDate: string,
  villageCode: string | null,
  rules: PlacementRules,
): void {
  if (area === 'urban') {
    if (basis.list !== 'E06') {
      refuse('BR-16', '城镇公益性岗位的安置对象为就业困难人员或零就业家庭成员，请选择就业困难人员类别（E06）作为安置依据（BR-16）', 'basisList');
    }
    confirmCategory(p, basis.code, basis.date, rules);
    return;
  }
  const rural = isRuralPerson(p, villageCode);
  if (rural === null) refuse('BR-16', '该人员的城乡属性未知，请先在人员信息中填写城乡属性：乡村公益性岗位只安置农村居民（BR-16）', 'personId');
  if (!rural) refuse('BR-16', '该人员城乡属性为城镇，乡村公益性岗位只安置农村居民（BR-16）', 'personId');
  const age = ageOn(p.birth_date, startDate);
  if (age > rules.ruralMaxAge) {
    refuse('BR-16', `乡村公益性岗位新上岗人员年龄不超过${rules.ruralMaxAge}周岁，该人员上岗时${age}周岁（BR-16、CFG-14）`, 'startDate');
  }
  if (basis.list === 'E24') {
    if (p.poverty_status !== basis.code) {
      const actual = isPoor(p) ? `“${povertyStatusLabel(p.poverty_status)}”` : '“无”';
      refuse('BR-16', `安置依据“${povertyStatusLabel(basis.code)}”与人员信息不符：人员脱贫/监测状态为${actual}（BR-16）`, 'basisCode');
    }
    return;
  }
  if (basis.code !== 'K01' && basis.code !== 'K02') {
    refuse('BR-16', '乡村公益性岗位的安置对象为脱贫/监测人口（E24 1–5）、残疾人或大龄农村劳动力，请选择相应的安置依据（BR-16）', 'basisCode');
  }
  // Older rural worker: judged on the start date.
  confirmCategory(p, basis.code, basis.code === 'K01' ? startDate : basis.date, rules);
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
