// VR-09 Display masking of personal identifiers (Personal Information Protection, §9).
// All functions are total: empty or unexpectedly short input never throws and never
// reveals more than the normal mask would. Inner whitespace is ignored.

const MASK_CHAR = '*';

function compact(raw: string | null | undefined): string {
  return (raw ?? '').replace(/[\s\u3000]+/g, '');
}

/**
 * Keep `head` leading and `tail` trailing characters around a fixed mask.
 * If the value is too short to keep anything hidden, every character is masked.
 */
function maskMiddle(value: string, head: number, middle: string, tail: number): string {
  if (value.length === 0) return '';
  if (value.length <= head + tail) return MASK_CHAR.repeat(value.length);
  return value.slice(0, head) + middle + value.slice(value.length - tail);
}

/** VR-09: ID number → first 6 + ******** + last 4, e.g. 650102********012X. */
export function maskIdNumber(raw: string | null | undefined): string {
  return maskMiddle(compact(raw), 6, MASK_CHAR.repeat(8), 4);
}

/**
 * VR-09, work-list form (issue 18): the last 6 characters behind 12 mask characters, e.g. ************15012X. The
 * contact work list and its lookup show it so the clerk can type 6 digits that single out one person (the last 4
 * often match two); it shows fewer characters than the normal mask (no area code), at the same length.
 */
export function maskIdNumberLast6(raw: string | null | undefined): string {
  const value = compact(raw);
  // Shorter than an ID (15 or 18 characters): the normal mask, never more revealed than it would show.
  if (value.length < 15) return maskIdNumber(value);
  return MASK_CHAR.repeat(value.length - 6) + value.slice(-6);
}

/** VR-09: phone → first 3 + **** + last 4, e.g. 138****5678. */
export function maskPhone(raw: string | null | undefined): string {
  return maskMiddle(compact(raw), 3, MASK_CHAR.repeat(4), 4);
}

/** VR-09: bank/card number → '**** ' + last 4, e.g. '**** 1234'. Four or fewer characters → '****'. */
export function maskBankCard(raw: string | null | undefined): string {
  const value = compact(raw);
  if (value.length === 0) return '';
  if (value.length <= 4) return MASK_CHAR.repeat(4);
  return `${MASK_CHAR.repeat(4)} ${value.slice(-4)}`;
}
