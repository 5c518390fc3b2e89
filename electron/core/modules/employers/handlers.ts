import { savedWithWarnings, written, type ChannelsOf, type PartialHandlers } from '../../handlers';
import { listEmployers, toEmployerDetail } from './queries';
import { createEmployer, deleteEmployer, requireEmployer, restoreEmployer, updateEmployerRecord } from './service';

type EmployerChannels = ChannelsOf<'employers'>;

export const employersHandlers: PartialHandlers<EmployerChannels> = {
  'employers.create': (input, ctx) => savedWithWarnings('employer', createEmployer(ctx, input)),
  'employers.update': (input, ctx) => savedWithWarnings('employer', updateEmployerRecord(ctx, input)),
  'employers.get': (input, ctx) => toEmployerDetail(requireEmployer(ctx.db, input.id)),
  'employers.list': (input, ctx) => listEmployers(ctx.db, input),
  'employers.delete': (input, ctx) => {
    const e = deleteEmployer(ctx, input.id);
    return written({ data: e, summary: `删除用人单位“${e.name}”` });
  },
  'employers.restore': (input, ctx) => {
    const e = restoreEmployer(ctx, input.id);
    return written({ data: e, summary: `恢复用人单位“${e.name}”` });
  },
};
