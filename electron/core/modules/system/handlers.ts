import { notFound } from '../../../../shared/contract';
import type { JobStatus } from '../../../../shared/contract/system';
import type { CoreContext } from '../../context';
import type { PartialHandlers } from '../../handlers';
import { exportAudit } from '../audit/export';
import { auditFacets, auditReader, searchAudit } from '../audit/search';
import { listAudit } from '../audit/service';
import { callerId } from '../accounts/caller';
import { fullNumberReports } from '../reports/full-numbers';

/**
 * The id of a job the caller started; an unknown id, an expired one and another account's job are all answered
 * 找不到该任务 (audit4 gap 7: a job's result, e.g. the id of a full-ID file, reaches only the account that started it).
 */
function ownJob(ctx: CoreContext, jobId: string): JobStatus {
  const status = ctx.jobs.startedBy(jobId, callerId(ctx)) ? ctx.jobs.status(jobId) : undefined;
  if (!status) throw notFound('找不到该任务，可能已过期。');
  return status;
}

export const systemHandlers: PartialHandlers<
  'system.info' | 'jobs.status' | 'jobs.cancel' | 'audit.list' | 'audit.search' | 'audit.facets' | 'audit.export'
> = {
  'system.info': (_input, ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    today: ctx.today(),
    dataDir: ctx.dataDir,
    fullNumberReports: fullNumberReports(ctx.db, ctx.today()),
  }),
  'jobs.status': (input, ctx) => ownJob(ctx, input.jobId),
  'jobs.cancel': (input, ctx) => ({ cancelled: ctx.jobs.cancel(ownJob(ctx, input.jobId).jobId) }),
  'audit.list': (input, ctx) => ({ items: listAudit(ctx.db, { ...input, ...auditReader(ctx) }) }),
  'audit.search': (input, ctx) => searchAudit(ctx.db, { ...input, ...auditReader(ctx) }),
  'audit.facets': (_input, ctx) => auditFacets(ctx.db),
  'audit.export': exportAudit,
};
