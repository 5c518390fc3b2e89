import type { PostCreateInput, PostDetail } from '../../../../shared/contract/posts';
import type { AreaTypeCode, ContractTypeCode, PostTypeCode } from '../../../../shared/enums/post-codes';
import { fenToFormYuan, formYuanToFen } from '../../../../shared/domain/money';

/** The post form's values: amounts in yuan as typed; null = not chosen / the default. */
export interface PostValues {
  postCode: string;
  employerId: string | null;
  title: string;
  areaType: AreaTypeCode | null;
  postType: PostTypeCode | null;
  workRegionId: string | null;
  approvedCount: number | null;
  /** 元/月; null = the CFG-02 default. */
  monthlyStandard: number | null;
  monthlyHours: number | null;
  siSubsidy: boolean;
  contractType: ContractTypeCode | null;
  fullTime: boolean;
  createdDate: string;
  validUntil: string;
  fundSource: string;
  published: boolean;
  remark: string;
}

export const POST_FIELDS = [
  'postCode',
  'employerId',
  'title',
  'areaType',
  'postType',
  'workRegionId',
  'approvedCount',
  'monthlyStandard',
  'monthlyHours',
  'siSubsidy',
  'contractType',
  'fullTime',
  'createdDate',
  'validUntil',
  'fundSource',
  'published',
  'remark',
] as const;

export const newPost = (today: string): PostValues => ({
  postCode: '',
  employerId: null,
  title: '',
  areaType: 'urban',
  postType: null,
  workRegionId: null,
  approvedCount: 1,
  monthlyStandard: null,
  monthlyHours: null,
  siSubsidy: true,
  contractType: '1',
  fullTime: true,
  createdDate: today,
  validUntil: '',
  fundSource: '',
  published: false,
  remark: '',
});

export function valuesOfPost(p: PostDetail): PostValues {
  return {
    postCode: p.postCode,
    employerId: p.employerId,
    title: p.title,
    areaType: p.areaType,
    postType: p.postType,
    workRegionId: p.workRegionId,
    approvedCount: p.approvedCount,
    monthlyStandard: p.standardSource === 'custom' ? fenToFormYuan(p.monthlyStandardFen) : null,
    monthlyHours: p.monthlyHours,
    siSubsidy: p.siSubsidy,
    contractType: p.contractType,
    fullTime: p.fullTime,
    createdDate: p.createdDate,
    validUntil: p.validUntil ?? '',
    fundSource: p.fundSource ?? '',
    published: p.published,
    remark: p.remark ?? '',
  };
}

/** What posts.create / posts.update receive (the contract's own names; money in fen). */
export function toPostInput(v: PostValues, detail: PostDetail | null) {
  const input = {
    postCode: v.postCode,
    employerId: v.employerId ?? '',
    title: v.title,
    areaType: v.areaType as AreaTypeCode,
    postType: v.postType as PostTypeCode,
    workRegionId: v.workRegionId ?? '',
    approvedCount: v.approvedCount as number,
    monthlyStandardFen: formYuanToFen(v.monthlyStandard),
    monthlyHours: v.fullTime ? null : v.monthlyHours,
    siSubsidy: v.siSubsidy,
    contractType: v.contractType as ContractTypeCode,
    fullTime: v.fullTime,
    createdDate: v.createdDate,
    validUntil: v.validUntil,
    fundSource: v.fundSource,
    published: v.published,
    remark: v.remark,
  } satisfies PostCreateInput;
  return detail ? { ...input, id: detail.id, expectedUpdatedAt: detail.updatedAt } : input;
}

/** The contract's money field is held in yuan by the form. */
export const POST_RENAMES = { monthlyStandardFen: 'monthlyStandard' } as const;
