// VR-10 Bank card / social security card financial account number (社保卡金融账户/银行卡号).
// Digits only, 16–19 long (error otherwise); a failed Luhn check is only a warning because
// some older accounts do not follow it. The field is optional: callers skip a blank value.
import { halfWidthDigits } from './text';

export type BankCardValidation = { ok: true; value: string; warning?: string } | { ok: false; message: string };

export const WARNING_LUHN = '银行卡号校验未通过，请核对';

/** Remove whitespace (incl. U+3000) and hyphens; full-width digits → half-width. */
export function normalizeBankCard(raw: string | null | undefined): string {
  return halfWidthDigits(raw ?? '').replace(/[\s\u3000\-\uFF0D]+/g, '');
}

/** Luhn (mod 10) check over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** VR-10 validation. */
export function validateBankCard(raw: string | null | undefined): BankCardValidation {
  const value = normalizeBankCard(raw);
  if (value === '') return { ok: false, message: '请填写银行卡号' };
  if (!/^\d+$/.test(value)) return { ok: false, message: '银行卡号只能由数字组成' };
  if (value.length < 16 || value.length > 19) {
    return { ok: false, message: `银行卡号应为16至19位，当前为${value.length}位` };
  }
  if (!luhnValid(value)) return { ok: true, value, warning: WARNING_LUHN };
  return { ok: true, value };
}
