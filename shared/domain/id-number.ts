// VR-01 Resident ID number (公民身份号码, GB 11643-1999).
// Pure validation: normalise, then check length → characters → region → date → check digit,
// stopping at the first failed step so the message names it (VR-01 step 7).

import { compareDates, formatDate, isValidDate } from './dates';
import { halfWidthAlnum } from './text';

export type IdCheckStep = 'length' | 'characters' | 'region' | 'date' | 'checkDigit';

export type IdValidation =
  | { ok: true; value: string; sex: '1' | '2'; birthDate: string; warnings: string[] }
  | { ok: false; step: IdCheckStep; message: string };

/** VR-01 step 6: W_i = 2^(18−i) mod 11 for i = 1..17. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** VR-01 step 3: valid province-level prefixes. */
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** Whether two digits are a province-level code (VR-01 step 3); `mainland` leaves out 71 (台湾), 81/82 (港澳) and 83. */
export const isProvinceCode = (two: string, mainland = false): boolean =>
  PROVINCE_CODES.has(two) && !(mainland && Number(two) > 70);

export const XINJIANG_PREFIX = '65';
export const WARNING_NOT_XINJIANG = '户籍非新疆';

/**
 * VR-01 step 1: trim, remove all whitespace (incl. U+3000 ideographic space),
 * full-width digits/letters → half-width, lowercase x → X.
 * Only x is upper-cased: other letters are left as typed so they fail the character step visibly.
 */
export function normalizeIdNumber(raw: string): string {
  return halfWidthAlnum((raw ?? '').replace(/[\s\u3000]+/g, '')).replace(/x/g, 'X');
}

/** VR-01 step 6: ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function computeCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('computeCheckDigit expects exactly 17 digits');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[i]) * WEIGHTS[i];
  }
  return CHECK_CHARS[sum % 11];
}

/**
 * VR-01: validate an 18-digit resident ID against `today` ('YYYY-MM-DD').
 * On success returns the normalised value, sex from digit 17 (odd = '1' male, even = '2' female),
 * the birth date and warnings (non-Xinjiang prefix → 户籍非新疆, not an error).
 */
export function validateIdNumber(raw: string, today: string): IdValidation {
  const value = normalizeIdNumber(raw);

  // Step 2a: length.
  if (value.length !== 18) {
    return { ok: false, step: 'length', message: `公民身份号码应为18位，当前为${value.length}位` };
  }

  // Step 2b: characters 1–17 digits, 18 digit or X.
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, step: 'characters', message: '公民身份号码只能由数字和末位X组成' };
  }

  // Step 3: province prefix. The full 6-digit code is intentionally not checked.
  const province = value.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) {
    return {
      ok: false,
      step: 'region',
      message: `公民身份号码前两位（${province}）不是有效的省级行政区划代码`,
    };
  }

  // Step 4: birth date is a real date, 1900-01-01 ≤ date ≤ today.
  const birthDate = formatDate(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)));
  if (!isValidDate(birthDate) || compareDates(birthDate, '1900-01-01') < 0) {
    return { ok: false, step: 'date', message: `公民身份号码中的出生日期（${birthDate}）无效` };
  }
  if (compareDates(birthDate, today) > 0) {
    return { ok: false, step: 'date', message: `公民身份号码中的出生日期（${birthDate}）晚于今天` };
  }

  // Step 6: check digit.
  const expected = computeCheckDigit(value.slice(0, 17));
  if (value[17] !== expected) {
    return { ok: false, step: 'checkDigit', message: `公民身份号码校验位错误，应为 ${expected}` };
  }

  // Step 5: digit 17 odd = male (1), even = female (2).
  const sex: '1' | '2' = Number(value[16]) % 2 === 1 ? '1' : '2';
  const warnings: string[] = [];
  if (province !== XINJIANG_PREFIX) warnings.push(WARNING_NOT_XINJIANG);

  return { ok: true, value, sex, birthDate, warnings };
}

// VR-02 Legacy 15-digit IDs (first-generation cards, expired in 2013): refused everywhere; the converter below only
// proposes the 18-digit number, which the clerk must confirm (the person form's 转换为18位, never an import).

/** Any 19yy birth date is on or before this, so VR-01's "not after today" never decides a converted number. */
const LEGACY_LAST_BIRTH_DATE = '1999-12-31';

export const LEGACY_ID_MESSAGE = '这是15位的第一代身份证号码，第一代身份证已停止使用，请填写18位公民身份号码';

export type LegacyIdConversion = { ok: true; value: string } | { ok: false; message: string };

/** VR-02: after VR-01 step 1 the number is 15 digits (a first-generation ID). */
export function isLegacyIdNumber(raw: string): boolean {
  return /^\d{15}$/.test(normalizeIdNumber(raw));
}

/**
 * VR-02 converter: region (6) + birth date yymmdd (6) + sequence (3) → region + 19yymmdd + sequence + check digit.
 * The region prefix and the birth date (as 19yy) are checked as VR-01 checks an 18-digit number.
 */
export function convertLegacyIdNumber(raw: string): LegacyIdConversion {
  const digits = normalizeIdNumber(raw);
  if (!/^\d{15}$/.test(digits)) return { ok: false, message: '第一代身份证号码应为15位数字' };
  const first17 = `${digits.slice(0, 6)}19${digits.slice(6)}`;
  const checked = validateIdNumber(first17 + computeCheckDigit(first17), LEGACY_LAST_BIRTH_DATE);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, message: checked.message };
}

/**
 * VR-02 refusal of a 15-digit number. With `showConversion` it names the 18-digit number it converts to (imports:
 * the clerk corrects the sheet); the person form shows that number on its 转换为18位 button instead. A number that
 * cannot be converted says why.
 */
export function legacyIdMessage(raw: string, showConversion = true): string {
  const converted = convertLegacyIdNumber(raw);
  if (!converted.ok) return `${LEGACY_ID_MESSAGE}（该号码无法转换为18位：${converted.message}）`;
  return showConversion
    ? `${LEGACY_ID_MESSAGE}（按规则转换为18位是 ${converted.value}，请与本人证件核对）`
    : LEGACY_ID_MESSAGE;
}

/**
 * VR-01 as forms apply it, with VR-02: a 15-digit number is refused with the legacy message, not the length one
 * (`showConversion` as legacyIdMessage: for a field without the form's 转换为18位 button).
 */
export function checkIdNumber(raw: string, today: string, showConversion = false): IdValidation {
  const checked = validateIdNumber(raw, today);
  if (checked.ok || !isLegacyIdNumber(raw)) return checked;
  return { ok: false, step: 'length', message: legacyIdMessage(raw, showConversion) };
}
