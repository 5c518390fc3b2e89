import { z } from 'zod';
import { channel, writeChannel } from './define';
import {
  fieldWarnings,
  editInputs,
  listPaging,
  listSort,
  optBool,
  optId,
  optText,
  pageOf,
  requiredText,
  softDeleteStamps,
  codeFilter,
  optFlag,
  searchText,
  picked,
  optDateField,
  idInput,
  townshipColumns,
} from './fields';
import { normalizeUscc, validateUscc } from '../domain/uscc';
import { EMPLOYER_NATURE_CODES } from '../enums/post-codes';
import { custom } from './refine';
import { halfWidthDigits } from '../domain/text';

// Employers (用人单位 / 见习单位, DOMAIN §3.6; VR-08, E27).
//
// - uscc (统一社会信用代码) is optional (VR-08: village committees and some public institutions have none); when
//   filled it is normalised (spaces removed, full-width → half-width, upper case) and must pass VR-08, whatever the
//   nature. A blank code for a unit that is not a 村(居)委会 (E27 6) only gives a warning. Unique when present:
//   CONFLICT with details.existingId (deleted employers included, so a restore never clashes).
// - bankAccount (单位账户) is digits only after removing spaces and '-', 6–32 long; every output masks it
//   ('**** 1234', VR-09). On update, leaving bankAccount out (undefined) keeps the stored number; null or '' clears it.
// - is_internship_base with base_recognised_date / base_valid_until (§3.11 uses them): the dates are only
//   accepted when the unit is a base, and validUntil ≥ recognisedDate.
// - Soft delete (employers.delete) is refused while the unit has a 有效 post; restore brings it back.

/** Keep-if-undefined bank account: digits only, 6–32. */
const bankAccountField = z
  .string()
  .max(60, { error: '单位账户不能超过60个字符' })
  .nullish()
  .transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    const v = halfWidthDigits((raw ?? '').replace(/[\s\u3000-]+/g, ''));
    if (!v) return null;
    if (!/^\d{6,32}$/.test(v)) {
      custom(ctx, '单位账户应为6–32位数字');
      return z.NEVER;
    }
    return v;
  });

const fields = {
  name: requiredText('单位名称', 100),
  uscc: z
    .string()
    .max(40, { error: '统一社会信用代码不能超过40个字符' })
    .nullish()
    .transform((v) => normalizeUscc(v) || null),
  nature: z.enum(EMPLOYER_NATURE_CODES, { error: '请选择单位性质' }),
  /** 所在地: a 乡镇(街道) or 村(社区). */
  regionId: picked('所在地'),
  bankAccount: bankAccountField,
  bankName: optText('开户行', 60),
  isInternshipBase: optFlag,
  baseRecognisedDate: optDateField('见习基地认定日期'),
  baseValidUntil: optDateField('见习基地有效期至'),
  remark: optText('备注', 200),
};

interface Checkable {
  uscc: string | null;
  isInternshipBase: boolean;
  baseRecognisedDate: string | null;
  baseValidUntil: string | null;
}

/** VR-08 and the internship-base dates. */
function check(v: Checkable, ctx: z.RefinementCtx): void {
  if (v.uscc) {
    const r = validateUscc(v.uscc);
    if (!r.ok) custom(ctx, r.message, ['uscc']);
  }
  if (!v.isInternshipBase) {
    if (v.baseRecognisedDate) custom(ctx, '不是见习基地的单位不填写见习基地认定日期', ['baseRecognisedDate']);
    if (v.baseValidUntil) custom(ctx, '不是见习基地的单位不填写见习基地有效期', ['baseValidUntil']);
  } else if (v.baseRecognisedDate && v.baseValidUntil && v.baseValidUntil < v.baseRecognisedDate) {
    custom(ctx, '见习基地有效期不能早于认定日期', ['baseValidUntil']);
  }
}

export const { create: employerCreateInput, update: employerUpdateInput } = editInputs(fields, check, '用人单位');
export type EmployerCreateInput = z.input<typeof employerCreateInput>;
export type EmployerCreateParsed = z.output<typeof employerCreateInput>;
export type EmployerUpdateParsed = z.output<typeof employerUpdateInput>;

/** Which unit it is, in its detail and in the list: id, name, 统一社会信用代码 and 单位性质. */
const employerColumns = {
  id: z.string(),
  name: z.string(),
  uscc: z.string().nullable(),
  nature: z.enum(EMPLOYER_NATURE_CODES),
};

/** Whether the unit is a 见习基地, and the dates of its recognition, in its detail and in the list. */
const internshipBaseColumns = {
  isInternshipBase: z.boolean(),
  baseRecognisedDate: z.string().nullable(),
  baseValidUntil: z.string().nullable(),
};

export const employerDetail = z.object({
  ...employerColumns,
  regionId: z.string(),
  regionName: z.string(),
  ...townshipColumns,
  /** VR-09: '**** 1234'. */
  bankAccountMasked: z.string().nullable(),
  bankName: z.string().nullable(),
  ...internshipBaseColumns,
  remark: z.string().nullable(),
  /** Posts of the unit: all, and those 有效. */
  postCount: z.number(),
  activePostCount: z.number(),
  ...softDeleteStamps,
});
export type EmployerDetail = z.infer<typeof employerDetail>;

/** Saved record plus warnings that did not block saving (e.g. a blank 统一社会信用代码). */
export const employerSaved = z.object({ employer: employerDetail, warnings: fieldWarnings });

/** The employer list's sortable columns (employers.list sort). */
export const EMPLOYER_SORT_FIELDS = ['name', 'uscc', 'activePostCount'] as const;
export type EmployerSortField = (typeof EMPLOYER_SORT_FIELDS)[number];

export const employerListInput = z.object({
  /** Part of the name, or the start of the 统一社会信用代码. */
  q: searchText,
  townshipId: optId,
  nature: codeFilter(EMPLOYER_NATURE_CODES, '单位性质'),
  isInternshipBase: optBool,
  /** true: the 已删除 view only. */
  deleted: optBool,
  /** Absent: by name. */
  sort: listSort(EMPLOYER_SORT_FIELDS),
  ...listPaging,
});
export type EmployerListInput = z.input<typeof employerListInput>;
export type EmployerListQuery = z.output<typeof employerListInput>;

export const employerListItem = z.object({
  ...employerColumns,
  townshipName: z.string(),
  regionName: z.string(),
  ...internshipBaseColumns,
  activePostCount: z.number(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type EmployerListItem = z.infer<typeof employerListItem>;

const byId = idInput('用人单位');

export const employersChannels = {
  'employers.create': writeChannel(employerCreateInput, employerSaved, 'employer'),
  'employers.update': writeChannel(employerUpdateInput, employerSaved, 'employer'),
  'employers.get': channel({ input: byId, output: employerDetail }),
  /** Sorted by name; live employers unless deleted = true. */
  'employers.list': channel({
    input: employerListInput,
    output: pageOf(employerListItem),
  }),
  'employers.delete': writeChannel(byId, employerDetail, 'employer'),
  'employers.restore': writeChannel(byId, employerDetail, 'employer'),
};
