// How the undo of an import names a row in its refusals: the record's kind in words and whose it is (the person's,
// unit's or post's name), read from the row's content — never its raw key.
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';

/** The record each table holds, as a clerk calls it. */
export const TABLE_NOUNS: Readonly<Record<string, string>> = {
  persons: '人员',
  household_members: '家庭成员',
  registrations: '失业登记',
  deleted_registrations: '已删除的失业登记',
  contacts: '联系记录',
  deleted_contacts: '已删除的联系记录',
  service_level_changes: '服务等级调整',
  recognitions: '就业困难认定',
  deleted_recognitions: '已删除的就业困难认定',
  recognition_steps: '认定步骤',
  employers: '用人单位',
  posts: '岗位',
  placements: '公益性岗位安置',
  placement_renewals: '续签记录',
  placement_assessments: '考核记录',
  deleted_placement_assessments: '已删除的考核记录',
  attendance_months: '考勤',
  internships: '就业见习',
  internship_allowances: '见习补贴',
  training_providers: '培训机构',
  training_classes: '培训班',
  training_enrolments: '培训学员',
  deleted_training_enrolments: '已删除的培训学员',
  flexible_subsidies: '灵活就业社保补贴',
  subsidy_batches: '补贴发放花名册',
  subsidy_batch_items: '花名册人员',
  settings: '设置',
  regions: '行政区划',
  accounts: '账号',
  account_townships: '账号乡镇',
  period_locks: '月份锁定',
  period_lock_reports: '锁定月份的报表',
  period_lock_events: '锁定记录',
};

export const nounOf = (table: string) => TABLE_NOUNS[table] ?? '记录';

/** The person a row belongs to, through the link it holds (person, placement, registration, internship …). */
const OWNER_SQL: readonly [string, string][] = [
  ['person_id', 'SELECT name FROM persons WHERE id = ?'],
  ['placement_id', 'SELECT p.name FROM placements pl JOIN persons p ON p.id = pl.person_id WHERE pl.id = ?'],
  ['registration_id', 'SELECT p.name FROM registrations r JOIN persons p ON p.id = r.person_id WHERE r.id = ?'],
  ['internship_id', 'SELECT p.name FROM internships i JOIN persons p ON p.id = i.person_id WHERE i.id = ?'],
  ['recognition_id', 'SELECT p.name FROM recognitions r JOIN persons p ON p.id = r.person_id WHERE r.id = ?'],
];

/** The name a row shows: its own name or title, else its person's name; '' when none can be read. */
function nameOf(db: Database.Database, row: Record<string, unknown>): string {
  for (const key of ['name', 'title', 'payee_name']) if (typeof row[key] === 'string' && row[key]) return row[key];
  for (const [key, sql] of OWNER_SQL) {
    const id = row[key];
    if (typeof id !== 'string') continue;
    const name = prepared(db, sql).pluck().get(id) as string | undefined;
    if (name) return name;
  }
  return '';
}

/** 人员“张三”, 考勤（张三 2026-10）, 失业登记（张三）: the record, named for the clerk. */
export function describeRow(db: Database.Database, table: string, json: string | null): string {
  const noun = nounOf(table);
  if (!json) return noun;
  const row = JSON.parse(json) as Record<string, unknown>;
  const name = nameOf(db, row);
  const month = typeof row.month === 'string' ? ` ${row.month}` : '';
  if (table === 'persons' || table === 'employers' || table === 'posts') return name ? `${noun}“${name}”` : noun;
  return name || month ? `${noun}（${name}${name ? month : month.trim()}）` : noun;
}
