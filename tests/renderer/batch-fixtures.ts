import type { BatchDetail } from '../../shared/contract/subsidies';

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
