// What keeps a person from being deleted (soft delete, DOMAIN §3): records that still run on the person — an
// active unemployment registration (BR-05), a post placement without a leave date (BR-17, VR-13), a running
// internship (BR-28). Each names itself and what the clerk has to do first; ended records do not block.
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';

export function deleteBlockers(db: Database.Database, personId: string): string[] {
  const reasons: string[] = [];
  const reg = prepared(db, "SELECT reg_date FROM registrations WHERE person_id = ? AND status = 'active'").get(
    personId,
  ) as { reg_date: string } | undefined;
  if (reg) reasons.push(`有有效的失业登记（${reg.reg_date} 登记），请先注销失业登记`);
  const placement = prepared(
    db,
    `SELECT pl.start_date, po.title, po.post_code FROM placements pl JOIN posts po ON po.id = pl.post_id
     WHERE pl.person_id = ? AND pl.deleted_at IS NULL AND pl.leave_date IS NULL ORDER BY pl.start_date LIMIT 1`,
  ).get(personId) as { start_date: string; title: string; post_code: string } | undefined;
  if (placement) {
    reasons.push(
      `正在公益性岗位“${placement.title}”（${placement.post_code}）在岗（${placement.start_date} 上岗），请先办理离岗`,
    );
  }
  const internship = prepared(
    db,
    `SELECT i.agreement_start, e.name AS host FROM internships i JOIN employers e ON e.id = i.host_id
     WHERE i.person_id = ? AND i.deleted_at IS NULL AND i.status = 'active' ORDER BY i.agreement_start LIMIT 1`,
  ).get(personId) as { agreement_start: string; host: string } | undefined;
  if (internship)
    reasons.push(`正在“${internship.host}”参加就业见习（${internship.agreement_start} 开始），请先结束见习`);
  return reasons;
}
