// Import step 2 for coded columns: the Chinese label a clerk writes (or the code itself) → the code of the
// DOMAIN §4 list. Common short forms are accepted; anything else is reported, never guessed.
import {
  EDUCATIONS,
  EMPLOYMENT_STATUSES,
  ETHNICITIES,
  POVERTY_STATUSES,
  ethnicityCodeFromLabel,
  type CodeItem,
} from '../../../../shared/enums';
import { toHalfWidth } from '../../excel/import/values';

/** Lookup text: half-width, no spaces, Chinese brackets as ASCII. */
export const lookupKey = (s: string) =>
  toHalfWidth(s)
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

/** A label without its bracketed part: 失业(未就业) → 失业. */
const bare = (label: string) => label.replace(/\(.*\)$/, '');

/** A code list as a lookup: codes, labels (with and without the bracket) and the synonyms given. */
export function codeTable(list: readonly CodeItem[], synonyms: Record<string, string> = {}): Map<string, string> {
  const map = new Map<string, string>();
  for (const { code, label } of list) {
    map.set(lookupKey(code), code);
    map.set(lookupKey(label), code);
    if (bare(label) !== label) map.set(lookupKey(bare(label)), code);
  }
  for (const [text, code] of Object.entries(synonyms)) map.set(lookupKey(text), code);
  return map;
}

const SEX = new Map([
  ['男', '1'],
  ['男性', '1'],
  ['1', '1'],
  ['女', '2'],
  ['女性', '2'],
  ['2', '2'],
]);

/** E03: labels, codes and the short forms of rosters (本科, 大专, 高中 …). */
const EDUCATION = codeTable(EDUCATIONS, {
  硕士: '10',
  博士: '10',
  硕士研究生: '10',
  博士研究生: '10',
  本科: '20',
  大学: '20',
  大专: '30',
  专科: '30',
  高职: '30',
  中专: '40',
  中技: '40',
  职高: '40',
  技校: '40',
  职业高中: '40',
  技工学校: '40',
  高中: '60',
  文盲: '90',
  半文盲: '90',
  文盲半文盲: '90',
  其他: '90',
});

/** E09: labels (with or without the bracket), codes and short forms. */
const EMPLOYMENT = codeTable(EMPLOYMENT_STATUSES, {
  未就业: '10',
  失业: '10',
  失业人员: '10',
  无业: '10',
  待业: '10',
  自主创业: '23',
  个体: '23',
  个体户: '23',
  个体经营: '23',
  创业: '23',
  公益性岗位: '24',
  公益岗: '24',
  在校: '30',
  在校生: '30',
  学生: '30',
  就业见习: '25',
  见习: '25',
  退休: '50',
  领取养老金: '50',
});

const POVERTY = codeTable(POVERTY_STATUSES, { 脱贫人口: '1', 脱贫户: '1', 非脱贫户: '0', 否: '0' });

const YES = new Set(['是', 'y', 'yes', '√', '✓', '1', 'true', '有']);
const NO = new Set(['否', 'n', 'no', '×', '0', 'false', '无']);

/** A cell read as a code; `label` (when the reader knows it) is how the check's readings show the code. */
export type CodeRead = { ok: true; value: string; label?: string } | { ok: false; message: string };

const unknown = (label: string, text: string, hint: string): CodeRead => ({
  ok: false,
  message: `${label}“${text}”不在代码表中，${hint}`,
});
const listHint = (list: readonly CodeItem[]) => `可填写：${list.map((i) => i.label).join('、')}`;

/** A cell's text → its code in `table`, or the message naming the field and what may be written. */
export const readCode = (
  label: string,
  table: Map<string, string>,
  list: readonly CodeItem[],
  text: string,
): CodeRead => {
  const code = table.get(lookupKey(text));
  const item = code ? list.find((i) => i.code === code) : undefined;
  return code ? { ok: true, value: code, label: item?.label } : unknown(label, text, listHint(list));
};

export function sexCode(text: string): CodeRead {
  const code = SEX.get(lookupKey(text));
  return code ? { ok: true, value: code } : { ok: false, message: `性别“${text}”应填写“男”或“女”` };
}

/**
 * 维族 and 维 are how Xinjiang rosters shorten 维吾尔族 (民族(汉/维) columns); no other E02 group starts with 维.
 * 汉 needs nothing: 汉 + 族 is a label. 哈/塔 stay refused (哈萨克/哈尼, 塔吉克/塔塔尔).
 */
const ETHNICITY_SHORT: Readonly<Record<string, string>> = { 维族: '05', 维: '05' };

export function ethnicityCode(text: string): CodeRead {
  const key = lookupKey(text);
  if (ETHNICITY_SHORT[key]) return { ok: true, value: ETHNICITY_SHORT[key] };
  const code = ethnicityCodeFromLabel(key) ?? ETHNICITIES.find((e) => e.code === key.padStart(2, '0'))?.code ?? null;
  return code
    ? { ok: true, value: code }
    : unknown('民族', text, '请填写如“维吾尔族”“汉族”，或从导入模板的下拉列表中选择');
}

/** 初中毕业 / 大专毕业 / 本科毕业生: the level with its 毕业 dropped (肄业 stays refused: not the level). */
const withoutGraduated = (key: string) => key.replace(/毕业生?$/, '');

export function educationCode(text: string): CodeRead {
  const key = lookupKey(text);
  const code = EDUCATION.get(key) ?? EDUCATION.get(withoutGraduated(key));
  return code ? { ok: true, value: code } : unknown('文化程度', text, listHint(EDUCATIONS));
}

export function employmentStatusCode(text: string): CodeRead {
  const code = EMPLOYMENT.get(lookupKey(text));
  return code ? { ok: true, value: code } : unknown('当前就业状态', text, listHint(EMPLOYMENT_STATUSES));
}

export function povertyStatusCode(text: string): CodeRead {
  const code = POVERTY.get(lookupKey(text));
  return code ? { ok: true, value: code } : unknown('脱贫/监测状态', text, listHint(POVERTY_STATUSES));
}

/**
 * A 是/否 column may hold its own name for 是 (低保 column: 低保户, 低保对象, 低保) and 非 + it for 否 (非低保户):
 * rosters mark the household, not the flag.
 */
function ownWord(label: string, key: string): boolean | null {
  const own = lookupKey(label).replace(/^是否(为)?/, '');
  const forms = [own, `${own}户`, `${own}对象`];
  if (forms.includes(key)) return true;
  if (forms.some((f) => key === `非${f}`)) return false;
  return null;
}

export function yesNo(label: string, text: string): { ok: true; value: boolean } | { ok: false; message: string } {
  const key = lookupKey(text).toLowerCase();
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  const own = ownWord(label, key);
  if (own !== null) return { ok: true, value: own };
  return { ok: false, message: `${label}应填写“是”或“否”，实际为“${text}”` };
}

/** A 是/否 column read as a coded value ('true' / 'false'): the reader of its cells and of a default for it. */
export const yesNoCode =
  (label: string) =>
  (text: string): CodeRead => {
    const r = yesNo(label, text);
    return r.ok ? { ok: true, value: String(r.value) } : r;
  };
