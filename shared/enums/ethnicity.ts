// E02 民族 (GB/T 3304-1991): 56 groups, 97 其他, 98 外国血统中国籍人士 (DOMAIN §4).
import { codeList, type CodeOf, type CodeItem } from './code-list';

export const ETHNICITIES = [
  { code: '01', label: '汉族' },
  { code: '02', label: '蒙古族' },
  { code: '03', label: '回族' },
  { code: '04', label: '藏族' },
  { code: '05', label: '维吾尔族' },
  { code: '06', label: '苗族' },
  { code: '07', label: '彝族' },
  { code: '08', label: '壮族' },
  { code: '09', label: '布依族' },
  { code: '10', label: '朝鲜族' },
  { code: '11', label: '满族' },
  { code: '12', label: '侗族' },
  { code: '13', label: '瑶族' },
  { code: '14', label: '白族' },
  { code: '15', label: '土家族' },
  { code: '16', label: '哈尼族' },
  { code: '17', label: '哈萨克族' },
  { code: '18', label: '傣族' },
  { code: '19', label: '黎族' },
  { code: '20', label: '傈僳族' },
  { code: '21', label: '佤族' },
  { code: '22', label: '畲族' },
  { code: '23', label: '高山族' },
  { code: '24', label: '拉祜族' },
  { code: '25', label: '水族' },
  { code: '26', label: '东乡族' },
  { code: '27', label: '纳西族' },
  { code: '28', label: '景颇族' },
  { code: '29', label: '柯尔克孜族' },
  { code: '30', label: '土族' },
  { code: '31', label: '达斡尔族' },
  { code: '32', label: '仫佬族' },
  { code: '33', label: '羌族' },
  { code: '34', label: '布朗族' },
  { code: '35', label: '撒拉族' },
  { code: '36', label: '毛南族' },
  { code: '37', label: '仡佬族' },
  { code: '38', label: '锡伯族' },
  { code: '39', label: '阿昌族' },
  { code: '40', label: '普米族' },
  { code: '41', label: '塔吉克族' },
  { code: '42', label: '怒族' },
  { code: '43', label: '乌孜别克族' },
  { code: '44', label: '俄罗斯族' },
  { code: '45', label: '鄂温克族' },
  { code: '46', label: '德昂族' },
  { code: '47', label: '保安族' },
  { code: '48', label: '裕固族' },
  { code: '49', label: '京族' },
  { code: '50', label: '塔塔尔族' },
  { code: '51', label: '独龙族' },
  { code: '52', label: '鄂伦春族' },
  { code: '53', label: '赫哲族' },
  { code: '54', label: '门巴族' },
  { code: '55', label: '珞巴族' },
  { code: '56', label: '基诺族' },
  { code: '97', label: '其他' },
  { code: '98', label: '外国血统中国籍人士' },
] as const satisfies readonly CodeItem[];

export type EthnicityCode = CodeOf<typeof ETHNICITIES>;
export const { codes: ETHNICITY_CODES, label: ethnicityLabel } = codeList(ETHNICITIES);

/** Xinjiang's 13 long-resident groups, in the order the UI lists them first (DOMAIN §4 E02 [D]). */
export const XINJIANG_FIRST_CODES = [
  '05',
  '01',
  '17',
  '03',
  '29',
  '02',
  '41',
  '38',
  '11',
  '43',
  '44',
  '31',
  '50',
] as const;

/** E02 for pickers: the 13 Xinjiang groups first, then the rest in code order. */
export const ETHNICITIES_XINJIANG_FIRST: readonly CodeItem[] = [
  ...XINJIANG_FIRST_CODES.map((c) => ETHNICITIES.find((e) => e.code === c) as CodeItem),
  ...ETHNICITIES.filter((e) => !(XINJIANG_FIRST_CODES as readonly string[]).includes(e.code)),
];

/** Spellings in older data (DOMAIN §4 E02): 毛难族 → 毛南族 (36), 崩龙族 → 德昂族 (46). */
const LEGACY_LABELS: Readonly<Record<string, EthnicityCode>> = { 毛难族: '36', 崩龙族: '46' };

const BY_LABEL = new Map<string, EthnicityCode>(ETHNICITIES.map((e) => [e.label, e.code]));

/**
 * For importers: the E02 code of a written ethnicity, or null if unknown.
 * Accepts the standard label (维吾尔族), the label without 族 (维吾尔), the legacy names, and
 * surrounding or inner spaces.
 */
export function ethnicityCodeFromLabel(raw: string | null | undefined): EthnicityCode | null {
  const text = (raw ?? '').replace(/[\s\u3000]+/g, '');
  if (!text) return null;
  const exact = BY_LABEL.get(text) ?? LEGACY_LABELS[text];
  if (exact) return exact;
  if (!text.endsWith('族')) return BY_LABEL.get(`${text}族`) ?? LEGACY_LABELS[`${text}族`] ?? null;
  return null;
}
