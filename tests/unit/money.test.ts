import { describe, it, expect } from 'vitest';
import {
  fenToChineseUpper,
  fenToYuanText,
  formatFen,
  formYuanToFen,
  parseYuan,
  yuanToFen,
} from '../../shared/domain/money';

describe('BR-32 yuanToFen / parseYuan (exact, integer fen)', () => {
  it.each<[string | number, number]>([
    ['1234.56', 123456],
    ['0.1', 10],
    ['0.10', 10],
    ['0.01', 1],
    ['100', 10000],
    ['-5', -500],
    ['+3', 300],
    ['-0.00', 0],
    ['007.50', 750],
    ['1,234.5', 123450],
    ['12,345,678.90', 1234567890],
    [' 1 234.56 ', 123456],
    ['１２．５', 1250], // full-width digits and full stop
    ['999999999999.99', 99999999999999],
    [12.3, 1230],
    [0.29, 29], // 0.29 × 100 = 28.999999999999996 in floating point
    [1.15, 115], // 1.15 × 100 = 114.99999999999999 in floating point
    [-0, 0],
    [2000, 200000],
  ])('BR-32 yuanToFen(%j) → %i', (input, fen) => {
    expect(yuanToFen(input)).toBe(fen);
    expect(parseYuan(input)).toStrictEqual({ ok: true, fen });
  });

  it.each<[string | number, string]>([
    ['1.005', '金额最多保留两位小数'],
    ['0.001', '金额最多保留两位小数'],
    [0.1 + 0.2, '金额最多保留两位小数'], // 0.30000000000000004
    ['', '请填写金额'],
    ['   ', '请填写金额'],
    ['abc', '金额格式不正确'],
    ['12.', '金额格式不正确'],
    ['.5', '金额格式不正确'],
    ['1,23', '金额格式不正确'],
    ['1e3', '金额格式不正确'],
    ['¥12', '金额格式不正确'],
    ['--1', '金额格式不正确'],
    [Number.NaN, '金额格式不正确'],
    [Number.POSITIVE_INFINITY, '金额格式不正确'],
    ['99999999999999999', '金额超出允许范围'],
  ])('BR-32 parseYuan(%j) → %j', (input, message) => {
    expect(parseYuan(input)).toStrictEqual({ ok: false, message });
    expect(() => yuanToFen(input)).toThrow(message);
  });
});

describe('BR-32 formatFen', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [99999, '999.99'],
    [100000, '1,000.00'],
    [123456, '1,234.56'],
    [-123456, '-1,234.56'],
    [-5, '-0.05'],
    [100000000, '1,000,000.00'],
    [99999999999999, '999,999,999,999.99'],
  ])('BR-32 formatFen(%i) → %j', (fen, expected) => {
    expect(formatFen(fen)).toBe(expected);
  });

  it('BR-32 formatFen rejects non-integer fen', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });
});

describe('BR-32 fenToYuanText (amount inside a sentence or a form field)', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [10, '0.10'],
    [123450, '1234.50'],
    [190000, '1900.00'],
    [-5, '-0.05'],
    [-123456, '-1234.56'],
    [99999999999999, '999999999999.99'],
  ])('fenToYuanText(%i) → %j', (fen, expected) => {
    expect(fenToYuanText(fen)).toBe(expected);
  });

  it('rejects non-integer fen', () => {
    expect(() => fenToYuanText(0.5)).toThrow(RangeError);
  });

  it('round-trips every fen of 0–100 yuan through yuanToFen exactly', () => {
    for (let fen = 0; fen <= 10000; fen++) expect(yuanToFen(fenToYuanText(fen))).toBe(fen);
  });
});

describe('BR-32 formYuanToFen (a form value in yuan → fen, no floats)', () => {
  it.each([
    [1234.5, 123450],
    ['1234.5', 123450],
    [0.1, 10],
    [0.29, 29], // 0.29 * 100 is 28.999999999999996 in floats
    [1.005, Number.NaN], // three decimals are refused, not rounded
    [0.1 + 0.2, Number.NaN], // 0.30000000000000004
    [19.99, 1999],
    [4.35, 435], // 4.35 * 100 is 434.99999999999994
    ['1,900', 190000],
    [0, 0],
    ['abc', Number.NaN],
    [null, null],
    [undefined, null],
    ['', null],
  ])('formYuanToFen(%j) → %j', (value, expected) => {
    expect(formYuanToFen(value as number | string | null | undefined)).toBe(expected);
  });
});

describe('BR-32 fenToChineseUpper (大写)', () => {
  it.each([
    [1234567, '壹万贰仟叁佰肆拾伍元陆角柒分'], // DOMAIN example
    [10000, '壹佰元整'],
    [10000100, '壹拾万零壹元整'], // 100001 yuan: zero across 万
    [100005, '壹仟元零伍分'], // 1000.05: 零 for the missing 角
    [0, '零元整'],
    [1050, '壹拾元伍角整'], // 角 without 分 ends with 整
    [100050, '壹仟元伍角整'],
    [168032, '壹仟陆佰捌拾元叁角贰分'], // optional 零 after a 0 in the 元 place not written
    [10101, '壹佰零壹元零壹分'],
    [56, '伍角陆分'], // under one yuan: no 元 part
    [50, '伍角整'],
    [5, '伍分'],
    [100, '壹元整'],
    [1000, '壹拾元整'],
    [1500, '壹拾伍元整'],
    [101000, '壹仟零壹拾元整'],
    [1203000, '壹万贰仟零叁拾元整'],
    [11000000, '壹拾壹万元整'],
    [100000000, '壹佰万元整'],
    [100100000, '壹佰万壹仟元整'], // 1,001,000 yuan: no zero before a full 仟
    [1000010000, '壹仟万零壹佰元整'],
    [10000000000, '壹亿元整'],
    [10001000000, '壹亿零壹万元整'], // 100,010,000 yuan
    [10000000100, '壹亿零壹元整'], // empty 万 section
    [10010000000, '壹亿零壹拾万元整'], // 100,100,000 yuan
    [11000000000, '壹亿壹仟万元整'],
    [20000000000000, '贰仟亿元整'],
    [99999999999999, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    [-1234567, '负壹万贰仟叁佰肆拾伍元陆角柒分'],
    [-5, '负伍分'],
    [-10000, '负壹佰元整'],
  ])('BR-32 fenToChineseUpper(%i) → %s', (fen, expected) => {
    expect(fenToChineseUpper(fen)).toBe(expected);
  });

  it('BR-32 fenToChineseUpper range: up to 9999亿', () => {
    expect(() => fenToChineseUpper(100000000000000)).toThrow('金额超出大写转换范围（最大9999亿元）');
    expect(() => fenToChineseUpper(-100000000000000)).toThrow(RangeError);
    expect(() => fenToChineseUpper(12.5)).toThrow(RangeError);
  });
});
