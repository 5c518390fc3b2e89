// Import step 1: find the header row(s) below any title rows and map columns by header text.
// Tolerates title and unit lines above the header, a two-row header (group cell merged across its
// children, single headers merged down), extra spaces, full-width characters, （）, and the
// synonyms clerks actually type (身份证号, 身份证号码 …).
import { ruleViolation } from '../../../../shared/contract/result';
import { type CellRange, type RawCell, type RawTable, columnLetter, normalizeText } from '../read-table';

export interface HeaderSpec {
  /** Field key the column maps to, e.g. 'idNumber'. */
  key: string;
  /** The template's header text, also used in messages, e.g. 公民身份号码. */
  label: string;
  synonyms?: string[];
  /**
   * Texts too loose to claim a column on their own (卡号): they map a one-level header cell only when no other
   * column of the header maps to the field and exactly one column reads so.
   */
  weakSynonyms?: string[];
  required?: boolean;
}

export interface ColumnMap {
  /** Excel row number of the (first) header row. */
  headerRow: number;
  headerRows: 1 | 2;
  /** Excel row number of the first row below the header. */
  firstDataRow: number;
  /** key → 0-based column index, for the columns found. */
  columns: Record<string, number>;
  /** Header cells that matched nothing (ignored on import; worth showing to the clerk). */
  unmapped: { column: string; header: string }[];
}

export const HEADER_SEARCH_ROWS = 15;

/**
 * Header text reduced for comparison: full-width → half-width, no spaces, no punctuation or brackets,
 * no required marks (*, 必填), lower case. 乡镇（街道） / 乡镇(街道) / 乡镇/街道 → 乡镇街道.
 */
export function canonicalHeader(cell: RawCell | string): string {
  return normalizeText(cell)
    .replace(/[()[\]{}<>【】《》〔〕/\\、,，.。:：;；\-_—–·•*＊'"“”‘’!！?？#＃]/g, '')
    .replace(/[(（]?(必填|选填|必须填写)[)）]?$/, '')
    .replace(/^(必填|选填)/, '')
    .toLowerCase();
}

/** A header without its bracketed hints: 公民身份号码(18位) → 公民身份号码, 性别（男/女） → 性别. */
const withoutHints = (cell: RawCell | string) => normalizeText(cell).replace(/[(（][^()（）]*[)）]/g, '');

/** canonical text → key; two specs claiming the same text is a programming error. */
function lookupOf(
  specs: HeaderSpec[],
  texts = (s: HeaderSpec) => [s.label, ...(s.synonyms ?? [])],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of specs) {
    for (const text of texts(s)) {
      const c = canonicalHeader(text);
      const other = map.get(c);
      if (other && other !== s.key) throw new Error(`表头“${text}”同时对应 ${other} 和 ${s.key}`);
      map.set(c, s.key);
    }
  }
  return map;
}

/** A header row's cells for comparison: as written, and without bracketed hints (the fallback). */
interface Texts {
  full: string[];
  bare: string[];
}

const textsOf = (rows: RawCell[][], r: number): Texts => ({
  full: (rows[r] ?? []).map((c) => canonicalHeader(c)),
  bare: (rows[r] ?? []).map((c) => canonicalHeader(withoutHints(c))),
});

/** Candidate texts per column: one header row, or a group + child pair from two rows. */
function candidates(top: string[], bottom: string[] | null, c: number): string[] {
  const t = top[c] ?? '';
  if (!bottom) return [t];
  const b = bottom[c] ?? '';
  if (b === '' || b === t) return [t];
  return t === '' ? [b] : [t + b, ...rangeCandidates(t, b), b];
}

/** A group over a date range's two ends (合同期限, 培训起止, 见习期限 …): its stem is 合同, 培训, 见习. */
const RANGE_GROUP = /^(.+?)(期限|起止日期|起止时间|起止|期间|时间|日期)$/;
const RANGE_START = /^(开始|起|起始|始|自|从)(日期|时间)?$/;
const RANGE_END = /^(截止|止|终止|结束|到期|至|到)(日期|时间)?$/;

/**
 * audit8 gap 6: a date range's ends under a merged group cell (合同期限 over 开始 | 截止) read as the stem's start
 * and end dates (合同开始日期, 合同截止日期 …), whichever of those the specs know as a header or synonym.
 */
function rangeCandidates(group: string, leaf: string): string[] {
  const g = RANGE_GROUP.exec(group);
  if (!g) return [];
  const stem = g[1];
  if (RANGE_START.test(leaf)) return ['开始日期', '起始日期', '开始时间'].map((e) => stem + e);
  if (RANGE_END.test(leaf)) return ['截止日期', '结束日期', '终止日期', '到期日期'].map((e) => stem + e);
  return [];
}

/** Each column's field: by the text as written, else (a header with bracketed hints) by the text without them. */
function matchColumns(lookup: Map<string, string>, top: Texts, bottom: Texts | null): (string | null)[] {
  const width = Math.max(top.full.length, bottom?.full.length ?? 0);
  const find = (texts: string[]) => texts.find((text) => text && lookup.has(text));
  return Array.from({ length: width }, (_, c) => {
    const text =
      find(candidates(top.full, bottom?.full ?? null, c)) ?? find(candidates(top.bare, bottom?.bare ?? null, c));
    return text ? lookup.get(text)! : null;
  });
}

/**
 * Weak synonyms fill what is left: a column whose whole header (both rows) reads as one, for a field no other
 * column took, when no second column reads so too.
 */
function matchWeak(specs: HeaderSpec[], keys: (string | null)[], top: Texts, bottom: Texts | null): (string | null)[] {
  const weak = lookupOf(specs, (s) => s.weakSynonyms ?? []);
  if (weak.size === 0) return keys;
  const whole = (c: number) =>
    (top.full[c] ?? '') + (bottom && bottom.full[c] !== top.full[c] ? (bottom.full[c] ?? '') : '');
  const hits = keys.map((k, c) => (k === null ? (weak.get(whole(c)) ?? null) : null));
  return keys.map((k, c) => {
    const hit = hits[c];
    if (k !== null || hit === null) return k;
    return keys.includes(hit) || hits.filter((h) => h === hit).length > 1 ? null : hit;
  });
}

const distinct = (keys: (string | null)[]) => new Set(keys.filter((k) => k !== null)).size;

/** The slave columns of horizontal merges touching row r (they repeat the master's text). */
function mergedSlaveColumns(merges: CellRange[], r: number): Set<number> {
  const out = new Set<number>();
  for (const m of merges) if (m.top <= r && r <= m.bottom) for (let c = m.left + 1; c <= m.right; c++) out.add(c);
  return out;
}

/** One column of a found header: its letter, the text the clerk wrote and the field it matched (null: none). */
export interface HeaderColumn {
  index: number;
  column: string;
  header: string;
  key: string | null;
}

export interface DetectedHeader {
  /** Excel row number of the (first) header row. */
  headerRow: number;
  headerRows: 1 | 2;
  firstDataRow: number;
  /** How many distinct fields the header matches. */
  score: number;
  /** Every non-empty header column (merged slaves left out), left to right. */
  columns: HeaderColumn[];
}

/**
 * Finds the header among the first HEADER_SEARCH_ROWS rows (the row matching the most known headers) and
 * decides whether it spans two rows. null when no row matches any known header. Never throws.
 */
export function detectHeader(table: RawTable, specs: HeaderSpec[]): DetectedHeader | null {
  const lookup = lookupOf(specs);
  const { rows, merges } = table;
  // Best row, or pair of rows when the header has two levels. A pair only counts when its top row
  // matches something itself: a title merged across the sheet is not a group header.
  let best = -1;
  let bestScore = 0;
  let twoRows = false;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const single = distinct(matchColumns(lookup, textsOf(rows, r), null));
    if (single > bestScore) [best, bestScore, twoRows] = [r, single, false];
    if (single > 0 && r + 1 < rows.length) {
      const pair = distinct(matchColumns(lookup, textsOf(rows, r), textsOf(rows, r + 1)));
      if (pair > bestScore) [best, bestScore, twoRows] = [r, pair, true];
    }
  }
  if (best < 0) return null;

  const top = textsOf(rows, best);
  const below = best + 1 < rows.length ? textsOf(rows, best + 1) : null;
  if (!twoRows && below) {
    // Same score either way: a header cell merged down, or a child header under a different group
    // text (联系方式 over 手机), still marks the row below as part of the header.
    const pair = matchColumns(lookup, top, below);
    const childHits = pair.filter(
      (k, c) => k !== null && (below.full[c] ?? '') !== '' && below.full[c] !== top.full[c],
    ).length;
    twoRows = merges.some((m) => m.top === best && m.bottom > best) || (childHits > 0 && distinct(pair) >= bestScore);
  }

  const keys = matchWeak(specs, matchColumns(lookup, top, twoRows ? below : null), top, twoRows ? below : null);
  const slaves = mergedSlaveColumns(merges, twoRows ? best + 1 : best);
  const columns: HeaderColumn[] = [];
  keys.forEach((key, c) => {
    if (slaves.has(c)) return;
    const header = headerText(rows, best, twoRows, c);
    if (key !== null || header) columns.push({ index: c, column: columnLetter(c), header, key });
  });
  const headerRows = twoRows ? 2 : 1;
  return { headerRow: best + 1, headerRows, firstDataRow: best + 1 + headerRows, score: distinct(keys), columns };
}

export const noHeaderMessage = (specs: HeaderSpec[]) => {
  const requiredLabels = specs.filter((s) => s.required).map((s) => `“${s.label}”`);
  const hint = requiredLabels.length ? `表头应包含${requiredLabels.join('、')}等列名。` : '';
  return `在文件前${HEADER_SEARCH_ROWS}行中找不到表头。${hint}`;
};

/** A field mapped to more than one column is refused, naming the columns. */
export function assertSingleColumns(columns: HeaderColumn[], specs: HeaderSpec[], prefix = ''): Record<string, number> {
  const seen = new Map<string, number[]>();
  for (const c of columns) if (c.key !== null) seen.set(c.key, [...(seen.get(c.key) ?? []), c.index]);
  const out: Record<string, number> = {};
  for (const [key, cols] of seen) {
    if (cols.length > 1) {
      const label = specs.find((s) => s.key === key)?.label ?? key;
      throw ruleViolation(
        `${prefix}“${label}”列出现了${cols.length}次（${cols.map((c) => `${columnLetter(c)}列`).join('、')}），请只保留一列后重新导入。`,
      );
    }
    out[key] = cols[0];
  }
  return out;
}

/**
 * Finds and maps the header (detectHeader). Throws a Chinese RULE_VIOLATION when no header is found, when
 * required columns are missing (all named), or when a field appears twice.
 */
export function mapColumns(table: RawTable, specs: HeaderSpec[]): ColumnMap {
  const found = detectHeader(table, specs);
  if (!found) throw ruleViolation(noHeaderMessage(specs));
  const columns = assertSingleColumns(found.columns, specs);
  const missing = specs.filter((s) => s.required && columns[s.key] === undefined).map((s) => `“${s.label}”`);
  if (missing.length) {
    throw ruleViolation(
      `第${found.headerRow}行的表头中缺少必需的列：${missing.join('、')}。请按导入模板的列名填写表头。`,
      undefined,
      { headerRow: found.headerRow },
    );
  }
  const unmapped = found.columns.filter((c) => c.key === null).map((c) => ({ column: c.column, header: c.header }));
  return {
    headerRow: found.headerRow,
    headerRows: found.headerRows,
    firstDataRow: found.firstDataRow,
    columns,
    unmapped,
  };
}

/** The header as the clerk wrote it (spaces collapsed), for the list of ignored columns. */
function headerText(rows: RawCell[][], r: number, twoRows: boolean, c: number): string {
  const show = (cell: RawCell | undefined) => normalizeText(cell ?? null);
  const t = show(rows[r]?.[c]);
  const b = twoRows ? show(rows[r + 1]?.[c]) : '';
  return b && b !== t ? (t ? `${t}/${b}` : b) : t;
}
