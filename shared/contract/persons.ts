import { z } from 'zod';
import { channel, writeJobChannel, writeChannel } from './define';
import {
  fieldWarnings,
  listPaging,
  optBool,
  optId,
  pageOf,
  softDeleteStamps,
  codeFilter,
  searchText,
  whole,
  listSort,
  idInput,
  townshipColumns,
} from './fields';
import { writtenFile } from './files';
import { personInputSchema, personUpdateSchema } from './person-input';
import { EMPLOYMENT_STATUS_CODES, ETHNICITY_CODES, RETIREMENT_CATEGORY_CODES, SEX_CODES } from '../enums';

// The person register (DOMAIN §3.1, §3.2; VR-01..VR-05, VR-09, BR-01, BR-02). The input schema shared with the
// form lives in person-input.ts. IDs are masked in every output (VR-09); persons.revealId is the one way to
// see a full ID, and dispatch audits it (persons.revealPhone likewise for a phone a list masks).

export * from './person-input';

const flag = z.boolean();

export const householdMember = z.object({
  id: z.string(),
  memberName: z.string(),
  memberIdNumberMasked: z.string().nullable(),
  relation: z.string(),
  status: z.string(),
  worksAgeAble: flag,
});

/** The person's situation today, in the detail and in the list: E09 status, 就业困难人员, on a post, in an internship. */
const situationColumns = {
  employmentStatus: z.string(),
  isDifficult: flag,
  onPost: flag,
  inInternship: flag,
};

/** persons.get: the stored record plus values derived on the working date. */
export const personDetail = z.object({
  id: z.string(),
  idNumberMasked: z.string(),
  name: z.string(),
  /** E01, from ID digit 17 (VR-01 step 5). */
  sex: z.enum(SEX_CODES),
  /** From ID digits 7–14. */
  birthDate: z.string(),
  /** BR-01 on today. */
  age: z.number(),
  /** BR-02 statutory retirement month YYYY-MM, and the age it stands for. */
  retirementMonth: z.string(),
  retirementAge: z.object({ years: z.number(), months: z.number() }),
  ethnicity: z.string(),
  education: z.string().nullable(),
  phone: z.string().nullable(),
  residenceRegionId: z.string(),
  residenceRegionName: z.string(),
  ...townshipColumns,
  hukouRegionId: z.string().nullable(),
  hukouRegionName: z.string().nullable(),
  address: z.string().nullable(),
  urbanRural: z.string().nullable(),
  retirementCategory: z.enum(RETIREMENT_CATEGORY_CODES),
  /** Masked: its first 18 characters are the ID (VR-12). */
  disabilityCertNoMasked: z.string().nullable(),
  disabilityType: z.string().nullable(),
  disabilityGrade: z.string().nullable(),
  povertyStatus: z.string().nullable(),
  dibao: flag,
  cardNo: z.string().nullable(),
  bankCardNoMasked: z.string().nullable(),
  bankName: z.string().nullable(),
  ...situationColumns,
  householdMembers: z.array(householdMember),
  ...softDeleteStamps,
});
export type PersonDetail = z.infer<typeof personDetail>;

/** create/update: the saved record and the warnings that did not block saving (VR-01 户籍非新疆, VR-04, VR-10, VR-11). */
export const personSaved = z.object({
  person: personDetail,
  warnings: fieldWarnings,
});

export const PERSON_SORT_FIELDS = ['name', 'birthDate', 'updatedAt', 'idNumber'] as const;
export type PersonSortField = (typeof PERSON_SORT_FIELDS)[number];

const age = (label: string) =>
  whole(label, 0, 150)
    .nullish()
    .transform((v) => v ?? undefined);

/** The list's filters, sort and page (persons.list); without page and with `full` they make a 人员花名册 export. */
const personListShape = z.object({
  /** Part of a name, a whole ID, the last 4–6 ID characters, or a phone number. */
  q: searchText,
  townshipId: optId,
  villageId: optId,
  ethnicity: codeFilter(ETHNICITY_CODES, '民族'),
  sex: codeFilter(SEX_CODES, '性别'),
  /** BR-01 completed years on today. */
  ageMin: age('最小年龄'),
  ageMax: age('最大年龄'),
  employmentStatus: codeFilter(EMPLOYMENT_STATUS_CODES, '就业状态'),
  isDifficult: optBool,
  onPost: optBool,
  inInternship: optBool,
  /** true: the 已删除 view (soft-deleted persons only). */
  deleted: optBool,
  sort: listSort(PERSON_SORT_FIELDS).transform((v) => v ?? { field: 'updatedAt' as const, order: 'desc' as const }),
  ...listPaging,
});

const agesInOrder = (v: { ageMin?: number; ageMax?: number }) =>
  v.ageMin === undefined || v.ageMax === undefined || v.ageMin <= v.ageMax;
const AGE_ORDER = { path: ['ageMax'], error: '最大年龄不能小于最小年龄' };

export const personListInput = personListShape
  .extend({
    /**
     * Issue 13: a large total (LIST_ESTIMATE_FROM rows or more) counted before a write is estimated after it
     * (`estimated` in the output, 约 … 人); true asks for the exact count (the list's 点击获取精确数).
     */
    exactTotal: z.boolean().optional(),
  })
  .refine(agesInOrder, AGE_ORDER);

/** From this many rows, a list total known from before a write is shown as an estimate after it (issue 13). */
export const LIST_ESTIMATE_FROM = 50_000;
export type PersonListInput = z.input<typeof personListInput>;
export type PersonListQuery = z.output<typeof personListInput>;

export const personListItem = z.object({
  id: z.string(),
  name: z.string(),
  sex: z.string(),
  ethnicity: z.string(),
  birthDate: z.string(),
  age: z.number(),
  idNumberMasked: z.string(),
  phoneMasked: z.string().nullable(),
  townshipName: z.string(),
  villageName: z.string(),
  ...situationColumns,
  updatedAt: z.string(),
});
export type PersonListItem = z.infer<typeof personListItem>;

const byId = idInput('人员');

/**
 * persons.exportRoster (issue 18): the list the clerk filtered, every page, as a 人员花名册 workbook. Same filters and
 * sort as persons.list; IDs and phones masked as in the list unless `full` (needs the 导出完整号码 permission).
 */
export const personRosterInput = personListShape
  .omit({ page: true, pageSize: true })
  .extend({ full: z.boolean({ error: '请选择是否导出完整号码' }).default(false) })
  .refine(agesInOrder, AGE_ORDER);
export type PersonRosterInput = z.input<typeof personRosterInput>;
export const personRosterResult = writtenFile.extend({ rows: z.number() });

export const personsChannels = {
  'persons.create': writeChannel(personInputSchema(), personSaved, 'person'),
  'persons.update': writeChannel(personUpdateSchema(), personSaved, 'person'),
  'persons.get': channel({ input: byId, output: personDetail }),
  'persons.list': channel({
    input: personListInput,
    /** estimated: total is the last exact count scaled by the table's growth since, two significant digits. */
    output: pageOf(personListItem).extend({ estimated: z.boolean() }),
  }),
  'persons.delete': writeChannel(byId, personDetail, 'person'),
  'persons.restore': writeChannel(byId, personDetail, 'person'),
  /** The full ID of one person; audited as 查看完整公民身份号码 (§9.4). */
  'persons.revealId': writeChannel(byId, z.object({ idNumber: z.string() }), 'person'),
  /** The full 联系电话 of one person (null when none), for the clerk who calls from a work list; audited like revealId. */
  'persons.revealPhone': writeChannel(byId, z.object({ phone: z.string().nullable() }), 'person'),
  'persons.exportRoster': writeJobChannel(personRosterInput, personRosterResult, 'person'),
};
