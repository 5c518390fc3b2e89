// Free text from forms and imported cells: control characters (NUL, BEL, ESC, the C1 range, U+2028/2029, bidi
// overrides …) are never stored (issue 20). They are invisible to the clerk, break Excel cells and can hide text.
// Multi-line notes keep their line breaks and tabs; single-line fields (names, phones, places) keep neither.

const CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r]/g;

/** Removes control characters; line breaks and tabs become spaces unless `multiline`. */
export function stripControls(text: string, multiline = false): string {
  const cleaned = text.replace(CONTROLS, '');
  return multiline ? cleaned : cleaned.replace(LINE_BREAKS, ' ');
}

const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19]/g;
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const toHalfWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** Full-width digits (０–９, as a Chinese input method types them) → 0–9; everything else as it is. */
export const halfWidthDigits = (text: string): string => text.replace(FULL_WIDTH_DIGITS, toHalfWidth);

/** Full-width digits and Latin letters → their half-width forms; everything else as it is. */
export const halfWidthAlnum = (text: string): string => text.replace(FULL_WIDTH_ALNUM, toHalfWidth);

/** Every full-width ASCII character (Ａ１（），！) → its half-width form; everything else, the ideographic space too, as it is. */
export const halfWidthAscii = (text: string): string => text.replace(FULL_WIDTH_ASCII, toHalfWidth);
