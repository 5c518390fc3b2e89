import { written, type ChannelsOf, type PartialHandlers } from '../../handlers';
import { createFlex, listFlex, planFlex, removeFlex, restoreFlex, terminateFlex, updateFlex } from './service';

export const flexibleSubsidiesHandlers: PartialHandlers<ChannelsOf<'flexibleSubsidies'>> = {
  'flexibleSubsidies.create': (input, ctx) => written(createFlex(ctx, input)),
  'flexibleSubsidies.update': (input, ctx) => written(updateFlex(ctx, input)),
  'flexibleSubsidies.terminate': (input, ctx) => written(terminateFlex(ctx, input)),
  'flexibleSubsidies.remove': (input, ctx) => written(removeFlex(ctx, input)),
  'flexibleSubsidies.restore': (input, ctx) => written(restoreFlex(ctx, input)),
  'flexibleSubsidies.listByPerson': (input, ctx) => listFlex(ctx, input.personId, input.includeDeleted ?? false),
  'flexibleSubsidies.plan': (input, ctx) => planFlex(ctx, input),
};
