import type { BatchDetail } from '../../shared/contract/subsidies';

type BatchItem = BatchDetail['items'][number];

/** A draft county roster of one person as subsidies.get/generateBatch answer it; `over` sets the kind, scope, name… */
export const draftBatch = (over: Partial<BatchDetail>): BatchDetail => ({
  id: 'b1',
  kind: 'post',
  kindLabel: '公益性岗位岗位补贴',
  month: '2026-10',
  supplementary: false,
  scope: 'county',
  scopeId: null,
  scopeName: null,
  name: '2026年10月公益性岗位岗位补贴发放花名册',
  status: 'draft',
  statusLabel: '草稿',
  persons: 1,
  totalFen: 190_000,
  preparedBy: '古丽',
  reviewedBy: null,
  reviewedAt: null,
  approvedBy: null,
  paidDate: null,
  unentered: 0,
  missingAccounts: [],
  items: [],
  ...over,
});

/** One payee's line of a roster as subsidies.get answers it (no 补发/扣回); `over` sets the person, unit, post… */
export const rosterItem = (over: Partial<BatchItem>): BatchItem => ({
  id: 'i1',
  personId: 'p1',
  personName: '阿依古丽',
  idNumberMasked: '653121********0224',
  townshipName: '乌帕尔镇',
  employerName: '乌帕尔镇人民政府',
  position: '保洁员',
  month: '2026-10',
  amountFen: 190_000,
  adjustsItemId: null,
  adjustsBatchName: null,
  reason: null,
  siPart: false,
  ...over,
});
