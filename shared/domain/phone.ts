// VR-04 Phone numbers (联系电话). Formats outside the usual patterns only warn, never block:
// clerks record whatever number actually reaches the person.

import { stripControls, halfWidthDigits } from './text';

export interface PhoneCheck {
  /** Normalised value: trimmed, whitespace removed, full-width digits and hyphens half-width, a mobile as 11 digits. */
  value: string;
  /** Present when a non-empty value matches neither a mobile nor a fixed-line pattern. */
  warning?: string;
}

/** VR-04 mobile: 11 digits starting 13–19. */
export const MOBILE_RE = /^1[3-9]\d{9}$/;
/** VR-04 fixed line: area code 0 + 2–3 digits (Xinjiang 09xx), optional hyphen, 7–8 digits. */
export const FIXED_LINE_RE = /^0\d{2,3}-?\d{7,8}$/;

export const WARNING_UNUSUAL_PHONE = '联系电话格式不常见，请核对';

/** The country code in front of a mobile number: +86, 86, 0086 (full-width ＋ folded). */
const COUNTRY_CODE = /^(?:\+86|0086|86)/;

/**
 * VR-04 normalisation: controls stripped, full-width digits and hyphens half-width, whitespace removed; a mobile
 * written with the country code (+86 138…) or grouped with hyphens (138-9901-2345) is kept as its 11 digits, but
 * only when what remains is a valid mobile. Fixed lines keep their hyphen (0991-1234567).
 */
export function normalizePhone(raw: string | null | undefined): string {
  const value = halfWidthDigits(stripControls(raw ?? ''))
    .replace(/[\uFF0D\u2010-\u2015\u2212]/g, '-')
    .replace(/\uFF0B/g, '+')
    .replace(/[\s\u3000]+/g, '');
  if (isMobile(value) || isFixedLine(value)) return value;
  const digits = value.replace(/-/g, '');
  return [digits, digits.replace(COUNTRY_CODE, '')].find(isMobile) ?? value;
}

export function isMobile(value: string): boolean {
  return MOBILE_RE.test(value);
}

export function isFixedLine(value: string): boolean {
  return FIXED_LINE_RE.test(value);
}

/** VR-04: normalise and, for a non-empty value in an unusual format, attach a warning. */
export function checkPhone(raw: string | null | undefined): PhoneCheck {
  const value = normalizePhone(raw);
  if (value === '' || isMobile(value) || isFixedLine(value)) return { value };
  return { value, warning: WARNING_UNUSUAL_PHONE };
}
