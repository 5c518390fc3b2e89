// How much room a text needs in the report frame, so lines written across the table (title, unit line, 说明,
// signatures) wrap inside its width and get a row tall enough to show every wrapped line when printed (issue 18:
// a line running past the last column made fit-to-width shrink the whole page). Widths are in Excel's column
// units (about one '0' of the default font); the figures are for 宋体, measured against LibreOffice and Excel
// output at 100 %: a CJK character at 10 pt takes about 1.9 units, a Latin character or digit about 1.1.

/** Full-width characters: CJK ideographs and punctuation, kana, Hangul, full-width forms. */
const WIDE = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Column units a text takes on one line at the given font size (pt). */
export function textUnits(text: string, fontSize = 10): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 1.9 : 1.1;
  return (units * fontSize) / 10;
}

/** Lines a text wraps to in a cell (or merged range) `width` units wide; explicit line breaks count. */
export function wrappedLines(text: string, width: number, fontSize = 10): number {
  const usable = Math.max(1, width - 1); // cell padding
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line, fontSize) / usable)), 0);
}

/** Row height (pt) that shows `lines` lines of the font size, with a little air; never below `min`. */
export function rowHeightFor(lines: number, fontSize = 10, min = 0): number {
  return Math.max(min, Math.ceil(lines * fontSize * 1.35 + 6));
}

/** Portrait A4 holds about this many column units at 100 % (0.4 in margins); wider tables print landscape. */
export const PORTRAIT_UNITS = 100;

/** Landscape A4 holds about this many column units at 100 % (the page's long side over its short side, same margins). */
export const LANDSCAPE_UNITS = 146;

/** The scale fit-to-width prints a table of `width` units at (1 = 100 %): text of 10 pt prints at 10 × this. */
export function fitToWidthScale(width: number, orientation: 'portrait' | 'landscape'): number {
  return Math.min(1, (orientation === 'portrait' ? PORTRAIT_UNITS : LANDSCAPE_UNITS) / width);
}
