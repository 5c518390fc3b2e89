// VR-08 Unified social credit code (统一社会信用代码, GB 32100-2015).
// The field is optional (village committees and some public institutions have none):
// callers skip validation for a blank value.
import { halfWidthAlnum } from './text';

export type UsccCheckStep = 'length' | 'characters' | 'checkCharacter';

export type UsccValidation = { ok: true; value: string } | { ok: false; step: UsccCheckStep; message: string };

/** VR-08 character set; a character's value is its index (no I, O, S, V, Z). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** VR-08 weights for positions 1–17 (3^(i−1) mod 31). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const VALID_RE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Trim, remove whitespace (incl. U+3000), full-width → half-width, upper-case. */
export function normalizeUscc(raw: string | null | undefined): string {
  return halfWidthAlnum((raw ?? '').replace(/[\s\u3000]+/g, '')).toUpperCase();
}

/** VR-08: c = 31 − (Σ value_i × W_i mod 31), c = 0 if 31; returns the character with value c. */
export function computeUsccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('computeUsccCheckChar expects 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i]);
    if (v < 0) throw new RangeError(`Invalid USCC character: ${first17[i]}`);
    sum += v * WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return USCC_CHARSET[c === 31 ? 0 : c];
}

/** VR-08: length → characters → check character; messages name the failed step. */
export function validateUscc(raw: string | null | undefined): UsccValidation {
  const value = normalizeUscc(raw);
  if (value.length !== 18) {
    return {
      ok: false,
      step: 'length',
      message: `统一社会信用代码应为18位，当前为${value.length}位`,
    };
  }
  if (!VALID_RE.test(value)) {
    return {
      ok: false,
      step: 'characters',
      message: '统一社会信用代码只能由数字和大写字母组成（不含I、O、S、V、Z）',
    };
  }
  const expected = computeUsccCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    return {
      ok: false,
      step: 'checkCharacter',
      message: `统一社会信用代码校验位错误，应为 ${expected}`,
    };
  }
  return { ok: true, value };
}
