import { written, type ChannelsOf, type PartialHandlers } from '../../handlers';
import { countyConfirm, townshipReview, villageReview } from './review';
import { applyRecognition, backfillRecognition, checkApplication, detail, exitRecognition } from './service';
import { updateHelp } from './help';
import { deleteRecognitionRecord, listDeletedRecognitions, restoreRecognitionRecord } from './remove';
import { personRecognitionRows, toDetail } from './queries';
import { assistanceDueList, listRecognitions, workCounts, workList } from './worklists';

type RecognitionChannels = ChannelsOf<'recognitions' | 'recognitionWorklists'>;

export const recognitionsHandlers: PartialHandlers<RecognitionChannels> = {
  'recognitions.apply': (input, ctx) => written(applyRecognition(ctx, input)),
  'recognitions.check': (input, ctx) => {
    const income = input.householdBusinessIncome;
    const c = checkApplication(
      ctx,
      input.personId,
      input.applyDate,
      input.categories,
      null,
      income === undefined ? undefined : { householdBusinessIncome: income },
    );
    return { prerequisites: c.prerequisites, categories: c.categories, registration: c.registration };
  },
  'recognitions.villageReview': (input, ctx) => written(villageReview(ctx, input)),
  'recognitions.townshipReview': (input, ctx) => written(townshipReview(ctx, input)),
  'recognitions.countyConfirm': (input, ctx) => written(countyConfirm(ctx, input)),
  'recognitions.exit': (input, ctx) => written(exitRecognition(ctx, input)),
  'recognitions.backfill': (input, ctx) => written(backfillRecognition(ctx, input)),
  'recognitions.updateHelp': (input, ctx) => written(updateHelp(ctx, input)),
  'recognitions.delete': (input, ctx) => written(deleteRecognitionRecord(ctx, input)),
  'recognitions.restore': (input, ctx) => written(restoreRecognitionRecord(ctx, input.id)),
  'recognitions.listDeleted': (input, ctx) => ({ items: listDeletedRecognitions(ctx, input.personId) }),
  'recognitions.get': (input, ctx) => detail(ctx, input.id),
  'recognitions.list': (input, ctx) => listRecognitions(ctx.db, ctx.today(), input, ctx.scope),
  'recognitions.listByPerson': (input, ctx) => ({
    items: personRecognitionRows(ctx.db, input.personId).map((r) => toDetail(ctx.db, r, ctx.today())),
  }),
  'recognitionWorklists.pendingVillage': (input, ctx) =>
    workList(ctx.db, ctx.today(), 'pendingVillage', input, ctx.scope),
  'recognitionWorklists.inNotice': (input, ctx) => workList(ctx.db, ctx.today(), 'inNotice', input, ctx.scope),
  'recognitionWorklists.pendingTownship': (input, ctx) =>
    workList(ctx.db, ctx.today(), 'pendingTownship', input, ctx.scope),
  'recognitionWorklists.pendingCounty': (input, ctx) =>
    workList(ctx.db, ctx.today(), 'pendingCounty', input, ctx.scope),
  'recognitionWorklists.newThisMonth': (input, ctx) => workList(ctx.db, ctx.today(), 'newThisMonth', input, ctx.scope),
  'recognitionWorklists.shouldExit': (input, ctx) => workList(ctx.db, ctx.today(), 'shouldExit', input, ctx.scope),
  'recognitionWorklists.assistanceDue': (input, ctx) => assistanceDueList(ctx.db, ctx.today(), input, ctx.scope),
  'recognitionWorklists.counts': (input, ctx) => workCounts(ctx.db, ctx.today(), input.townshipId, ctx.scope),
};
