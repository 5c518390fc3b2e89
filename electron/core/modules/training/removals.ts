// 移除学员 and 恢复 (UI.md: deleted records can be restored from 已删除; shared/contract/training-removals.ts): a
// trainee removed before the class closes moves to deleted_training_enrolments (migration 0024), where every reader
// of training_enrolments no longer sees it; restoring runs the enrol checks again (capacity, BR-33, BR-34, …). Like
// enrolling, neither checks a locked month (the training module's writes are not dated in a month's figures).
import { notFound, ruleViolation } from '../../../../shared/contract/result';
import type { ClassDetail } from '../../../../shared/contract/training';
import type { RemovedTrainee } from '../../../../shared/contract/training-removals';
import { traineeCategoryLabel } from '../../../../shared/enums/training-codes';
import type { CoreContext } from '../../context';
import { deletedRow, moveBack, moveToDeleted, removedStampsOf, type DeletedStamps } from '../../db/deleted-rows';
import { prepared } from '../../db/prepared';
import { nextStamp } from '../../db/stamp';
import type { Saved } from '../../handlers';
import { refuseField } from '../../refuse-field';
import { idMaskerOn, personColumnsOf } from '../settings/display';
import { classDetail, requireClass } from './detail';
import { checkEnrolment } from './enrol';
import { getEnrolment, type EnrolmentRow } from './queries';

const TAKING_TRAINEES = ['01', '02', '03'];

/** A removed trainee's row, with the person's name and ID number as the live rows have them. */
type RemovedRow = Omit<EnrolmentRow, 'item_id' | 'batch_status' | 'batch_month'> &
  DeletedStamps & { updated_at: string };

const REMOVED_SELECT = `SELECT te.*, pe.name AS person_name, pe.id_number
  FROM deleted_training_enrolments te JOIN persons pe ON pe.id = te.person_id`;

export function unenrol(ctx: CoreContext, enrolmentId: string, reason: string | null): Saved<ClassDetail> {
  const db = ctx.db;
  const e = getEnrolment(db, enrolmentId);
  if (!e) throw notFound('找不到该学员。');
  const c = requireClass(db, e.class_id);
  if (!TAKING_TRAINEES.includes(c.status)) refuseField('培训班已结业或撤销，不能移除学员', 'enrolmentId');
  moveToDeleted(db, 'training_enrolments', e.id, ctx.operator(), ctx.now(), reason);
  const why = reason ? `，原因：${reason}` : '';
  return { data: classDetail(db, c.id, ctx.today()), summary: `培训班 ${c.code} 移除学员：${e.person_name}${why}` };
}

/** A removed trainee back in the class as enrolled, if the enrol checks still pass today. */
export function restoreTrainee(ctx: CoreContext, id: string): Saved<ClassDetail> {
  const db = ctx.db;
  const e = deletedRow<RemovedRow>(db, 'training_enrolments', id);
  if (!e) {
    if (getEnrolment(db, id)) throw ruleViolation('该学员未被移除，无需恢复。');
    throw notFound('找不到该学员。');
  }
  const c = requireClass(db, e.class_id);
  const p = checkEnrolment(
    ctx,
    c,
    e.person_id,
    { category: e.category, categoryNote: e.category_note, graduationDate: e.graduation_date, enrolDate: e.enrol_date },
    'id',
  );
  moveBack(db, 'training_enrolments', e.id, ctx.operator(), nextStamp(ctx.now(), e.updated_at));
  return {
    data: classDetail(db, c.id, ctx.today()),
    summary: `培训班 ${c.code} 恢复学员：${p.name}（${traineeCategoryLabel(e.category)}）`,
  };
}

/** training.removedTrainees: the class's removed trainees, the latest removed first. */
export function removedTrainees(ctx: CoreContext, classId: string): RemovedTrainee[] {
  requireClass(ctx.db, classId);
  const mask = idMaskerOn(ctx.db, ctx.today());
  const rows = prepared(ctx.db, `${REMOVED_SELECT} WHERE te.class_id = ? ORDER BY te.deleted_at DESC, te.id`).all(
    classId,
  ) as RemovedRow[];
  return rows.map((r) => ({
    id: r.id,
    ...personColumnsOf(r, mask),
    categoryLabel: traineeCategoryLabel(r.category),
    enrolDate: r.enrol_date,
    ...removedStampsOf(r),
  }));
}
