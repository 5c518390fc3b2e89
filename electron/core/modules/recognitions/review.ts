// The three review steps of a recognition (BR-13): 村(社区)初审 with its 公示, 乡镇(街道)审核, 县级确认, each passing
// the application on or refusing it; in the transaction dispatch opens for the channel (service.ts for the rest).
import type { reviewInput, villageReviewInput } from '../../../../shared/contract/recognitions';
import { daysBetween } from '../../../../shared/domain/working-days';
import { recognitionStageLabel } from '../../../../shared/enums/recognition-codes';
import type { z } from 'zod';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import { enteredBy } from '../accounts/caller';
import { nextStamp } from '../../db/stamp';
import { assertMonthOpen } from '../period-locks/guard';
import { recognitionRulesOn } from './config';
import { insertStep, patchRecognition, stageOf, type RecognitionRow } from './queries';
import {
  detail,
  notFuture,
  RECOGNITION_WHAT,
  refuse,
  requireRecognition,
  syncDifficult,
  who,
  type Saved,
} from './service';

type Step = 'village' | 'township' | 'county';
const STEP_WORDS: Record<Step, string> = { village: '村(社区)初审', township: '乡镇(街道)审核', county: '县级确认' };

/** BR-13: the step must be the one awaited. */
function assertStep(r: RecognitionRow, step: Step, today: string): void {
  const awaited =
    r.status === '01' ? 'village' : r.status === '02' ? (r.stage === 'county' ? 'county' : 'township') : null;
  if (awaited === step) return;
  const now = recognitionStageLabel(stageOf(r, today));
  refuse(
    'BR-13',
    'date',
    `该认定当前为“${now}”，不能进行${STEP_WORDS[step]}：认定须依次经过村(社区)初审、公示、乡镇(街道)审核、县级确认，不能跳过或重复`,
  );
}

/** The recognition a step names: the step awaited (BR-13), its date no later than today and in an open month. */
function atStep(ctx: CoreContext, v: { id: string; date: string }, step: Step, dateLabel: string): RecognitionRow {
  const r = requireRecognition(ctx.db, v.id);
  assertStep(r, step, ctx.today());
  notFuture(ctx, 'date', dateLabel, v.date);
  assertMonthOpen(ctx.db, v.date, RECOGNITION_WHAT, 'date');
  return r;
}

/** Writes the step's columns `set` on the recognition and the step into its history. */
function recordStep(
  ctx: CoreContext,
  r: RecognitionRow,
  step: Step,
  v: { date: string; reviewer: string; opinion: string | null },
  set: Record<string, unknown>,
): { by: string; now: string } {
  const by = ctx.operator();
  const now = ctx.now();
  patchRecognition(ctx.db, r.id, set, by, nextStamp(now, r.updated_at));
  insertStep(ctx.db, r.id, { step, date: v.date, reviewer: v.reviewer, opinion: v.opinion }, by, now);
  return { by, now };
}

function refuseApplication(
  ctx: CoreContext,
  r: RecognitionRow,
  step: Step,
  v: z.output<typeof reviewInput>,
  extra: Record<string, unknown>,
): Saved {
  const { by, now } = recordStep(ctx, r, step, v, {
    ...extra,
    status: '04',
    stage: null,
    refuse_date: v.date,
    refuse_reason: v.refuseReason,
  });
  insertStep(ctx.db, r.id, { step: 'refuse', date: v.date, reviewer: v.reviewer, opinion: v.refuseReason }, by, now);
  return {
    data: detail(ctx, r.id),
    summary: `${who(ctx, r)}${STEP_WORDS[step]}不予认定（${v.date}，${v.reviewer}）：${v.refuseReason}`,
  };
}

export function villageReview(ctx: CoreContext, v: z.output<typeof villageReviewInput>): Saved {
  const r = atStep(ctx, v, 'village', '初审日期');
  if (r.apply_date && v.date < r.apply_date) refuse('BR-13', 'date', `初审日期不能早于申请日期${r.apply_date}`);
  const cols = { village_date: v.date, village_reviewer: v.reviewer, village_opinion: v.opinion };
  if (v.decision === 'refuse') return refuseApplication(ctx, r, 'village', v, cols);
  const start = v.noticeStart as string;
  const end = v.noticeEnd as string;
  if (start < v.date) refuse('BR-13', 'noticeStart', `公示须在初审之后开始：公示开始日期不能早于初审日期${v.date}`);
  const days = daysBetween(start, end) + 1;
  const min = recognitionRulesOn(ctx.db, start).noticeDays;
  if (days < min) refuse('BR-13', 'noticeEnd', `公示期不少于${min}天：${start}至${end}只有${days}天`);
  recordStep(ctx, r, 'village', v, { ...cols, notice_start: start, notice_end: end, status: '02', stage: 'township' });
  return {
    data: detail(ctx, r.id),
    summary: `${who(ctx, r)}村(社区)初审通过（${v.date}，${v.reviewer}），公示${start}至${end}`,
  };
}

export function townshipReview(ctx: CoreContext, v: z.output<typeof reviewInput>): Saved {
  const r = atStep(ctx, v, 'township', '审核日期');
  if (r.notice_end && v.date <= r.notice_end)
    refuse('BR-13', 'date', `公示期至${r.notice_end}结束，乡镇(街道)审核须在公示期满之后`);
  const cols = { township_date: v.date, township_reviewer: v.reviewer, township_opinion: v.opinion };
  if (v.decision === 'refuse') return refuseApplication(ctx, r, 'township', v, cols);
  recordStep(ctx, r, 'township', v, { ...cols, stage: 'county' });
  return { data: detail(ctx, r.id), summary: `${who(ctx, r)}乡镇(街道)审核通过（${v.date}，${v.reviewer}）` };
}

export function countyConfirm(ctx: CoreContext, v: z.output<typeof reviewInput>): Saved {
  const r = atStep(ctx, v, 'county', '确认日期');
  const township = prepared(ctx.db, 'SELECT township_date FROM recognitions WHERE id = ?').pluck().get(r.id) as
    string | null;
  if (township && v.date < township) refuse('BR-13', 'date', `县级确认日期不能早于乡镇(街道)审核日期${township}`);
  const cols = { county_date: v.date, county_reviewer: v.reviewer, county_opinion: v.opinion };
  if (v.decision === 'refuse') return refuseApplication(ctx, r, 'county', v, cols);
  const other = prepared(ctx.db, "SELECT 1 FROM recognitions WHERE person_id = ? AND status = '03' AND id <> ?").get(
    r.person_id,
    r.id,
  );
  if (other) refuse('BR-13', 'date', '该人员已有一条认定有效的记录，同一人同一时间只能有一条有效认定');
  const { by, now } = recordStep(ctx, r, 'county', v, {
    ...cols,
    status: '03',
    stage: null,
    recognition_date: v.date,
  });
  syncDifficult(ctx.db, r.person_id, by, now);
  return {
    data: detail(ctx, r.id),
    summary: `${who(ctx, r)}县级确认，认定为就业困难人员（${v.date}，${v.reviewer}）${enteredBy(ctx, v.reviewer)}`,
  };
}
