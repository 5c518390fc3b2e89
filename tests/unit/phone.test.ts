import { describe, it, expect } from 'vitest';
import { checkPhone } from '../../shared/domain/phone';

const WARN = '联系电话格式不常见，请核对';

describe('VR-04 checkPhone: accepted formats (no warning)', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['19912345678', '19912345678'],
    [' 138 1234 5678 ', '13812345678'], // whitespace removed
    ['１３８１２３４５６７８', '13812345678'], // full-width digits
    ['0991-1234567', '0991-1234567'], // Xinjiang area code, 7 digits
    ['0991-12345678', '0991-12345678'],
    ['09911234567', '09911234567'], // without hyphen
    ['010-12345678', '010-12345678'], // 3-digit area code
    ['0991\uFF0D1234567', '0991-1234567'], // full-width hyphen
    // A mobile with the country code or hyphens is kept as its 11 digits (audit4 gap 10). Lead's decision:
    // '+8613812345678' was a warning kept as typed.
    ['+8613812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['＋86-138-1234-5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['138-9901-2345', '13899012345'],
    ['１３８－９９０１－２３４５', '13899012345'],
    ['', ''], // empty: nothing to warn about
  ])('VR-04 %j → %j', (raw, value) => {
    expect(checkPhone(raw)).toStrictEqual({ value });
  });
});

describe('VR-04 checkPhone: unusual formats only warn', () => {
  it.each([
    ['12812345678', '12812345678'], // second digit 2
    ['1381234567', '1381234567'], // 10 digits
    ['138123456789', '138123456789'], // 12 digits
    ['+86 12812345678', '+8612812345678'], // what remains is no mobile: kept as typed
    ['86-0991-1234567', '86-0991-1234567'],
    ['0991-123-4567', '0991-123-4567'], // a fixed line keeps its hyphens, even odd ones
    ['(0998)1234567', '(0998)1234567'],
    ['1234567', '1234567'], // local number without area code
    ['0991-123456', '0991-123456'], // 6-digit subscriber number
    ['0991--1234567', '0991--1234567'],
    ['无', '无'],
  ])('VR-04 %j → warning', (raw, value) => {
    expect(checkPhone(raw)).toStrictEqual({ value, warning: WARN });
  });

  it('VR-04 tolerates null / undefined', () => {
    expect(checkPhone(null)).toStrictEqual({ value: '' });
    expect(checkPhone(undefined)).toStrictEqual({ value: '' });
  });
});
