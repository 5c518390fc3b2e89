import { describe, it, expect } from 'vitest';
import { luhnValid, validateBankCard } from '../../shared/domain/bank-card';

const LUHN_WARN = '银行卡号校验未通过，请核对';

describe('VR-10 luhnValid', () => {
  it.each([
    ['4111111111111111', true],
    ['6228480402564890018', true],
    ['6212261202001234567', true],
    ['6222020200112233445', false],
    ['79927398713', true], // classic Luhn example
    ['79927398710', false],
    ['', false],
    ['12a4', false],
  ])('VR-10 luhnValid(%j) → %s', (digits, expected) => {
    expect(luhnValid(digits)).toBe(expected);
  });
});

describe('VR-10 validateBankCard', () => {
  it.each([
    ['6228480402564890018', { ok: true, value: '6228480402564890018' }], // 19 digits
    ['4111111111111111', { ok: true, value: '4111111111111111' }], // 16 digits
    ['4111 1111 1111 1111', { ok: true, value: '4111111111111111' }],
    ['6228-4804-0256-4890-018', { ok: true, value: '6228480402564890018' }],
    ['６２２８４８０４０２５６４８９００１８', { ok: true, value: '6228480402564890018' }],
    // Luhn failure is only a warning
    ['6222020200112233445', { ok: true, value: '6222020200112233445', warning: LUHN_WARN }],
    ['621700001001234567', { ok: true, value: '621700001001234567', warning: LUHN_WARN }], // 18
    ['6222000000000000', { ok: true, value: '6222000000000000', warning: LUHN_WARN }], // 16
    // Errors
    ['622848040256489', { ok: false, message: '银行卡号应为16至19位，当前为15位' }],
    ['62284804025648900181', { ok: false, message: '银行卡号应为16至19位，当前为20位' }],
    ['62284804025648900A', { ok: false, message: '银行卡号只能由数字组成' }],
    ['6228.4804.0256.4890', { ok: false, message: '银行卡号只能由数字组成' }],
    ['', { ok: false, message: '请填写银行卡号' }],
    ['   ', { ok: false, message: '请填写银行卡号' }],
  ])('VR-10 validateBankCard(%j)', (raw, expected) => {
    expect(validateBankCard(raw)).toStrictEqual(expected);
  });
});
