import { z } from 'zod';
import { isValidDate, isValidMonth } from '../domain/dates';
import { stripControls } from '../domain/text';
import { custom } from './refine';

// Reusable field schemas with Chinese messages (UI.md: the message names the field).
export const requiredText = (label: string, max = 100) =>
  z
    .string({ error: `请填写${label}` })
    .overwrite((v) => stripControls(v))
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字符` });

/** Optional text: '' / null / undefined → null; control characters dropped, line breaks kept (notes). */
export const optText = (label: string, max: number) =>
  z
    .string()
    .overwrite((v) => stripControls(v, true))
    .max(max, { error: `${label}不能超过${max}个字符` })
    .nullish()
    .transform((v) => v?.trim() || null);

/**
 * The refusals of a number field where its form words them otherwise than the helper's plain messages: `missing`
 * (empty or not a number), `notWhole`, `tooSmall`, `tooLarge`. What is not given keeps the plain message.
 */
export interface NumberMessages {
  missing?: string;
  notWhole?: string;
  tooSmall?: string;
  tooLarge?: string;
}

/** An amount of money in fen (BR-32): a whole number from 0 to 100,000 元; each refusal names the field. */
export const fenField = (label: string, say: NumberMessages = {}) =>
  z
    .number({ error: say.missing ?? `${label}应为以分为单位的整数` })
    .int({ error: say.notWhole ?? `${label}应为以分为单位的整数` })
    .min(0, { error: say.tooSmall ?? `${label}不能为负数` })
    .max(100_000_00, { error: say.tooLarge ?? `${label}过大` });

/** A whole number from min to max; each refusal names the field. */
export const whole = (label: string, min: number, max: number, say: NumberMessages = {}) =>
  z
    .number({ error: say.missing ?? `${label}应为整数` })
    .int({ error: say.notWhole ?? `${label}应为整数` })
    .min(min, { error: say.tooSmall ?? `${label}不能小于${min}` })
    .max(max, { error: say.tooLarge ?? `${label}不能大于${max}` });

/** A real calendar date YYYY-MM-DD: 2026-02-30 is refused, not stored (issue 20). */
export const isoDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}应为 YYYY-MM-DD 格式` })
    .refine(isValidDate, { error: `${label}不是有效的日期` });

/** A typed date that must exist on the calendar, or the refusal naming the field. */
const realDate = (v: string, label: string, ctx: z.RefinementCtx): string => {
  if (isValidDate(v)) return v;
  custom(ctx, `${label}不是有效的日期（格式 YYYY-MM-DD）`);
  return z.NEVER;
};

/** Required calendar date 'YYYY-MM-DD'. */
export const dateField = (label: string) =>
  z.string({ error: `请填写${label}` }).transform((raw, ctx) => {
    const v = raw.trim();
    if (!v) {
      custom(ctx, `请填写${label}`);
      return z.NEVER;
    }
    return realDate(v, label, ctx);
  });

/** Optional calendar date: '' / null / undefined → null. */
export const optDateField = (label: string) =>
  z
    .string()
    .nullish()
    .transform((raw, ctx) => {
      const v = raw?.trim();
      if (!v) return null;
      return realDate(v, label, ctx);
    });

/** A month 'YYYY-MM'. */
export const monthField = z
  .string({ error: '请选择月份' })
  .refine((v) => isValidMonth(v), { error: '月份格式应为 YYYY-MM' });

/** A chosen record (a select or a person lookup on the form): empty says what to choose. */
export const picked = (label: string) => z.string({ error: `请选择${label}` }).min(1, { error: `请选择${label}` });

export const uuid = (label = '记录') => z.string({ error: `缺少${label}编号` }).min(1, { error: `缺少${label}编号` });

/** The input of a channel that acts on one record named by its id. */
export const idInput = (label: string) => z.object({ id: uuid(label) });

/** The input of deleting a record the clerk can restore: its id and the reason, which is required. */
export const deleteInput = (label: string) => z.object({ id: uuid(label), reason: requiredText('删除原因', 200) });

export const jobStarted = z.object({ jobId: z.string() });

/** An optional id filter of a list: empty or absent means no filter. */
export const optId = z
  .string()
  .nullish()
  .transform((v) => v || undefined);

/** A field of an input that may be left out: absent or null is null (the field's own checks apply to a value). */
export const orNull = <T extends z.ZodType>(field: T) => field.nullish().transform((v) => v ?? null);

/** An optional reference to another record in an input: empty or absent is null. */
export const optRef = z
  .string()
  .nullish()
  .transform((v) => v || null);

/** A yes/no of an input that may be left out: absent is no. */
export const optFlag = z
  .boolean()
  .nullish()
  .transform((v) => v ?? false);

/** An optional code of a code list in an input: absent or null is null; '' or a code not in the list is refused naming the field. */
export const optCode = <const T extends readonly string[]>(codes: T, label: string) =>
  orNull(z.enum(codes, { error: `${label}不在代码表中` }));

/** A code-list filter of a list: absent means no filter; a code not in the list is refused naming the field. */
export const codeFilter = <const T extends readonly string[]>(codes: T, label: string) =>
  z
    .enum(codes, { error: `${label}不在代码表中` })
    .nullish()
    .transform((v) => v ?? undefined);

/** The search box of a list: trimmed; empty or absent means no search. */
export const searchText = z
  .string()
  .max(60, { error: '搜索内容不能超过60个字符' })
  .nullish()
  .transform((v) => v?.trim() || undefined);

/** The N of a "within N days" filter: 0 to 366, or absent. */
export const withinDays = z
  .number()
  .int()
  .min(0, { error: '天数不能为负' })
  .max(366, { error: '天数不能超过366' })
  .nullish();

/** An optional yes/no filter of a list: absent means no filter. */
export const optBool = z
  .boolean()
  .nullish()
  .transform((v) => v ?? undefined);

/** The paging of every list: pages from 1, 20, 50 or 100 rows a page. */
export const listPaging = {
  page: z.number().int().min(1, { error: '页码从1开始' }).default(1),
  pageSize: z.union([z.literal(20), z.literal(50), z.literal(100)], { error: '每页条数只能是20、50或100' }).default(20),
};

/** The two directions of a column sort. */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * A list's column sort (the address's `sort=field.asc`): one of the list's sortable `fields` and a direction; absent
 * (undefined): the list's own order. The core turns the field into SQL through its whitelist (db/order-by.ts).
 */
export const listSort = <const F extends readonly [string, ...string[]]>(fields: F) =>
  z
    .object({
      field: z.enum(fields, { error: '不能按该列排序' }),
      order: z.enum(SORT_ORDERS, { error: '排序方向只能是升序或降序' }),
    })
    .nullish()
    .transform((v) => v ?? undefined);

/** The paging of a work list, optionally narrowed to one 乡镇(街道). */
export const townshipPaging = {
  townshipId: optId,
  ...listPaging,
};

/** The 乡镇(街道) a row belongs to (its own, or that of the 村(社区) it sits in): id and name. */
export const townshipColumns = {
  townshipId: z.string(),
  townshipName: z.string(),
};

/** A list answer: every row at once. */
export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** A page of a list and the count of all rows that match. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });

/** A page of a work list and the day it was worked out for. */
export const asOfPageOf = <T extends z.ZodType>(item: T) =>
  z.object({ asOf: z.string(), items: z.array(item), total: z.number() });

/** The key of an edit: the record's id and its updatedAt as read (a different stored value means someone saved in between: CONFLICT). */
export const editKey = (label: string) => ({
  id: uuid(label),
  expectedUpdatedAt: z.string({ error: '缺少修改时间' }).min(1, { error: '缺少修改时间' }),
});

/** What a write warns about without refusing it, keyed by the field it concerns; the screen shows them after saving. */
export const fieldWarnings = z.record(z.string(), z.string());

/** The person a row is about, as every answer naming one shows them: the person's id, name and masked ID number. */
export const personColumns = {
  personId: z.string(),
  personName: z.string(),
  idNumberMasked: z.string(),
};

/** The person a row is about and the 乡镇(街道) and 村(社区) they live in (persons.township_id, residence_region_id). */
export const residentColumns = {
  ...personColumns,
  townshipName: z.string(),
  villageName: z.string(),
};

/** Who saved a record last and when. */
export const lastSavedStamps = {
  updatedAt: z.string(),
  updatedBy: z.string(),
};

/** Who saved a record and when, as every detail answer of an edited record gives them. */
export const savedStamps = {
  createdAt: z.string(),
  createdBy: z.string(),
  ...lastSavedStamps,
};

/** The stamps of a record deleted softly (it can be restored): savedStamps and when it was deleted, null while it is not. */
export const softDeleteStamps = {
  ...savedStamps,
  deletedAt: z.string().nullable(),
};

/** A record moved to its deleted_* table (it can be restored): who deleted it, when, and the reason if one was given. */
export const removedStamps = {
  deletedAt: z.string(),
  deletedBy: z.string(),
  deleteReason: z.string().nullable(),
};

/** The create and update inputs of a record saved whole: the same fields and check; the update keyed by editKey. */
export function editInputs<S extends z.ZodRawShape>(
  fields: S,
  check: (v: z.output<z.ZodObject<S>>, ctx: z.RefinementCtx) => void,
  label: string,
) {
  return {
    create: z.object(fields).superRefine(check),
    // The update's value holds every field of S (plus the key), so the same check applies; TS cannot see that for a generic S.
    update: z
      .object({ ...editKey(label), ...fields })
      .superRefine((v, ctx) => check(v as unknown as z.output<z.ZodObject<S>>, ctx)),
  };
}
