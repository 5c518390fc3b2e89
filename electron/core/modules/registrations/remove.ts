// 删除 and 恢复 of a 失业登记 entered on the wrong person (migration 0026): the row and its service-level history
// move to deleted_registrations, so every reader (work lists and their month caches, the 首页, RPT-01/02/11/12, the
// imports' checks, the archive) sees it gone as after a hard delete, and the person may be registered again.
// Only a registration nothing else rests on is deleted; anything more is 注销 (which the reports count):
// - no contact, not even a deleted one: a contact (a home visit is one) is service given and counted; a deleted
//   contact can still be restored onto its registration (deleted_contacts names it);
// - not cancelled, no 认定申请 naming it (live or deleted), no trainee enrolled as 城镇登记失业人员 on it;
// - no locked month from its registration month on: it counts in each of those months' stored reports.
// Deleting puts back the person's 就业状态 the registration replaced (status_before), when the person still has
// the 10 it set; restoring re-runs the create checks and sets 10 again (BR-04), as creating it did. A registration
// made before migration 0026 has no status_before (what it replaced was not kept): the person is left 失业 and the
// answer (and the 操作记录) says so, for the clerk to correct the status on the person form.
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../shared/contract';
import type { DeletedRegistration } from '../../../../shared/contract/registrations';
import { employmentStatusLabel } from '../../../../shared/enums';
import type { CoreContext } from '../../context';
import { moveBack, moveToDeleted, removedStampsOf, requireDeletedRow, type DeletedStamps } from '../../db/deleted-rows';
import { prepared } from '../../db/prepared';
import { nextStamp } from '../../db/stamp';
import { assertNoLockSince } from '../period-locks/guard';
import {
  assertNoActiveRegistration,
  assertNoOverlap,
  checkRegPlace,
  checkWorkingAge,
  REGISTRATION_NOT_FOUND,
  requireLivePerson,
} from './checks';
import { levelText } from './level';
import { markUnemployed, setEmploymentStatus } from './person-status';
import type { RegistrationRow } from './queries';
import { getRegistration, REGISTRATION_WHAT, requireRegistration, who } from './service';

const count = (db: Database.Database, sql: string, id: string) => prepared(db, sql).pluck().get(id) as number;

/** Why the registration cannot be deleted, or null. */
function refusal(db: Database.Database, row: RegistrationRow): string | null {
  if (row.status === 'cancelled') return '该失业登记已注销，不能删除';
  if (count(db, 'SELECT count(*) FROM contacts WHERE registration_id = ?', row.id))
    return '该失业登记已有联系记录，不能删除，请办理注销';
  if (count(db, 'SELECT count(*) FROM deleted_contacts WHERE registration_id = ?', row.id))
    return '该失业登记有已删除的联系记录（可恢复），不能删除，请办理注销';
  if (
    count(db, 'SELECT count(*) FROM recognitions WHERE registration_id = ?', row.id) +
    count(db, 'SELECT count(*) FROM deleted_recognitions WHERE registration_id = ?', row.id)
  )
    return '该失业登记已有就业困难人员认定申请，不能删除，请先处理认定申请';
  // E33 01: a trainee enrolled as 城镇登记失业人员 rests on the registration in force at the class start (BR-33).
  const enrolments = prepared(
    db,
    `SELECT count(*) FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id
     WHERE te.person_id = ? AND te.category = '01' AND c.start_date >= ?`,
  )
    .pluck()
    .get(row.person_id, row.reg_date) as number;
  if (enrolments) return '该失业登记是培训报名（城镇登记失业人员）的依据，不能删除，请办理注销';
  return null;
}

function assertPersonLive(db: Database.Database, personId: string, name: string): void {
  if (requireLivePerson(db, personId).deleted_at) throw ruleViolation(`“${name}”已删除，不能修改其失业登记。`);
}

/**
 * Whether the registration was made before migration 0026 began keeping status_before: the register was upgraded
 * through 0026 (not created at or after it, when every migration has the one applied_at) and the row is older.
 */
function madeBeforeStatusKept(db: Database.Database, createdAt: string): boolean {
  const r = prepared(
    db,
    `SELECT (SELECT applied_at FROM schema_migrations WHERE version = 26) AS kept,
       (SELECT min(applied_at) FROM schema_migrations) AS first`,
  ).get() as { kept: string | null; first: string | null };
  return r.kept !== null && r.kept !== r.first && createdAt < r.kept;
}

/** The 就业状态 a registration made before 0026 could not put back (madeBeforeStatusKept). */
const STATUS_LEFT =
  '就业状态仍为“失业”：这条失业登记办理时尚未记录原来的就业状态，无法自动改回，请在人员信息中核对并修改';

export function deleteRegistrationRecord(ctx: CoreContext, v: { id: string; reason: string }) {
  const db = ctx.db;
  const row = requireRegistration(db, v.id);
  assertPersonLive(db, row.person_id, row.person_name);
  const refused = refusal(db, row);
  if (refused) throw ruleViolation(refused);
  assertNoLockSince(db, row.reg_date, REGISTRATION_WHAT);
  const by = ctx.operator();
  const at = ctx.now();
  moveToDeleted(db, 'registrations', row.id, by, at, v.reason);
  let status = '';
  let warnings: { employmentStatus: string } | undefined;
  if (row.status_before && row.person_status === '10') {
    setEmploymentStatus(db, row.person_id, row.status_before, by, at);
    status = `；就业状态改回“${employmentStatusLabel(row.status_before)}”`;
  } else if (!row.status_before && row.person_status === '10' && madeBeforeStatusKept(db, row.created_at)) {
    warnings = { employmentStatus: STATUS_LEFT };
    status = `；${STATUS_LEFT}`;
  }
  return {
    data: warnings ? { id: row.id, warnings } : { id: row.id },
    summary: `删除失业登记${who(ctx, row.person_name, row.id_number)}：${row.reg_date} 登记，服务等级 ${levelText(row.service_level)}；原因：${v.reason}${status}`,
  };
}

type DeletedRegistrationRow = DeletedStamps & {
  id: string;
  person_id: string;
  reg_date: string;
  reg_place_id: string;
  service_level: 'A' | 'B' | 'C';
  responsible_staff: string;
  updated_at: string;
};

/** The deleted registration back as it was (with its level history), if every create check still passes. */
export function restoreRegistrationRecord(ctx: CoreContext, id: string) {
  const db = ctx.db;
  const row = requireDeletedRow<DeletedRegistrationRow>(db, 'registrations', id, '该失业登记', REGISTRATION_NOT_FOUND);
  const person = requireLivePerson(db, row.person_id);
  assertNoLockSince(db, row.reg_date, REGISTRATION_WHAT);
  assertNoActiveRegistration(db, person.id);
  checkWorkingAge(person, row.reg_date);
  checkRegPlace(db, row.reg_place_id, null);
  assertNoOverlap(db, person.id, null, row.reg_date, null);
  const by = ctx.operator();
  const at = nextStamp(ctx.now(), row.updated_at);
  moveBack(db, 'registrations', id, by, at);
  const replaced = markUnemployed(db, id, person, by, at);
  const registration = getRegistration(ctx, id);
  const status = replaced ? `；就业状态改为“${employmentStatusLabel('10')}”` : '';
  return {
    data: { id, registration },
    summary: `恢复失业登记${who(ctx, person.name, person.id_number)}：${row.reg_date} 登记${status}`,
  };
}

/** The person's deleted registrations, latest deletion first (the 失业登记 tab's 已删除). */
export function listDeletedRegistrations(ctx: CoreContext, personId: string): DeletedRegistration[] {
  const rows = prepared(
    ctx.db,
    `SELECT d.*, g.name AS reg_place_name FROM deleted_registrations d LEFT JOIN regions g ON g.id = d.reg_place_id
     WHERE d.person_id = ? ORDER BY d.deleted_at DESC`,
  ).all(personId) as (DeletedRegistrationRow & { reg_place_name: string | null })[];
  return rows.map((r) => ({
    id: r.id,
    regDate: r.reg_date,
    regPlaceName: r.reg_place_name ?? '',
    serviceLevel: r.service_level,
    responsibleStaff: r.responsible_staff,
    ...removedStampsOf(r),
  }));
}
