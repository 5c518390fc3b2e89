// VR-04 Phone numbers (联系电话). Formats outside the usual patterns only warn, never block:
// clerks record whatever number actually reaches the person.

import { stripControls, halfWidthDigits } from './text';

export interface PhoneCheck {
  /** Normalised value: trimmed, whitespace removed, full-width digits and hyphens half-width. */
  value: string;
  /** Present when a non-empty value matches neither a mobile nor a fixed-line pattern. */
  warning?: string;
}

/** VR-04 mobile: 11 digits starting 13–19. */
export const MOBILE_RE = /^1[3-9]\d{9}$/;
/** VR-04 fixed line: area code 0 + 2–3 digits (Xinjiang 09xx), optional hyphen, 7–8 digits. */
export const FIXED_LINE_RE = /^0\d{2,3}-?\d{7,8}$/;

export const WARNING_UNUSUAL_PHONE = '联系电话格式不常见，请核对';

export function normalizePhone(raw: string | null | undefined): string {
  return halfWidthDigits(stripControls(raw ?? ''))
    .replace(/[\uFF0D\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u3000]+/g, '');
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
