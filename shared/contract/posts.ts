import { z } from 'zod';
import { channel, writeChannel } from './define';
import {
  fieldWarnings,
  editInputs,
  listPaging,
  listSort,
  optId,
  optText,
  pageOf,
  requiredText,
  savedStamps,
  uuid,
  whole,
  optFlag,
  searchText,
  optBool,
  picked,
  dateField,
  optDateField,
  orNull,
  idInput,
  townshipColumns,
} from './fields';
import {
  AREA_TYPE_CODES,
  CONTRACT_TYPE_CODES,
  CONTRACT_TYPES_BY_AREA,
  POST_STATUS_CODES,
  POST_TYPE_CODES,
  areaTypeLabel,
  contractTypeLabel,
  postTypeArea,
} from '../enums/post-codes';
import { custom } from './refine';

// Public-welfare posts (公益性岗位, DOMAIN §3.7; BR-16, BR-17, CFG-01, CFG-02, E17, E18).
//
// - post_code is unique in the county (CONFLICT with details.existingId).
// - post_type must come from the list of the area (U.. 城镇, V.. 乡村); contract_type per BR-16: urban 1 劳动合同
//   or 3 非全日制用工, rural 1 or 2 劳务协议; 非全日制用工 posts are not full-time.
// - monthlyStandardFen (fen): null = the default of CFG-02 on createdDate — the county's monthly minimum wage in
//   force (CFG-01, tier from the setting office.minWageTier, default tier 1); for rural posts the county's rural
//   amount when set (posts.ruralStandard, ≤ the minimum wage); non-full-time posts: hourly minimum × monthlyHours.
//   posts.defaultStandard gives the same value for the form. VR-14 warnings (< 1,000 yuan, > 2 × minimum wage)
//   do not block saving.
// - Vacancies are live (BR-17): onPost = placements on post TODAY, vacancies = approvedCount − onPost (≥ 0);
//   openSlots = approvedCount − the most persons on post on any day from today on (what a new, open-ended
//   placement starting today may still use); upcoming = placements that start after today.
// - A post is revoked (撤销) with a date and reason instead of being deleted; refused while a placement is open
//   or ends after that date (they leave first, E19 L11). Reinstating clears the revocation.
// - Updating: approvedCount may not go below the persons on post on any day from today on (BR-17); areaType and
//   postType's area may not change once the post has placements; createdDate may not move after its first start.

const fields = {
  postCode: requiredText('岗位编号', 30),
  employerId: picked('用人单位'),
  title: requiredText('岗位名称', 40),
  postType: z.enum(POST_TYPE_CODES, { error: '请选择岗位类别' }),
  areaType: z.enum(AREA_TYPE_CODES, { error: '请选择城镇/乡村' }),
  /** 工作地点: a 乡镇(街道) or 村(社区). */
  workRegionId: picked('工作地点'),
  approvedCount: whole('核定岗位数', 1, 9999),
  /** Fen; null/undefined = the CFG-02 default on createdDate. */
  monthlyStandardFen: orNull(whole('补贴标准', 0, 100_000_00)),
  /** Hours per month of a non-full-time post (its default standard is hourly minimum × hours). */
  monthlyHours: orNull(whole('每月工时', 1, 400)),
  siSubsidy: z.boolean({ error: '请选择是否享受社保补贴' }),
  contractType: z.enum(CONTRACT_TYPE_CODES, { error: '请选择用工方式' }),
  fullTime: z.boolean({ error: '请选择是否全日制' }),
  createdDate: dateField('开发日期'),
  validUntil: optDateField('有效期至'),
  fundSource: optText('资金来源', 60),
  published: optFlag,
  remark: optText('备注', 200),
};

interface Checkable {
  postType: string;
  areaType: 'urban' | 'rural';
  contractType: '1' | '2' | '3';
  fullTime: boolean;
  createdDate: string;
  validUntil: string | null;
  monthlyStandardFen: number | null;
  monthlyHours: number | null;
}

function check(v: Checkable, ctx: z.RefinementCtx): void {
  if (postTypeArea(v.postType) !== v.areaType)
    custom(ctx, `岗位类别应从${areaTypeLabel(v.areaType)}岗位类别中选择`, ['postType']);
  if (!CONTRACT_TYPES_BY_AREA[v.areaType].includes(v.contractType)) {
    const allowed = CONTRACT_TYPES_BY_AREA[v.areaType].map(contractTypeLabel).join('或');
    custom(ctx, `${areaTypeLabel(v.areaType)}公益性岗位的用工方式应为${allowed}`, ['contractType']);
  }
  if (v.contractType === '3' && v.fullTime) custom(ctx, '非全日制用工的岗位不是全日制岗位', ['fullTime']);
  if (v.validUntil && v.validUntil < v.createdDate) custom(ctx, '有效期至不能早于开发日期', ['validUntil']);
  if (!v.fullTime && v.monthlyStandardFen === null && v.monthlyHours === null) {
    custom(ctx, '非全日制岗位请填写每月工时或补贴标准', ['monthlyHours']);
  }
}

export const { create: postCreateInput, update: postUpdateInput } = editInputs(fields, check, '岗位');
export type PostCreateInput = z.input<typeof postCreateInput>;
export type PostCreateParsed = z.output<typeof postCreateInput>;
export type PostUpdateParsed = z.output<typeof postUpdateInput>;

/** A post as both its detail and the post list show it. */
const postColumns = {
  id: z.string(),
  postCode: z.string(),
  title: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  postType: z.enum(POST_TYPE_CODES),
  areaType: z.enum(AREA_TYPE_CODES),
  workRegionName: z.string(),
  approvedCount: z.number(),
  /** BR-17 on today: persons on post and vacancies (≥ 0). */
  onPost: z.number(),
  vacancies: z.number(),
  /** As stored: the CFG-02 value of createdDate (standardSource default) or the clerk's amount (custom). */
  monthlyStandardFen: z.number(),
  status: z.enum(POST_STATUS_CODES),
  validUntil: z.string().nullable(),
};

export const postDetail = z.object({
  ...postColumns,
  employerNature: z.string(),
  workRegionId: z.string(),
  ...townshipColumns,
  /** BR-17 on today: free slots for an open placement starting today. */
  openSlots: z.number(),
  /** Placements recorded to start after today. */
  upcoming: z.number(),
  standardSource: z.enum(['default', 'custom']),
  /** The standard in force today (BR-19): a default post follows the minimum wage (CFG-01), a custom one stays. */
  currentStandardFen: z.number(),
  monthlyHours: z.number().nullable(),
  siSubsidy: z.boolean(),
  contractType: z.enum(CONTRACT_TYPE_CODES),
  fullTime: z.boolean(),
  createdDate: z.string(),
  fundSource: z.string().nullable(),
  published: z.boolean(),
  revokedDate: z.string().nullable(),
  revokeReason: z.string().nullable(),
  remark: z.string().nullable(),
  ...savedStamps,
});
export type PostDetail = z.infer<typeof postDetail>;

export const postSaved = z.object({ post: postDetail, warnings: fieldWarnings });

/** The post list's sortable columns (posts.list sort). */
export const POST_SORT_FIELDS = ['postCode', 'employerName', 'vacancies', 'monthlyStandard', 'validUntil'] as const;
export type PostSortField = (typeof POST_SORT_FIELDS)[number];

export const postListInput = z.object({
  /** Part of the post code, title or employer name. */
  q: searchText,
  employerId: optId,
  townshipId: optId,
  areaType: z
    .enum(AREA_TYPE_CODES)
    .nullish()
    .transform((v) => v ?? undefined),
  /** Default: 有效 posts only; 'all' shows revoked ones too. */
  status: z
    .enum([...POST_STATUS_CODES, 'all'])
    .nullish()
    .transform((v) => v ?? 'active'),
  /** true: only posts with vacancies today (BR-17). */
  hasVacancies: optBool,
  /** Absent: by 乡镇 and post code. */
  sort: listSort(POST_SORT_FIELDS),
  ...listPaging,
});
export type PostListQuery = z.output<typeof postListInput>;

export const postListItem = z.object({
  ...postColumns,
  townshipName: z.string(),
});
export type PostListItem = z.infer<typeof postListItem>;

export const postRevokeInput = z.object({
  id: uuid('岗位'),
  revokedDate: dateField('撤销日期'),
  reason: requiredText('撤销原因', 200),
});

export const defaultStandardInput = z.object({
  areaType: z.enum(AREA_TYPE_CODES, { error: '请选择城镇/乡村' }),
  fullTime: z
    .boolean()
    .nullish()
    .transform((v) => v ?? true),
  monthlyHours: orNull(whole('每月工时', 1, 400)),
  /** Default: today. */
  onDate: optDateField('日期'),
});

export const defaultStandard = z.object({
  /** Fen; null when no rule gives a value (non-full-time without hours). */
  fen: z.number().nullable(),
  /** Chinese explanation for the form, e.g. 一类区月最低工资标准 1900.00 元/月（2021-04-01 起）. */
  basis: z.string(),
  /** CFG-01 tier (office.minWageTier) and the minimum wage in force, fen. */
  tier: z.number(),
  minWageMonthlyFen: z.number().nullable(),
  minWageHourlyFen: z.number().nullable(),
});

const byId = idInput('岗位');

export const postsChannels = {
  'posts.create': writeChannel(postCreateInput, postSaved, 'post'),
  'posts.update': writeChannel(postUpdateInput, postSaved, 'post'),
  'posts.get': channel({ input: byId, output: postDetail }),
  /** Sorted by 乡镇 code, then post code. */
  'posts.list': channel({
    input: postListInput,
    output: pageOf(postListItem),
  }),
  'posts.revoke': writeChannel(postRevokeInput, postDetail, 'post'),
  'posts.reinstate': writeChannel(byId, postDetail, 'post'),
  /** CFG-01/CFG-02 default standard for the post form. */
  'posts.defaultStandard': channel({ input: defaultStandardInput, output: defaultStandard }),
};
