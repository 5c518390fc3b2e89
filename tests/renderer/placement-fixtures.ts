import type { z } from 'zod';
import type { PlacementDetail } from '../../shared/contract/placements';
import { postWorklistCounts, type ContractWorkItem } from '../../shared/contract/post-worklists';
import type { RuleSettingsView } from '../../shared/contract/rule-settings';
import { POST_DETAIL as POST } from '../post-detail';

// Placements as placements.get / listByPost / listByPerson answer them, and a 合同到期 work-list row, for the 续签 and
// 年度考核 screens (BR-23). The working date of the rendered screens is 2025-03-15 (fake-api INFO).

/** 买买提江 on POST (乌帕尔镇 社区保洁员), on post since 2024-03-15 with a contract to 2025-03-14, assessed 2025 as `over` says. */
export function placement(over: Partial<PlacementDetail> = {}): PlacementDetail {
  return {
    id: 'pl-1',
    personId: 'p1',
    personName: '买买提江·艾力',
    idNumberMasked: '653121********1134',
    sex: '1',
    age: 40,
    retirementDate: '2045-01-01',
    postId: POST.id,
    postCode: POST.postCode,
    postTitle: POST.title,
    employerId: POST.employerId,
    employerName: POST.employerName,
    areaType: 'urban',
    townshipName: POST.townshipName,
    basisList: 'E06',
    basisCode: 'K03',
    basisLabel: '低保家庭成员',
    basisDate: '2024-03-01',
    basisSource: 'recorded',
    startDate: '2024-03-15',
    contractStart: '2024-03-15',
    contractEnd: '2025-03-14',
    accidentInsurance: null,
    status: 'onPost',
    leaveDate: null,
    leaveReason: null,
    leaveNote: null,
    vacancyReportDueDate: null,
    vacancyReportDate: null,
    vacancyReportLate: false,
    subsidy: {
      firstMonth: '2024-03',
      endMonth: '2027-02',
      entitlementEndMonth: '2027-02',
      extendedToRetirement: false,
      capMonths: 36,
      extensionApplied: false,
      monthsUsed: 13,
      monthsLeft: 23,
      limitMonth: '2044-12',
      newCycle: false,
    },
    override: null,
    assessments: [],
    renewals: [],
    deletedAssessments: 0,
    remark: null,
    deletedAt: null,
    createdAt: '2024-03-15T08:00:00Z',
    updatedAt: '2024-03-15T08:00:00Z',
    createdBy: '古丽',
    updatedBy: '古丽',
    deleteReason: null,
    ...over,
  };
}

/** 热依拉 on the same post, who left on 2025-01-31 (L01) and whose vacancy was reported on time. */
export const leftPlacement = () =>
  placement({
    id: 'pl-9',
    personId: 'p9',
    personName: '热依拉·买买提',
    status: 'left',
    leaveDate: '2025-01-31',
    leaveReason: 'L01',
    vacancyReportDueDate: '2025-02-05',
    vacancyReportDate: '2025-02-03',
  });

/** One 续签 row of a placement's detail: by default the renewal that began placement()'s contract in force. */
export const renewal = (over: Partial<PlacementDetail['renewals'][number]> = {}) => ({
  id: 'rn-1',
  previousStart: '2023-03-15',
  previousEnd: '2024-03-14',
  contractStart: '2024-03-15',
  contractEnd: '2025-03-14',
  renewedOn: '2024-03-10',
  overrideReason: null,
  by: '古丽',
  ...over,
});

/** One 年度考核 row of a placement's detail. */
export const assessment = (id: string, year: number, result: 'pass' | 'fail') => ({
  id,
  year,
  result,
  resultLabel: result === 'pass' ? '合格' : '不合格',
  assessedOn: `${year}-12-20`,
  remark: null,
  updatedAt: `${year}-12-20T08:00:00Z`,
  updatedBy: '古丽',
});

/** A 合同到期 row: the contract of placement() ended `-daysLeft` days ago (or ends in daysLeft days). */
export function contractItem(over: Partial<ContractWorkItem> = {}): ContractWorkItem {
  const p = placement();
  return {
    placementId: p.id,
    personId: p.personId,
    personName: p.personName,
    idNumberMasked: p.idNumberMasked,
    postId: p.postId,
    postCode: p.postCode,
    postTitle: p.postTitle,
    employerName: p.employerName,
    townshipName: p.townshipName,
    startDate: p.startDate,
    subsidyEndMonth: null,
    extendedToRetirement: null,
    retirementDate: null,
    leaveDate: null,
    leaveReason: null,
    dueDate: null,
    daysLeft: -1,
    late: false,
    areaType: 'urban',
    contractStart: p.contractStart,
    contractEnd: p.contractEnd,
    assessmentYear: 2025,
    assessmentResult: null,
    updatedAt: '2025-02-01T09:30:00Z',
    ...over,
  };
}

/** ruleSettings.list with the county's CFG-14 contract term set to `months` from 2025-01-01. */
export const ruralContractMonths = (months: number): RuleSettingsView => ({
  items: [
    {
      key: 'posts.ruralContractMonths',
      inForce: { effectiveFrom: '2025-01-01', values: { value: months } },
      history: [
        { effectiveFrom: '2025-01-01', values: { value: months }, updatedAt: '', updatedBy: '古丽', note: null },
      ],
    },
  ],
  firstOpenDate: null,
});

/** postWorklists.counts on the working date with every count of the contract 0, but those `over` sets. */
export const postCounts = (over: Partial<z.infer<typeof postWorklistCounts>>) => ({
  ...Object.fromEntries(Object.keys(postWorklistCounts.shape).map((k) => [k, 0])),
  asOf: '2025-03-15',
  ...over,
});
