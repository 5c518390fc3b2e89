// Demo 已删除 失业登记 and 认定申请 (migration 0026): a registration made today on the wrong person and one application
// awaiting its first review filed on the wrong person, deleted through the core's own channels (audited, with a reason),
// so the person page's 已删除 switches have something to show and restore. Only records dated after the last locked
// month qualify (the core refuses the others).
import type { Core } from '../../electron/core/core';
import { monthOf } from '../../shared/domain/dates';
import { invokeOk } from './invoke';
import type { StepOptions } from './step-options';

/** Returns how many of each were deleted (0 when the county has none that may go). */
export async function seedDeletedRegistrations(
  core: Core,
  o: StepOptions,
): Promise<{ registrations: number; applications: number }> {
  const db = core.ctx.db;
  const after = (db.prepare('SELECT max(month) FROM period_locks').pluck().get() as string | null) ?? '0000-00';
  // A working-age person without a registration, registered today by mistake (the clerk meant someone else).
  const person = db
    .prepare(
      `SELECT p.id, p.township_id FROM persons p
       WHERE p.deleted_at IS NULL AND p.on_post = 0 AND p.in_internship = 0 AND p.employment_status NOT IN ('50', '10')
         AND p.birth_date BETWEEN date(?, '-45 years') AND date(?, '-25 years') AND p.township_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.person_id = p.id)
       ORDER BY p.id LIMIT 1`,
    )
    .get(o.today, o.today) as { id: string; township_id: string } | undefined;
  let registration: string | undefined;
  if (person && monthOf(o.today) > after) {
    const made = await invokeOk(core, 'registrations.create', {
      personId: person.id,
      regDate: o.today,
      regPlaceId: person.township_id,
      reason: '02',
      receivesUi: false,
      jobWish: '1',
      jobIntent: null,
      needs: [],
      responsibleStaff: '古丽',
    });
    registration = (made.registration as { id: string }).id;
    await invokeOk(core, 'registrations.delete', { id: registration, reason: '登记错了人员' });
  }
  const application = db
    .prepare(
      `SELECT g.id FROM recognitions g JOIN persons p ON p.id = g.person_id
       WHERE g.status = '01' AND substr(g.apply_date, 1, 7) > ? AND p.deleted_at IS NULL
         AND (SELECT count(*) FROM recognition_steps s WHERE s.recognition_id = g.id) = 1
       ORDER BY g.apply_date DESC, g.id LIMIT 1`,
    )
    .pluck()
    .get(after) as string | undefined;
  if (application) await invokeOk(core, 'recognitions.delete', { id: application, reason: '申请录错了人员' });
  const r = { registrations: registration ? 1 : 0, applications: application ? 1 : 0 };
  o.log?.(`已删除的失业登记（可恢复）：${r.registrations} 条；已删除的认定申请（可恢复）：${r.applications} 条`);
  return r;
}
