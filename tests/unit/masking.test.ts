import { describe, it, expect } from 'vitest';
import {
  idMaskPattern,
  maskBankCard,
  maskIdNumber,
  maskIdNumberLast6,
  maskPersonName,
  maskPhone,
} from '../../shared/domain/masking';

describe('VR-09 maskIdNumber (first 6 + ******** + last 4)', () => {
  it.each([
    ['65010219900101012X', '650102********012X'], // DOMAIN example shape
    ['650102199001011239', '650102********1239'],
    [' 650102 19900101 1239 ', '650102********1239'], // whitespace ignored
    ['12345678901', '123456********8901'], // malformed but long enough
    ['1234567890', '**********'], // too short to keep anything hidden
    ['12345', '*****'],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('VR-09 maskIdNumber(%j) → %j', (raw, expected) => {
    expect(maskIdNumber(raw)).toBe(expected);
  });
});

describe('CFG-29 maskIdNumber with the county pattern', () => {
  it.each([
    [{ keepStart: 3, keepEnd: 2 }, '650*************2X'],
    [{ keepStart: 0, keepEnd: 4 }, '**************012X'],
    [{ keepStart: 6, keepEnd: 0 }, '650102************'],
    [{ keepStart: 0, keepEnd: 0 }, '******************'],
  ])('%j → %s (18 characters, at least 8 hidden)', (pattern, expected) => {
    expect(maskIdNumber('65010219900101012X', pattern)).toBe(expected);
  });
  it('a stored value out of bounds falls back to 6 + 4', () => {
    expect(idMaskPattern({ keepStart: 7, keepEnd: 4 })).toEqual({ keepStart: 6, keepEnd: 4 });
    expect(idMaskPattern({ keepStart: 2, keepEnd: 1.5 })).toEqual({ keepStart: 6, keepEnd: 4 });
    expect(idMaskPattern(null)).toEqual({ keepStart: 6, keepEnd: 4 });
    expect(idMaskPattern({ keepStart: 0, keepEnd: 3 })).toEqual({ keepStart: 0, keepEnd: 3 });
  });
});

describe('VR-09 maskIdNumberLast6 (work lists: 12 mask characters + last 6)', () => {
  it.each([
    ['65010219900101012X', '************01012X'],
    [' 650102 19900101 1239 ', '************011239'],
    ['650102900101123', '*********101123'], // 15-character ID
    ['12345678901234', '123456********1234'], // shorter than an ID: the normal mask
    ['1234567890', '**********'],
    ['', ''],
    [null, ''],
  ])('VR-09 maskIdNumberLast6(%j) → %j', (raw, expected) => {
    expect(maskIdNumberLast6(raw)).toBe(expected);
  });
  it('reveals no more characters than the normal mask', () => {
    const id = '65010219900101012X';
    const shown = (m: string) => m.replaceAll('*', '').length;
    expect(shown(maskIdNumberLast6(id))).toBeLessThan(shown(maskIdNumber(id)));
  });
});

describe('VR-09 maskPhone (first 3 + **** + last 4)', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['0991-1234567', '099****4567'],
    ['138 1234 5678', '138****5678'],
    ['12345678', '123****5678'],
    ['1234567', '*******'],
    ['12', '**'],
    ['', ''],
    [null, ''],
  ])('VR-09 maskPhone(%j) → %j', (raw, expected) => {
    expect(maskPhone(raw)).toBe(expected);
  });
});

describe("VR-09 maskBankCard ('**** ' + last 4)", () => {
  it.each([
    ['6228480402564890018', '**** 0018'],
    ['6228 4804 0256 4890 018', '**** 0018'],
    ['4111111111111111', '**** 1111'],
    ['12345', '**** 2345'],
    ['1234', '****'],
    ['1', '****'],
    ['', ''],
    [undefined, ''],
  ])('VR-09 maskBankCard(%j) → %j', (raw, expected) => {
    expect(maskBankCard(raw)).toBe(expected);
  });
});

describe('VR-09 maskPersonName (公示名单姓名脱敏)', () => {
  it.each([
    ['张三', 'keepSurname', '张*'],
    ['张三丰', 'keepSurname', '张*丰'],
    ['欧阳明', 'keepSurname', '欧*明'],
    ['欧阳小明', 'keepSurname', '欧**明'],
    ['买买提·艾力', 'keepSurname', '买**·*力'],
    ['李', 'keepSurname', '李'],
    [' 张三丰 ', 'keepSurname', '张*丰'],
    ['', 'keepSurname', ''],
    ['买买提·艾力', 'none', '买买提·艾力'],
    ['张三丰', 'none', '张三丰'],
  ] as const)('maskPersonName(%j, %s) → %j', (raw, mode, expected) => {
    expect(maskPersonName(raw, mode)).toBe(expected);
  });
});
