// Demo 已删除 年度考核 and 培训学员 (UI.md: deleted records can be restored; migration 0024): one result of last year
// entered on the wrong placement and one trainee enrolled in the wrong class, deleted through the core's own channels
// (audited, with a reason), so the 显示已删除 switches under a placement and on a class page have something to restore.
import type { Core } from '../../electron/core/core';
import { invokeOk } from './invoke';
import type { StepOptions } from './step-options';

/** Returns how many of each were deleted (0 when the county has none to delete). */
export async function seedDeletedRecords(
  core: Core,
  o: StepOptions,
): Promise<{ assessments: number; trainees: number }> {
  const db = core.ctx.db;
  const year = Number(o.today.slice(0, 4)) - 1;
  // A passed result of last year on an open placement that was never renewed (no renewal rests on it).
  const assessment = db
    .prepare(
      `SELECT a.id FROM placement_assessments a JOIN placements p ON p.id = a.placement_id
       WHERE a.year = ? AND a.result = 'pass' AND p.deleted_at IS NULL AND p.leave_date IS NULL
         AND NOT EXISTS (SELECT 1 FROM placement_renewals r WHERE r.placement_id = p.id)
       ORDER BY a.placement_id LIMIT 1`,
    )
    .pluck()
    .get(year) as string | undefined;
  if (assessment) await invokeOk(core, 'placements.removeAssessment', { id: assessment, reason: '录错安置人员' });
  // A trainee of a class that still takes trainees (planned, filed or running: none is on a roster).
  const trainee = db
    .prepare(
      `SELECT te.id FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id
       WHERE c.status IN ('01', '02', '03') ORDER BY c.start_date DESC, te.id LIMIT 1`,
    )
    .pluck()
    .get() as string | undefined;
  if (trainee) await invokeOk(core, 'training.unenrol', { enrolmentId: trainee, reason: '报错培训班' });
  const r = { assessments: assessment ? 1 : 0, trainees: trainee ? 1 : 0 };
  o.log?.(`已删除的年度考核（可恢复）：${r.assessments} 条；已移除的培训学员（可恢复）：${r.trainees} 人`);
  return r;
}
