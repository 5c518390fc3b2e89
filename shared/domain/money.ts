// BR-32 Money. Amounts are stored and summed as integer fen (分) so that no floating-point
// error can creep into rosters; conversion to and from yuan goes through decimal strings.
//
// Chinese capital numerals (大写) convention used here (common 支付结算 practice):
// - no 角 and no 分            → "…元整"            (100 → 壹佰元整, 0 → 零元整)
// - 角 but no 分               → "…元X角整"          (10.50 → 壹拾元伍角整)
// - 分 but no 角               → "…元零X分"          (1000.05 → 壹仟元零伍分)
// - 角 and 分                  → "…元X角Y分"         (the optional 零 after a 0 in the 元 place is not written)
// - under one yuan             → the 元 part is left out (0.56 → 伍角陆分, 0.05 → 伍分)
// - one 零 for each run of zeros inside the yuan part, including across 万/亿 sections
//   (100001 → 壹拾万零壹元整, 100010000 → 壹亿零壹万元整); 10–19 are written 壹拾…
// - negative amounts are prefixed 负; the yuan part must be below 1 万亿 (up to 9999亿…).
import { halfWidthDigits } from './text';

export type YuanParse = { ok: true; fen: number } | { ok: false; message: string };

const YUAN_RE = /^([+-]?)(\d+)(?:\.(\d{1,2}))?$/;
const GROUPED_RE = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * Parse a yuan amount ('1234.56', '1,234.5', '-12', 12.3) into integer fen without floats.
 * At most 2 decimals; numbers are converted with String() first, so 0.1 + 0.2 is rejected.
 */
export function parseYuan(input: string | number): YuanParse {
  let s: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, message: '金额格式不正确' };
    s = String(input);
  } else {
    s = halfWidthDigits(input)
      .replace(/\uFF0E/g, '.')
      .replace(/[\uFF0C]/g, ',')
      .replace(/[\s\u3000]+/g, '');
  }
  if (s.includes(',')) {
    if (!GROUPED_RE.test(s)) return { ok: false, message: '金额格式不正确' };
    s = s.replace(/,/g, '');
  }
  if (s === '') return { ok: false, message: '请填写金额' };
  if (/^[+-]?\d+\.\d{3,}$/.test(s)) return { ok: false, message: '金额最多保留两位小数' };
  const match = YUAN_RE.exec(s);
  if (!match) return { ok: false, message: '金额格式不正确' };

  const [, sign, intPart, decPart = ''] = match;
  const fenText = intPart.replace(/^0+(?=\d)/, '') + decPart.padEnd(2, '0');
  const abs = Number(fenText);
  if (!Number.isSafeInteger(abs)) return { ok: false, message: '金额超出允许范围' };
  const fen = sign === '-' ? -abs : abs;
  return { ok: true, fen: fen === 0 ? 0 : fen };
}

/** BR-32: yuan → integer fen; throws an Error with a Chinese message when the input is invalid. */
export function yuanToFen(input: string | number): number {
  const parsed = parseYuan(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.fen;
}

function assertFen(fen: number): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额必须是以分为单位的整数：${fen}`);
}

function splitFen(fen: number): { sign: string; yuan: string; cents: string } {
  assertFen(fen);
  const abs = Math.abs(fen);
  return { sign: fen < 0 ? '-' : '', yuan: String(Math.floor(abs / 100)), cents: String(abs % 100).padStart(2, '0') };
}

/** BR-32: fen → '1,234.56' (two decimals, thousands separators, '-' for negatives). */
export function formatFen(fen: number): string {
  const { sign, yuan, cents } = splitFen(fen);
  return `${sign}${yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** BR-32: fen → '1234.56' (two decimals, no separators, '-' for negatives): an amount inside a sentence or a form field. */
export function fenToYuanText(fen: number): string {
  const { sign, yuan, cents } = splitFen(fen);
  return `${sign}${yuan}.${cents}`;
}

/**
 * A yuan amount as a form holds it (a number from a numeric input, or typed text) → fen for the contract: null when
 * empty, NaN when it is not a valid amount (more than two decimals, not a number), so the contract's schema names the field.
 */
export function formYuanToFen(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const parsed = parseYuan(value);
  return parsed.ok ? parsed.fen : Number.NaN;
}

/** fen → the yuan number a numeric form field holds (the inverse of formYuanToFen), through the exact decimal text. */
export function fenToFormYuan(fen: number): number {
  return Number(fenToYuanText(fen));
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const SECTION_UNITS = ['', '万', '亿'] as const;
const MAX_YUAN = 1_000_000_000_000; // 1 万亿 (exclusive)

/** 1–9999 → capitals with inner zeros as a single 零 and trailing zeros omitted. */
function sectionToUpper(section: number): string {
  let out = '';
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(section / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d] + SMALL_UNITS[pos];
  }
  return out;
}

/** Integer yuan (1 ≤ yuan < 1 万亿) → capitals without the 元 unit. */
function yuanToUpper(yuan: number): string {
  let out = '';
  let pendingZero = false;
  for (let i = SECTION_UNITS.length - 1; i >= 0; i--) {
    const section = Math.floor(yuan / 10_000 ** i) % 10_000;
    if (section === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    // A zero is needed after a higher section when this section has a leading zero
    // (e.g. 10万0001) or when a whole section was empty (e.g. 1亿0000万0001).
    if (out !== '' && (pendingZero || section < 1000)) out += '零';
    pendingZero = false;
    out += sectionToUpper(section) + SECTION_UNITS[i];
  }
  return out;
}

/** BR-32: fen → 大写, e.g. 1234567 → 壹万贰仟叁佰肆拾伍元陆角柒分. See the convention at the top. */
export function fenToChineseUpper(fen: number): string {
  assertFen(fen);
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  if (yuan >= MAX_YUAN) throw new RangeError('金额超出大写转换范围（最大9999亿元）');
  const jiao = Math.floor(abs / 10) % 10;
  const fenDigit = abs % 10;

  if (abs === 0) return '零元整';

  let out = fen < 0 ? '负' : '';
  if (yuan > 0) out += `${yuanToUpper(yuan)}元`;
  if (jiao === 0 && fenDigit === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (fenDigit > 0) return `${out}${DIGITS[fenDigit]}分`;
  return `${out}整`;
}
