import { keepInScope } from '../../scope/scope';
import type { ChannelsOf, PartialHandlers, Saved } from '../../handlers';
import { writeSetting } from '../settings/queries';
import { actOnClass, createClass, updateClass } from './classes';
import { rulesView, TRAINING_RULES_KEY, trainingRulesOn } from './config';
import { classDetail, listClasses } from './detail';
import { enrol } from './enrol';
import { removedTrainees, restoreTrainee, unenrol } from './removals';
import { followUps, personTrainings } from './followups';
import { designate, listProviders } from './providers';
import { recordEmployment, saveResults } from './results';
import { generateTrainingBatch } from './subsidy';

type TrainingChannels = ChannelsOf<'training'>;

const written = <T>(r: Saved<T>, id: string | null) => ({
  data: r.data,
  entityId: id,
  summary: r.summary,
});

export const trainingHandlers: PartialHandlers<TrainingChannels> = {
  'training.providers.designate': (input, ctx) => written(designate(ctx, input), input.employerId),
  'training.providers.list': (input, ctx) => ({ items: listProviders(ctx, input.expiringWithinDays) }),
  'training.classes.create': (input, ctx) => {
    const r = createClass(ctx, input);
    return written(r, r.data.id);
  },
  'training.classes.update': (input, ctx) => written(updateClass(ctx, input), input.id),
  'training.classes.act': (input, ctx) => written(actOnClass(ctx, input), input.id),
  'training.classes.get': (input, ctx) => {
    // Classes are read county-wide; a 乡镇经办 sees the trainees of their townships only (issue 19).
    const detail = classDetail(ctx.db, input.id, ctx.today());
    return { ...detail, trainees: keepInScope(ctx.db, ctx.scope, detail.trainees, (t) => t.personId) };
  },
  'training.classes.list': (input, ctx) => listClasses(ctx.db, input),
  'training.enrol': (input, ctx) => {
    const r = enrol(ctx, input);
    return written(r, r.enrolmentId);
  },
  'training.unenrol': (input, ctx) => written(unenrol(ctx, input.enrolmentId, input.reason), input.enrolmentId),
  'training.restoreTrainee': (input, ctx) => written(restoreTrainee(ctx, input.id), input.id),
  'training.removedTrainees': (input, ctx) => ({
    items: keepInScope(ctx.db, ctx.scope, removedTrainees(ctx, input.classId), (t) => t.personId),
  }),
  'training.results.save': (input, ctx) => {
    const r = saveResults(ctx, input);
    return { ...written(r, input.classId), entries: r.entries };
  },
  'training.employment.record': (input, ctx) => written(recordEmployment(ctx, input), input.enrolmentId),
  'training.followUps': (input, ctx) => followUps(ctx, input.townshipId),
  'training.person': (input, ctx) => ({ items: personTrainings(ctx.db, input.personId) }),
  'training.generateBatch': (input, ctx) => {
    const r = generateTrainingBatch(ctx, input.month);
    return written(r, r.data.id);
  },
  'training.rules.get': (input, ctx) => rulesView(trainingRulesOn(ctx.db, input.date ?? ctx.today())),
  'training.rules.set': (input, ctx) => {
    const { effectiveFrom, ...value } = input;
    writeSetting(ctx.db, TRAINING_RULES_KEY, value, ctx.operator(), ctx.now(), effectiveFrom);
    const data = rulesView(trainingRulesOn(ctx.db, effectiveFrom));
    return { data, entityId: null, summary: `修改职业培训补贴标准及规则，自 ${effectiveFrom} 起执行` };
  },
};
