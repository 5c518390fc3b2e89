// recognitions.updateHelp: 帮扶责任人 and 帮扶措施 (一人一策, DOMAIN §3.5), the fields of a recognition that are not
// decisions of the workflow (BR-13). They can be corrected while the application is in progress or the recognition
// is in force (01 待初审, 02 公示中/审核中, 03 已认定): a change of staff is recorded and RPT-01's 帮扶责任人 follows.
// A closed record (04 不予认定, 05 已退出) stays as it was closed. No workflow step is added (the steps are the
// decisions); the audit row names what changed. The fields carry no date, so no period lock applies: a locked month's
// RPT-01 is its frozen copy and does not move.
import type { z } from 'zod';
import type { recognitionHelpInput } from '../../../../shared/contract/recognitions';
import type { CoreContext } from '../../context';
import { assertFresh, nextStamp } from '../../db/stamp';
import { patchRecognition, type RecognitionRow } from './queries';
import { detail, RECOGNITION_WHAT, refuse, requireRecognition, who, type Saved } from './service';

/** Why a closed recognition's help cannot change, by status. */
const CLOSED: Partial<Record<RecognitionRow['status'], string>> = {
  '04': '该认定申请已不予认定，不能再修改帮扶信息',
  '05': '该人员已退出就业困难人员认定，不能再修改帮扶信息',
};

/** 帮扶措施 can be long: the audit row says that it changed and how long it is now, not the whole text. */
const planText = (plan: string | null) => (plan ? `${plan.length}字` : '（空）');

export function updateHelp(ctx: CoreContext, v: z.output<typeof recognitionHelpInput>): Saved {
  const r = requireRecognition(ctx.db, v.id);
  const closed = CLOSED[r.status];
  if (closed) refuse('BR-13', 'helper', closed);
  assertFresh(r.updated_at, v.expectedUpdatedAt, RECOGNITION_WHAT);
  const changes: string[] = [];
  if (v.helper !== r.helper) changes.push(`帮扶责任人 ${r.helper ?? '（空）'} → ${v.helper ?? '（空）'}`);
  if (v.plan !== r.plan) changes.push(`帮扶措施 ${planText(r.plan)} → ${planText(v.plan)}`);
  if (changes.length)
    patchRecognition(
      ctx.db,
      r.id,
      { helper: v.helper, plan: v.plan },
      ctx.operator(),
      nextStamp(ctx.now(), r.updated_at),
    );
  return {
    data: detail(ctx, r.id),
    summary: `修改${who(ctx, r)}的帮扶信息：${changes.length ? changes.join('；') : '无改动'}`,
  };
}
