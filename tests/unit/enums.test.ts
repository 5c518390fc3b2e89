import { describe, expect, it } from 'vitest';
import {
  DISABILITY_GRADES,
  DISABILITY_TYPES,
  EDUCATIONS,
  EMPLOYMENT_STATUSES,
  ETHNICITIES,
  ETHNICITIES_XINJIANG_FIRST,
  POVERTY_STATUSES,
  RETIREMENT_CATEGORIES,
  SEXES,
  URBAN_RURAL,
  XINJIANG_FIRST_CODES,
  ethnicityCodeFromLabel,
  ethnicityLabel,
  isUrbanCode,
  sexLabel,
  employmentStatusLabel,
  type CodeItem,
} from '../../shared/enums';
import { RETIREMENT_RULES } from '../../shared/domain/retirement';

const codes = (list: readonly CodeItem[]) => list.map((i) => i.code);

describe('code lists of DOMAIN §4', () => {
  it('E02 has the 56 groups of GB/T 3304 (01–56) plus 97 其他 and 98 外国血统中国籍人士', () => {
    expect(ETHNICITIES).toHaveLength(58);
    const groups = ETHNICITIES.filter((e) => Number(e.code) <= 56);
    expect(codes(groups)).toEqual(Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(groups.every((e) => e.label.endsWith('族'))).toBe(true);
    expect(ETHNICITIES.slice(56)).toEqual([
      { code: '97', label: '其他' },
      { code: '98', label: '外国血统中国籍人士' },
    ]);
    expect(new Set(ETHNICITIES.map((e) => e.label)).size).toBe(58);
    expect([
      ethnicityLabel('05'),
      ethnicityLabel('36'),
      ethnicityLabel('46'),
      ethnicityLabel('99'),
      ethnicityLabel(null),
    ]).toEqual(['维吾尔族', '毛南族', '德昂族', '', '']);
  });

  it('E02 for pickers lists Xinjiang’s 13 long-resident groups first, in DOMAIN’s order, then the rest by code', () => {
    expect(ETHNICITIES_XINJIANG_FIRST.slice(0, 13).map((e) => e.label)).toEqual([
      '维吾尔族',
      '汉族',
      '哈萨克族',
      '回族',
      '柯尔克孜族',
      '蒙古族',
      '塔吉克族',
      '锡伯族',
      '满族',
      '乌孜别克族',
      '俄罗斯族',
      '达斡尔族',
      '塔塔尔族',
    ]);
    expect(codes(ETHNICITIES_XINJIANG_FIRST.slice(0, 13))).toEqual([...XINJIANG_FIRST_CODES]);
    const rest = codes(ETHNICITIES_XINJIANG_FIRST.slice(13));
    expect(rest).toEqual([...rest].sort());
    expect(new Set(codes(ETHNICITIES_XINJIANG_FIRST))).toEqual(new Set(codes(ETHNICITIES)));
    expect(ETHNICITIES_XINJIANG_FIRST).toHaveLength(58);
  });

  it.each([
    ['维吾尔族', '05'],
    ['维吾尔', '05'],
    [' 哈萨克 族 ', '17'],
    ['毛难族', '36'],
    ['毛难', '36'],
    ['崩龙族', '46'],
    ['德昂族', '46'],
    ['其他', '97'],
    ['外国血统中国籍人士', '98'],
    ['火星族', null],
    ['', null],
    [null, null],
  ])('ethnicityCodeFromLabel(%j) → %j (legacy names for importers)', (label, code) => {
    expect(ethnicityCodeFromLabel(label)).toBe(code);
  });

  it('E01, E03, E05, E09, E23, E24, E25 have DOMAIN’s codes', () => {
    expect(codes(SEXES)).toEqual(['1', '2']);
    expect([sexLabel('1'), sexLabel('2')]).toEqual(['男', '女']);
    expect(codes(EDUCATIONS)).toEqual(['10', '20', '30', '40', '60', '70', '80', '90']);
    expect(codes(URBAN_RURAL)).toEqual(['111', '112', '121', '122', '123', '210', '220']);
    expect([isUrbanCode('121'), isUrbanCode('220'), isUrbanCode(null)]).toEqual([true, false, false]);
    expect(codes(EMPLOYMENT_STATUSES)).toEqual([
      '10',
      '21',
      '22',
      '23',
      '24',
      '25',
      '30',
      '40',
      '50',
      '60',
      '70',
      '80',
      '99',
    ]);
    expect(employmentStatusLabel('24')).toBe('公益性岗位安置');
    expect(codes(DISABILITY_TYPES)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(codes(DISABILITY_GRADES)).toEqual(['1', '2', '3', '4']);
    expect(codes(POVERTY_STATUSES)).toEqual(['1', '2', '3', '4', '5', '0']);
    expect(codes(RETIREMENT_CATEGORIES)).toEqual(Object.keys(RETIREMENT_RULES));
  });

  it('no list repeats a code', () => {
    for (const list of [
      SEXES,
      EDUCATIONS,
      URBAN_RURAL,
      EMPLOYMENT_STATUSES,
      DISABILITY_TYPES,
      DISABILITY_GRADES,
      POVERTY_STATUSES,
      RETIREMENT_CATEGORIES,
      ETHNICITIES,
    ]) {
      expect(new Set(codes(list)).size).toBe(list.length);
    }
  });
});
