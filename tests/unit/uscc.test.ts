import { describe, it, expect } from 'vitest';
import { computeUsccCheckChar, normalizeUscc, validateUscc } from '../../shared/domain/uscc';

// Hand check of 91650100MA77ABCD1P (VR-08). Charset 0123456789ABCDEFGHJKLMNPQRTUWXY:
// values 9,1,6,5,0,1,0,0,M=21,A=10,7,7,A=10,B=11,C=12,D=13,1
// weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28
// products 9+3+54+135+0+26+0+0+420+290+175+91+80+264+120+390+28 = 2085
// 2085 mod 31 = 8 (31 × 67 = 2077) → c = 31 − 8 = 23 → character at index 23 = P.
//
// Hand check of 12650000458000000Y: 1×1 + 2×3 + 6×9 + 5×27 + 4×20 + 5×29 + 8×25 = 621,
// 621 mod 31 = 1 → c = 30 → Y.
// Hand check of 1A0000000000000000: 1×1 + A(10)×3 = 31, mod 31 = 0 → c = 31 → 0.
const VALID = '91650100MA77ABCD1P';

describe('VR-08 computeUsccCheckChar', () => {
  it.each([
    ['91650100MA77ABCD1', 'P'],
    ['12650000458000000', 'Y'],
    ['1A000000000000000', '0'], // c = 31 → 0
    ['91650102MA775X2K1', 'D'],
    ['91110000600000000', 'J'],
  ])('VR-08 computeUsccCheckChar(%j) → %j', (first17, expected) => {
    expect(computeUsccCheckChar(first17)).toBe(expected);
  });

  it('VR-08 rejects wrong length or characters', () => {
    expect(() => computeUsccCheckChar('91650100MA77ABCD')).toThrow(RangeError);
    expect(() => computeUsccCheckChar('91650100MA77ABCI1')).toThrow(RangeError);
  });
});

describe('VR-08 validateUscc: valid', () => {
  it.each([
    [VALID, VALID],
    ['91650100ma77abcd1p', VALID], // lower case
    [' 9165 0100 MA77 ABCD 1P ', VALID], // spaces
    ['９１６５０１００ＭＡ７７ＡＢＣＤ１Ｐ', VALID], // full-width
    ['12650000458000000Y', '12650000458000000Y'],
    ['1A0000000000000000', '1A0000000000000000'],
  ])('VR-08 %j is valid', (raw, value) => {
    expect(validateUscc(raw)).toStrictEqual({ ok: true, value });
  });
});

describe('VR-08 validateUscc: errors name the failed step', () => {
  it.each([
    ['91650100MA77ABCD1', 'length', '统一社会信用代码应为18位，当前为17位'],
    ['91650100MA77ABCD1PP', 'length', '统一社会信用代码应为18位，当前为19位'],
    ['', 'length', '统一社会信用代码应为18位，当前为0位'],
    ['91650100MA77ABCI1P', 'characters', '统一社会信用代码只能由数字和大写字母组成（不含I、O、S、V、Z）'],
    ['91650100MA77ABCO1P', 'characters', '统一社会信用代码只能由数字和大写字母组成（不含I、O、S、V、Z）'],
    ['91650100MA77ABCD1Z', 'characters', '统一社会信用代码只能由数字和大写字母组成（不含I、O、S、V、Z）'],
    ['91650100-A77ABCD1P', 'characters', '统一社会信用代码只能由数字和大写字母组成（不含I、O、S、V、Z）'],
    ['91650100MA77ABCD1Q', 'checkCharacter', '统一社会信用代码校验位错误，应为 P'],
    ['12650000458000000X', 'checkCharacter', '统一社会信用代码校验位错误，应为 Y'],
    ['1A0000000000000001', 'checkCharacter', '统一社会信用代码校验位错误，应为 0'],
  ])('VR-08 %j fails at %s', (raw, step, message) => {
    expect(validateUscc(raw)).toStrictEqual({ ok: false, step, message });
  });

  it('VR-08 normalizeUscc', () => {
    expect(normalizeUscc(' 91650100ma77abcd1p\u3000')).toBe(VALID);
    expect(normalizeUscc(null)).toBe('');
  });
});
