import { notFound } from '../../../../shared/contract';
import type { PartialHandlers } from '../../handlers';
import { exportAudit } from '../audit/export';
import { auditFacets, auditReader, searchAudit } from '../audit/search';
import { listAudit } from '../audit/service';

export const systemHandlers: PartialHandlers<
  'system.info' | 'jobs.status' | 'jobs.cancel' | 'audit.list' | 'audit.search' | 'audit.facets' | 'audit.export'
> = {
  'system.info': (_input, ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    today: ctx.today(),
    dataDir: ctx.dataDir,
  }),
  'jobs.status': (input, ctx) => {
    const status = ctx.jobs.status(input.jobId);
    if (!status) throw notFound('找不到该任务，可能已过期。');
    return status;
  },
  'jobs.cancel': (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.jobId) }),
  'audit.list': (input, ctx) => ({ items: listAudit(ctx.db, { ...input, ...auditReader(ctx) }) }),
  'audit.search': (input, ctx) => searchAudit(ctx.db, { ...input, ...auditReader(ctx) }),
  'audit.facets': (_input, ctx) => auditFacets(ctx.db),
  'audit.export': exportAudit,
};
