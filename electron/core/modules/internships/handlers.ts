import { written, type ChannelsOf, type PartialHandlers } from '../../handlers';
import { createInternship, endInternship, internshipDetail, listInternships, worklists } from './service';
import { retention, retentionByHost } from './retention';
import { deleteInternship, restoreInternship, updateInternship } from './edit';

type InternshipChannels = ChannelsOf<'internships' | 'internshipWorklists'>;

export const internshipsHandlers: PartialHandlers<InternshipChannels> = {
  'internships.create': (input, ctx) => written(createInternship(ctx, input)),
  'internships.end': (input, ctx) => written(endInternship(ctx, input)),
  'internships.update': (input, ctx) => written(updateInternship(ctx, input)),
  'internships.delete': (input, ctx) => written(deleteInternship(ctx, input.id)),
  'internships.restore': (input, ctx) => written(restoreInternship(ctx, input.id)),
  'internships.get': (input, ctx) => internshipDetail(ctx, input.id, true),
  'internships.list': (input, ctx) => listInternships(ctx, input),
  'internships.retention': (input, ctx) => retention(ctx, input.from, input.to, input.hostId),
  'internships.retentionByHost': (input, ctx) => retentionByHost(ctx, input.from, input.to),
  'internshipWorklists.due': (input, ctx) => worklists(ctx, input.townshipId),
};
