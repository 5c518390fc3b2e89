// 删除 and 恢复 of a 认定申请 filed on the wrong person (migration 0026): the row and its steps move to
// deleted_recognitions, so the work lists, counts, the person's history and the reports see it gone as after a hard
// delete, and the person may apply again. Only an application still awaiting its first review is deleted (its one
// step is the application itself, status 01/02): once a 村(社区), 乡镇 or 县级 reviewer has acted, the way out is a
// refusal (不予认定) at the next review. An application changes nothing on the person (is_difficult follows 已认定
// only), so deleting one has nothing else to undo; restoring re-runs the application's checks (service.ts).
import { ruleViolation } from '../../../../shared/contract';
import type { DeletedRecognition } from '../../../../shared/contract/recognitions';
import type { CoreContext } from '../../context';
import { moveBack, moveToDeleted, removedStampsOf, requireDeletedRow, type DeletedStamps } from '../../db/deleted-rows';
import { prepared } from '../../db/prepared';
import { nextStamp } from '../../db/stamp';
import { assertNoLockSince } from '../period-locks/guard';
import { requirePerson } from '../persons/queries';
import { categoriesText, type RecognitionRow } from './queries';
import { checkApplicable, detail, RECOGNITION_NOT_FOUND, RECOGNITION_WHAT, requireRecognition, who } from './service';

/** Why the application cannot be deleted, or null. */
function refusal(ctx: CoreContext, r: RecognitionRow): string | null {
  if (r.status !== '01' && r.status !== '02') return '该认定已办结，不能删除';
  const steps = prepared(ctx.db, 'SELECT count(*) FROM recognition_steps WHERE recognition_id = ?')
    .pluck()
    .get(r.id) as number;
  if (steps > 1) return '该认定申请已有审核记录，不能删除；如申请有误，请在审核时选择不予认定';
  return null;
}

export function deleteRecognitionRecord(ctx: CoreContext, v: { id: string; reason: string }) {
  const db = ctx.db;
  const r = requireRecognition(db, v.id);
  if (requirePerson(db, r.person_id).deleted_at) throw ruleViolation('该人员已删除，不能修改其认定申请。');
  const refused = refusal(ctx, r);
  if (refused) throw ruleViolation(refused);
  assertNoLockSince(db, r.apply_date ?? ctx.today(), RECOGNITION_WHAT);
  moveToDeleted(db, 'recognitions', r.id, ctx.operator(), ctx.now(), v.reason);
  return {
    data: { id: r.id },
    summary: `删除认定申请：${who(ctx, r)}（${r.apply_date ?? ''} 申请，${categoriesText(r.categories)}）；原因：${v.reason}`,
  };
}

type DeletedRecognitionRow = DeletedStamps & {
  id: string;
  person_id: string;
  registration_id: string | null;
  apply_date: string;
  categories: string;
  primary_category: string;
  household_business_income: 0 | 1 | null;
  updated_at: string;
};

/** The deleted application back as it was (with its step), if the application's checks still pass. */
export function restoreRecognitionRecord(ctx: CoreContext, id: string) {
  const db = ctx.db;
  const row = requireDeletedRow<DeletedRecognitionRow>(db, 'recognitions', id, '该认定申请', RECOGNITION_NOT_FOUND);
  const income = row.household_business_income;
  checkApplicable(
    ctx,
    {
      personId: row.person_id,
      applyDate: row.apply_date,
      categories: row.categories.split(','),
      registrationId: row.registration_id,
    },
    { householdBusinessIncome: income === null ? null : income === 1 },
  );
  assertNoLockSince(db, row.apply_date, RECOGNITION_WHAT);
  moveBack(db, 'recognitions', id, ctx.operator(), nextStamp(ctx.now(), row.updated_at));
  const data = detail(ctx, id);
  return { data, summary: `恢复认定申请：${data.personName}（${row.apply_date} 申请）` };
}

/** The person's deleted applications, latest deletion first (the 认定 tab's 已删除). */
export function listDeletedRecognitions(ctx: CoreContext, personId: string): DeletedRecognition[] {
  const rows = prepared(ctx.db, 'SELECT * FROM deleted_recognitions WHERE person_id = ? ORDER BY deleted_at DESC').all(
    personId,
  ) as DeletedRecognitionRow[];
  return rows.map((r) => ({
    id: r.id,
    applyDate: r.apply_date,
    categories: categoriesText(r.categories),
    ...removedStampsOf(r),
  }));
}
