import { describe, it, expect } from 'vitest';
import {
  LEGACY_ID_MESSAGE,
  checkIdNumber,
  computeCheckDigit,
  convertLegacyIdNumber,
  isLegacyIdNumber,
  legacyIdMessage,
  normalizeIdNumber,
  validateIdNumber,
} from '../../shared/domain/id-number';

const TODAY = '2025-06-30';

describe('VR-01 step 1: normalizeIdNumber', () => {
  it.each([
    ['  650102199001011239 ', '650102199001011239'],
    ['650102 19900101 1239', '650102199001011239'],
    ['650102\u300019900101\t1239', '650102199001011239'], // full-width space U+3000 and tab
    ['６５０１０２１９９００１０１１２３９', '650102199001011239'], // full-width digits
    ['11010519491231002x', '11010519491231002X'],
    ['11010519491231002ｘ', '11010519491231002X'], // full-width lowercase x
    ['11010519491231002Ｘ', '11010519491231002X'], // full-width X
    ['', ''],
  ])('normalizeIdNumber(%j) → %j', (raw, expected) => {
    expect(normalizeIdNumber(raw)).toBe(expected);
  });
});

describe('VR-01 step 6: computeCheckDigit (ISO 7064 MOD 11-2)', () => {
  it.each([
    ['11010519491231002', 'X'], // example of GB 11643-1999
    ['65010219900101123', '9'],
    ['65010219900101124', '7'],
    ['44030619881111301', '0'],
    ['65290120000229001', '9'],
  ])('computeCheckDigit(%j) → %j', (first17, expected) => {
    expect(computeCheckDigit(first17)).toBe(expected);
  });

  it('rejects input that is not 17 digits', () => {
    expect(() => computeCheckDigit('1101051949123100')).toThrow(RangeError);
    expect(() => computeCheckDigit('1101051949123100A')).toThrow(RangeError);
  });
});

describe('VR-01 validateIdNumber: valid numbers', () => {
  it.each([
    // [raw, value, sex, birthDate, warnings]
    ['11010519491231002X', '11010519491231002X', '2', '1949-12-31', ['户籍非新疆']], // standard example, female
    ['11010519491231002x', '11010519491231002X', '2', '1949-12-31', ['户籍非新疆']],
    ['650102199001011239', '650102199001011239', '1', '1990-01-01', []], // digit 17 = 3 → male
    ['650102199001011247', '650102199001011247', '2', '1990-01-01', []], // digit 17 = 4 → female
    [' ６５０１０２　19900101 1239 ', '650102199001011239', '1', '1990-01-01', []],
    ['652901200002290019', '652901200002290019', '1', '2000-02-29', []], // leap day
    ['653122198506150027', '653122198506150027', '2', '1985-06-15', []],
    ['440306198811113010', '440306198811113010', '1', '1988-11-11', ['户籍非新疆']],
    ['710000198001010010', '710000198001010010', '1', '1980-01-01', ['户籍非新疆']], // 71 Taiwan
    ['810000198001010022', '810000198001010022', '2', '1980-01-01', ['户籍非新疆']], // 81 Hong Kong
    ['650102190001010016', '650102190001010016', '1', '1900-01-01', []], // lower date bound
    ['650102202506300014', '650102202506300014', '1', '2025-06-30', []], // born today
  ])('VR-01 %j is valid', (raw, value, sex, birthDate, warnings) => {
    expect(validateIdNumber(raw, TODAY)).toStrictEqual({ ok: true, value, sex, birthDate, warnings });
  });
});

describe('VR-01 validateIdNumber: each failed step is named', () => {
  it.each([
    // step 2: length
    ['65010219900101123', 'length', '公民身份号码应为18位，当前为17位'],
    ['6501021990010112390', 'length', '公民身份号码应为18位，当前为19位'],
    ['650102900101123', 'length', '公民身份号码应为18位，当前为15位'], // VR-02 legacy 15-digit
    ['', 'length', '公民身份号码应为18位，当前为0位'],
    ['   ', 'length', '公民身份号码应为18位，当前为0位'],
    // step 2: characters
    ['65010219900101123A', 'characters', '公民身份号码只能由数字和末位X组成'],
    ['6501021990010112X9', 'characters', '公民身份号码只能由数字和末位X组成'],
    ['65010219900101-239', 'characters', '公民身份号码只能由数字和末位X组成'],
    // step 3: region
    ['990102199001011239', 'region', '公民身份号码前两位（99）不是有效的省级行政区划代码'],
    ['000102199001011239', 'region', '公民身份号码前两位（00）不是有效的省级行政区划代码'],
    ['160102199001011239', 'region', '公民身份号码前两位（16）不是有效的省级行政区划代码'],
    ['660102199001011239', 'region', '公民身份号码前两位（66）不是有效的省级行政区划代码'],
    ['840102199001011239', 'region', '公民身份号码前两位（84）不是有效的省级行政区划代码'],
    // step 4: date
    ['650102199002301234', 'date', '公民身份号码中的出生日期（1990-02-30）无效'],
    ['650102199013011234', 'date', '公民身份号码中的出生日期（1990-13-01）无效'],
    ['650102199000101234', 'date', '公民身份号码中的出生日期（1990-00-10）无效'],
    ['650102200102291234', 'date', '公民身份号码中的出生日期（2001-02-29）无效'],
    ['650102189912311234', 'date', '公民身份号码中的出生日期（1899-12-31）无效'],
    ['650102202507011234', 'date', '公民身份号码中的出生日期（2025-07-01）晚于今天'],
    ['650102203001011234', 'date', '公民身份号码中的出生日期（2030-01-01）晚于今天'],
    // step 6: check digit
    ['650102199001011230', 'checkDigit', '公民身份号码校验位错误，应为 9'],
    ['650102199001011249', 'checkDigit', '公民身份号码校验位错误，应为 7'],
    ['110105194912310021', 'checkDigit', '公民身份号码校验位错误，应为 X'],
    ['65010219900101123X', 'checkDigit', '公民身份号码校验位错误，应为 9'],
  ])('VR-01 %j fails at step %s', (raw, step, message) => {
    expect(validateIdNumber(raw, TODAY)).toStrictEqual({ ok: false, step, message });
  });

  it('VR-01 step 4 uses the given as-of date, not the system clock', () => {
    expect(validateIdNumber('650102202506300014', '2025-06-29')).toStrictEqual({
      ok: false,
      step: 'date',
      message: '公民身份号码中的出生日期（2025-06-30）晚于今天',
    });
  });
});

describe('VR-02 legacy 15-digit IDs: convertLegacyIdNumber', () => {
  it.each([
    ['650102900101123', '650102199001011239'], // 19 inserted after digit 6, check digit computed
    ['110105491231002', '11010519491231002X'], // the standard's example: check digit X
    [' ６５０１０２ 900101 123 ', '650102199001011239'], // VR-01 step 1 first: spaces, full-width digits
    ['652901960229001', '652901199602290017'], // 1996-02-29 (1900-02-29 below is not a date)
    ['440306881111301', '440306198811113010'], // non-Xinjiang converts as well (the warning is the 18-digit check's)
  ])('%j → %j', (raw, value) => {
    expect(convertLegacyIdNumber(raw)).toStrictEqual({ ok: true, value });
  });

  it.each([
    ['650102900230123', '公民身份号码中的出生日期（1990-02-30）无效'],
    ['650102901301123', '公民身份号码中的出生日期（1990-13-01）无效'],
    ['650102000229123', '公民身份号码中的出生日期（1900-02-29）无效'], // read as 19yy, never 20yy
    ['990102900101123', '公民身份号码前两位（99）不是有效的省级行政区划代码'],
    ['65010290010112X', '第一代身份证号码应为15位数字'], // digits only
    ['65010290010112A', '第一代身份证号码应为15位数字'],
    ['65010290010112', '第一代身份证号码应为15位数字'],
    ['650102199001011239', '第一代身份证号码应为15位数字'],
  ])('%j cannot be converted: %s', (raw, message) => {
    expect(convertLegacyIdNumber(raw)).toStrictEqual({ ok: false, message });
  });

  it('isLegacyIdNumber: 15 digits after normalising, nothing else', () => {
    expect(['650102900101123', ' 650102 900101123', '６５０１０２９００１０１１２３'].map(isLegacyIdNumber)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['65010290010112X', '650102199001011239', '65010290010112', ''].map(isLegacyIdNumber)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('legacyIdMessage names the converted number, or why there is none', () => {
    expect(legacyIdMessage('650102900101123')).toBe(
      `${LEGACY_ID_MESSAGE}（按规则转换为18位是 650102199001011239，请与本人证件核对）`,
    );
    expect(legacyIdMessage('650102900101123', false)).toBe(LEGACY_ID_MESSAGE);
    expect(legacyIdMessage('650102900230123', false)).toBe(
      `${LEGACY_ID_MESSAGE}（该号码无法转换为18位：公民身份号码中的出生日期（1990-02-30）无效）`,
    );
  });

  it('checkIdNumber: a 15-digit number is refused as such (never converted); others as VR-01', () => {
    expect(checkIdNumber('650102900101123', TODAY)).toStrictEqual({
      ok: false,
      step: 'length',
      message: LEGACY_ID_MESSAGE,
    });
    expect(checkIdNumber('650102900101123', TODAY, true)).toStrictEqual({
      ok: false,
      step: 'length',
      message: legacyIdMessage('650102900101123'),
    });
    expect(checkIdNumber('65010219900101123', TODAY)).toStrictEqual(validateIdNumber('65010219900101123', TODAY));
    expect(checkIdNumber('650102199001011239', TODAY)).toStrictEqual(validateIdNumber('650102199001011239', TODAY));
  });
});
