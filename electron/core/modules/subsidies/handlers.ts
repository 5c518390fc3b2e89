import type { BatchDetail } from '../../../../shared/contract/subsidies';
import type { CoreContext } from '../../context';
import { keepInScope, scopeParam } from '../../scope/scope';
import { written, type ChannelsOf, type PartialHandlers } from '../../handlers';
import { saveAllowance } from './allowance-save';
import { generateAllowances, listAllowances } from './allowances';
import { monthOverview } from './overview';
import { batchDetail, listSummaries } from './detail';
import { generateBatch } from './generate';
import { payBatch, reportBatch, reviewBatch, unreviewBatch } from './service';
import { adjust, createSupplement } from './supplements';
import { chineseMonth } from '../../../../shared/domain/dates';
import { claimPeriodLabel } from '../../../../shared/domain/claim-period';
import { claimPeriodOf } from './config';
import { rosterUnentered } from './roster-checks';

type SubsidyChannels = ChannelsOf<'subsidies' | 'allowances'>;

/**
 * A roster as a 乡镇经办 may see it: the county's rosters and their townships' open (dispatch answers 找不到 for
 * another's, scope/rules.ts) with the rows and payees of their townships' persons only; the totals stay the roster's.
 * The answer of a 补发/扣回 they add (subsidies.adjust) is read the same way as subsidies.get.
 */
const inScope = (ctx: CoreContext, batch: BatchDetail): BatchDetail => ({
  ...batch,
  items: keepInScope(ctx.db, ctx.scope, batch.items, (i) => i.personId),
  missingAccounts: keepInScope(ctx.db, ctx.scope, batch.missingAccounts, (m) => m.personId),
});

export const subsidiesHandlers: PartialHandlers<SubsidyChannels> = {
  'subsidies.claimPeriod': (input, ctx) => {
    const { from, to } = claimPeriodOf(ctx.db, input.month);
    return { from, to, byQuarter: from !== to, label: claimPeriodLabel(from, to) };
  },
  'subsidies.generateBatch': (input, ctx) => written(generateBatch(ctx, input)),
  'subsidies.rosterUnentered': (input, ctx) => ({ persons: rosterUnentered(ctx.db, input) }),
  'subsidies.get': (input, ctx) => inScope(ctx, batchDetail(ctx.db, input.id, ctx.today())),
  // A 乡镇经办 sees the county's rosters and their own townships', never another 乡镇's (DOMAIN §9.4).
  'subsidies.list': (input, ctx) => ({
    items: listSummaries(ctx.db, input.month, input.kind, scopeParam(ctx.scope)),
  }),
  'subsidies.draftMonths': (input, ctx) => ({
    months: [
      ...new Set(
        listSummaries(ctx.db, null, input.kind, scopeParam(ctx.scope))
          .filter((b) => b.status === 'draft')
          .map((b) => b.month),
      ),
    ].sort(),
  }),
  'subsidies.review': (input, ctx) => written(reviewBatch(ctx, input.id, input.reviewedBy, input.confirmUnentered)),
  'subsidies.unreview': (input, ctx) => written(unreviewBatch(ctx, input.id, input.reason)),
  'subsidies.report': (input, ctx) =>
    written(reportBatch(ctx, input.id, input.approvedBy, input.confirmMissingAccounts)),
  'subsidies.pay': (input, ctx) => written(payBatch(ctx, input.id, input.paidDate, input.confirmMissingAccounts)),
  'subsidies.createSupplement': (input, ctx) => written(createSupplement(ctx, input.kind, input.month)),
  'subsidies.adjust': (input, ctx) => {
    const saved = adjust(ctx, input);
    return written({ ...saved, data: inScope(ctx, saved.data) });
  },
  'subsidies.overview': (input, ctx) => monthOverview(ctx.db, input.month, input.townshipId, scopeParam(ctx.scope)),
  'allowances.generate': (input, ctx) => {
    const data = generateAllowances(ctx, input.month);
    return {
      data,
      entityId: null,
      summary: `生成${chineseMonth(input.month)}见习补贴：新增 ${data.created} 人，更新 ${data.refreshed} 人，移除 ${data.removed} 人，已锁定 ${data.locked} 人，共 ${data.total} 人`,
    };
  },
  'allowances.list': (input, ctx) => ({ rows: listAllowances(ctx.db, input.month, ctx.today(), ctx.scope) }),
  'allowances.save': (input, ctx) => written(saveAllowance(ctx, input)),
};
