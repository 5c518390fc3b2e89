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

/** CFG-29: how many leading and trailing characters of an ID number lists and masked exports show. */
export interface IdMaskPattern {
  keepStart: number;
  keepEnd: number;
}

/** DOMAIN §8 CFG-29 default: 6 + 8 stars + 4. */
export const DEFAULT_ID_MASK: IdMaskPattern = Object.freeze({ keepStart: 6, keepEnd: 4 });
/** The settings' bounds (rule-settings.ts): at most 6 + 4 shown, so at least 8 of 18 characters stay hidden. */
export const ID_MASK_MAX = Object.freeze({ keepStart: 6, keepEnd: 4 });
const ID_LENGTH = 18;

/** A stored CFG-29 value as a pattern; anything out of its bounds falls back to the default. */
export function idMaskPattern(stored: unknown): IdMaskPattern {
  const o = (stored ?? {}) as { keepStart?: unknown; keepEnd?: unknown };
  const ok = (v: unknown, max: number): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
  return ok(o.keepStart, ID_MASK_MAX.keepStart) && ok(o.keepEnd, ID_MASK_MAX.keepEnd)
    ? { keepStart: o.keepStart, keepEnd: o.keepEnd }
    : DEFAULT_ID_MASK;
}

/**
 * VR-09 with the CFG-29 pattern: the first keepStart and last keepEnd characters around the mask, the whole as long
 * as an 18-character ID, e.g. 650102********012X (6 + 4, the default) or 653*************2X (3 + 2).
 */
export function maskIdNumber(raw: string | null | undefined, pattern: IdMaskPattern = DEFAULT_ID_MASK): string {
  const { keepStart, keepEnd } = pattern;
  return maskMiddle(compact(raw), keepStart, MASK_CHAR.repeat(ID_LENGTH - keepStart - keepEnd), keepEnd);
}

/**
 * VR-09, work-list form (issue 18): the last 6 characters behind 12 mask characters, e.g. ************15012X. The
 * contact work list and its lookup show it so the clerk can type 6 digits that single out one person (the last 4
 * often match two); it shows fewer characters than the default mask (no area code), at the same length. A search
 * aid, not the list mask: it keeps this form whatever pattern the county sets for lists (CFG-29).
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

/** A list's phone (VR-09): masked as maskPhone, or null when none is recorded. */
export function maskPhoneOrNull(raw: string | null | undefined): string | null {
  return raw ? maskPhone(raw) : null;
}

/** VR-09: bank/card number → '**** ' + last 4, e.g. '**** 1234'. Four or fewer characters → '****'. */
export function maskBankCard(raw: string | null | undefined): string {
  const value = compact(raw);
  if (value.length === 0) return '';
  if (value.length <= 4) return MASK_CHAR.repeat(4);
  return `${MASK_CHAR.repeat(4)} ${value.slice(-4)}`;
}

/** VR-09 on public notices (公示名单姓名脱敏, a rule setting): names in full, or masked as 张*三. */
export type NoticeNameMask = 'none' | 'keepSurname';

/**
 * VR-09 "name masking only for public notices when required": 'keepSurname' keeps the first character (the surname,
 * or the first of a transliterated name) and the last, and masks every other one — 张*三, 欧**明, 李* (two characters:
 * the first only), 买**·*力 (the middle dot stays, so the name still reads as a transliterated one); 'none' leaves
 * the name as it is. Surrounding whitespace is ignored.
 */
export function maskPersonName(raw: string, mode: NoticeNameMask): string {
  const name = Array.from(raw.trim());
  if (mode === 'none' || name.length === 0) return raw.trim();
  if (name.length <= 2) return name[0] + MASK_CHAR.repeat(name.length - 1);
  const last = name.length - 1;
  return name.map((ch, i) => (i === 0 || i === last || ch === '·' ? ch : MASK_CHAR)).join('');
}
