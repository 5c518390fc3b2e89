import type { PartialHandlers } from '../../handlers';
import { listEmployers, toEmployerDetail } from './queries';
import { createEmployer, deleteEmployer, requireEmployer, restoreEmployer, updateEmployerRecord } from './service';

type EmployerChannels =
  | 'employers.create'
  | 'employers.update'
  | 'employers.get'
  | 'employers.list'
  | 'employers.delete'
  | 'employers.restore';

export const employersHandlers: PartialHandlers<EmployerChannels> = {
  'employers.create': (input, ctx) => {
    const { employer, warnings, summary } = createEmployer(ctx, input);
    return { data: { employer, warnings }, entityId: employer.id, summary };
  },
  'employers.update': (input, ctx) => {
    const { employer, warnings, summary } = updateEmployerRecord(ctx, input);
    return { data: { employer, warnings }, entityId: employer.id, summary };
  },
  'employers.get': (input, ctx) => toEmployerDetail(requireEmployer(ctx.db, input.id)),
  'employers.list': (input, ctx) => listEmployers(ctx.db, input),
  'employers.delete': (input, ctx) => {
    const e = deleteEmployer(ctx, input.id);
    return { data: e, entityId: e.id, summary: `删除用人单位“${e.name}”` };
  },
  'employers.restore': (input, ctx) => {
    const e = restoreEmployer(ctx, input.id);
    return { data: e, entityId: e.id, summary: `恢复用人单位“${e.name}”` };
  },
};
