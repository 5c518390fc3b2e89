// VR-05 Person names (姓名). Uyghur/Kazakh names written in Chinese use the interpunct
// U+00B7 between name parts (阿不都热合曼·买买提) and are often longer than 10 characters.

export type PersonNameValidation = { ok: true; value: string } | { ok: false; message: string };

export const INTERPUNCT = '\u00B7';
export const MAX_NAME_LENGTH = 60;

/**
 * Look-alike separators typed instead of U+00B7: • (U+2022), ・ (U+30FB), ． (U+FF0E), '.',
 * ‧ (U+2027), ･ (U+FF65), plus U+00B7 itself so that spaces around it are removed too.
 */
const SEPARATOR_CLASS = '[\u2022\u30FB\uFF0E.\u2027\uFF65\u00B7]';
const SEPARATOR_BETWEEN = new RegExp(`(?<=\\S) ?${SEPARATOR_CLASS} ?(?=\\S)`, 'gu');
const SEPARATOR_AT_EDGE = new RegExp(`^${SEPARATOR_CLASS}|${SEPARATOR_CLASS}$`, 'u');

const ALLOWED_CHAR = /[\p{Script=Han}\u00B7A-Za-z ]/u;

/** A space between two Han characters: office rosters pad two-character names (张\u3000三) to line them up. */
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;

/**
 * VR-05 normalisation: trim, collapse whitespace (incl. U+3000) to single spaces, drop a space between two Han
 * characters (张\u3000三 → 张三; Latin words keep theirs), and map a
 * look-alike separator standing between two characters to U+00B7, dropping spaces around it
 * (阿依古丽 • 吐尔逊 → 阿依古丽·吐尔逊). Separators at the very start or end are left as typed
 * so validation can report them.
 */
export function normalizePersonName(raw: string | null | undefined): string {
  return (raw ?? '').replace(/\s+/gu, ' ').trim().replace(SPACE_BETWEEN_HAN, '').replace(SEPARATOR_BETWEEN, INTERPUNCT);
}

/**
 * VR-05 validation on the normalised name: 1–60 characters (Unicode code points); CJK,
 * U+00B7 and Latin letters; single spaces only between Latin words; no digits;
 * no leading/trailing or doubled interpunct.
 */
export function validatePersonName(raw: string | null | undefined): PersonNameValidation {
  const value = normalizePersonName(raw);
  const chars = Array.from(value);

  if (chars.length === 0) return { ok: false, message: '请填写姓名' };
  if (chars.length > MAX_NAME_LENGTH) {
    return { ok: false, message: `姓名不能超过${MAX_NAME_LENGTH}个字符` };
  }
  if (/\p{Nd}/u.test(value)) return { ok: false, message: '姓名不能包含数字' };
  if (SEPARATOR_AT_EDGE.test(value)) {
    return { ok: false, message: '姓名不能以“·”开头或结尾' };
  }
  if (value.includes(INTERPUNCT + INTERPUNCT)) {
    return { ok: false, message: '姓名中的“·”不能连续出现' };
  }
  if (/(?<![A-Za-z]) | (?![A-Za-z])/.test(value)) {
    return { ok: false, message: '姓名中的空格只能用于分隔拉丁字母拼写的单词' };
  }
  const bad = chars.find((c) => !ALLOWED_CHAR.test(c));
  if (bad !== undefined) {
    return { ok: false, message: `姓名包含不允许的字符“${bad}”` };
  }
  return { ok: true, value };
}
