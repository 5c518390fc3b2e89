import { z } from 'zod';
import { FIXED_LINE_RE, isMobile, normalizePhone } from '../domain/phone';
import { channel, writeJobChannel, writeChannel } from './define';
import { isoDate, requiredText, uuid, itemsOf, idInput } from './fields';
import { URBAN_RURAL_CODE_LIST } from '../enums/person-codes';

// Administrative divisions below the county (DOMAIN §3.12, E26 levels 4 and 5); 城乡分类 from the E05 code list.

export const region = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.union([z.literal(4), z.literal(5)]),
  parentId: z.string().nullable(),
  urbanRuralCode: z.string().nullable(),
  retiredOn: z.string().nullable(),
  /** The office's phone printed on the 公示名单 (village committee; a township's 劳动保障所 as the fallback). */
  officePhone: z.string().nullable(),
});
export type Region = z.infer<typeof region>;

const regionCode = z
  .string({ error: '请填写区划代码' })
  .trim()
  .regex(/^\d{12}$/, { error: '区划代码应为12位数字' });

export const regionCreateInput = z.object({
  /** null: a township (乡镇/街道) directly under the office's county. */
  parentId: z.string().nullable(),
  code: regionCode,
  name: requiredText('名称', 40),
  urbanRuralCode: z.enum(URBAN_RURAL_CODE_LIST, { error: '城乡分类代码不在代码表中' }).nullable().optional(),
});
export type RegionCreateInput = z.infer<typeof regionCreateInput>;

/** An office phone printed on a public notice: a mobile or a fixed line (VR-04), or empty. */
const officePhone = z
  .string()
  .nullish()
  .transform((v) => normalizePhone(v) || null)
  .refine((v) => v === null || isMobile(v) || FIXED_LINE_RE.test(v), {
    error: '联系电话应为手机号或固定电话（如 0998-6421234）',
  });

export const regionRenameInput = z.object({
  id: uuid('区划'),
  name: requiredText('名称', 40),
  /** Omitted: unchanged; empty: cleared. */
  officePhone: officePhone.optional(),
});
export const regionRetireInput = z.object({ id: uuid('区划'), date: isoDate('撤销日期').optional() });

export const regionImportInput = z.object({
  fileName: requiredText('文件名', 255),
  contentBase64: z.string().min(1, { error: '文件为空' }),
});
export type RegionImportInput = z.infer<typeof regionImportInput>;
export const regionImportResult = z.object({ created: z.number(), unchanged: z.number() });

export const regionSetUrbanRuralInput = z.object({
  id: uuid('区划'),
  urbanRuralCode: z.enum(URBAN_RURAL_CODE_LIST, { error: '城乡分类代码不在代码表中' }).nullable(),
});

// The built-in division list (shared/divisions/xinjiang.json, issue 14): the counties of Xinjiang with their
// 乡镇(街道) and 村(社区) and statistical codes, for the first-run set-up and 设置 → 行政区划.
export const builtInCounty = z.object({
  code: z.string(),
  name: z.string(),
  /** 地区/自治州/地级市 (or 自治区直辖县级行政区划). */
  prefecture: z.string(),
  townships: z.number(),
  villages: z.number(),
});
export type BuiltInCounty = z.infer<typeof builtInCounty>;

export const countyCodeField = z
  .string({ error: '请选择县(市、区)' })
  .trim()
  .min(1, { error: '请选择县(市、区)' })
  .regex(/^\d{6}$/, { error: '县级区划代码应为6位数字' });

export const loadCountyResult = z.object({
  countyName: z.string(),
  townshipsCreated: z.number(),
  villagesCreated: z.number(),
  /** Codes already in the list (kept as the clerk has them: name, retirement, urban/rural code). */
  kept: z.number(),
});
export type LoadCountyResult = z.infer<typeof loadCountyResult>;

export const regionsChannels = {
  'regions.list': channel({
    input: z.object({ includeRetired: z.boolean().optional() }),
    output: itemsOf(region),
  }),
  'regions.create': writeChannel(regionCreateInput, region, 'region'),
  'regions.rename': writeChannel(regionRenameInput, region, 'region'),
  'regions.retire': writeChannel(regionRetireInput, region, 'region'),
  'regions.restore': writeChannel(idInput('区划'), region, 'region'),
  'regions.setUrbanRural': writeChannel(regionSetUrbanRuralInput, region, 'region'),
  'regions.builtInCounties': channel({
    input: z.object({}).strict(),
    output: z.object({ source: z.string(), counties: z.array(builtInCounty) }),
  }),
  /** Loads the county's built-in divisions in one transaction; codes already present are kept (idempotent). */
  'regions.loadCounty': writeChannel(z.object({ countyCode: countyCodeField }), loadCountyResult, 'region'),
  'regions.import': writeJobChannel(regionImportInput, regionImportResult, 'region'),
};
