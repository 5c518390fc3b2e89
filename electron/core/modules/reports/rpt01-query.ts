// RPT-01 rows streamed from SQLite (stmt.iterate(): one row in memory at a time), sorted as the frame's
// grouping needs them: 乡镇 code, 村 code, then name. The persons are those with a recognition (DOMAIN §3.5) in force
// at some time in the month of asOf — 有效 at its end, or exited within it (§6.1 "含本期退出"); with `validOnly` (§6.1
// 仅有效) only those 有效 at asOf (not exited on or before it: the rows without 退出日期). A person with two such
// recognitions (exited, then recognised again) appears once, with the later one. Columns from the records:
//   认定类别(主) / 其他符合类别 / 认定日期 / 帮扶责任人 (else the registration's 联系责任人) / 退出日期 / 退出原因 from the recognition;
//   当前就业状态: the status on asOf (capped at today while the month runs) as RPT-02 col 18 counts it
//   (employment-status.ts, §6.1 "status at as-of date"), not the person row's status of today;
//   就业单位/岗位 and 就业日期, only beside an employed status (21–24): the placement open on that day (用人单位/岗位,
//   上岗日期), else the latest successful contact up to it that found employment (E09 21–23: 就业单位/从事工作, date);
//   享受政策: 公益性岗位 (a placement begun by that day), 社保补贴 (on a post with the social-insurance subsidy), 见习
//   (an internship begun by then), 培训 (BR-39: an enrolment of a class started by then on a reviewed 培训补贴 roster);
//   最近联系日期: the latest contact up to then; 备注: 补录 for a back-filled recognition.
import type Database from 'better-sqlite3';
import { ageOn } from '../../../../shared/domain/age';
import { isEmployedStatus } from '../../../../shared/domain/employment-history';
import { employmentRecordsSql, statusOnFromJson } from './employment-status';
import { addDays } from '../../../../shared/domain/working-days';
import { difficultyCategoryLabel } from '../../../../shared/enums/difficulty-categories';
import { exitReasonLabel } from '../../../../shared/enums/recognition-codes';
import { categoriesText } from '../recognitions/queries';
import { educationLabel, employmentStatusLabel, ethnicityLabel, sexLabel } from '../../../../shared/enums';

export interface Rpt01Filter {
  townshipId?: string;
  /** Only the persons 有效 at asOf (仅有效); default those exited in the month too (含本期退出). */
  validOnly?: boolean;
}

/** Who a row is, in the query and on the sheet alike (sex and ethnicity: codes in the query, labels on the sheet). */
interface Rpt01Person {
  township: string;
  village: string;
  name: string;
  sex: string;
  ethnicity: string;
  idNumber: string;
}

interface Rpt01Source extends Rpt01Person {
  birthDate: string;
  education: string | null;
  phone: string | null;
  address: string | null;
  cardNo: string | null;
  employmentStatus: string;
  records: string;
  categories: string;
  primaryCategory: string;
  recognitionDate: string | null;
  exitDate: string | null;
  exitReason: string | null;
  backfilled: 0 | 1;
  helper: string | null;
  post: string | null;
  job: string | null;
  policies: number;
  lastContact: string | null;
}

export interface Rpt01Row extends Rpt01Person {
  age: number;
  education: string;
  phone: string | null;
  address: string | null;
  category: string;
  otherCategories: string | null;
  recognitionDate: string | null;
  cardNo: string | null;
  employment: string;
  employer: string | null;
  employmentDate: string | null;
  policies: string | null;
  helper: string | null;
  lastContact: string | null;
  exitDate: string | null;
  exitReason: string | null;
  remark: string | null;
}

/** Recognitions in force at some time in [@start, @asOf]; the latest per person. @start is the day after @asOf for 仅有效. */
const IN_FORCE = `r.status IN ('03', '05') AND coalesce(r.recognition_date, '') <= @asOf AND (r.exit_date IS NULL OR r.exit_date >= @start)
  AND NOT EXISTS (SELECT 1 FROM recognitions r2 WHERE r2.person_id = r.person_id AND r2.status IN ('03', '05') AND r2.id <> r.id
    AND coalesce(r2.recognition_date, '') <= @asOf AND (r2.exit_date IS NULL OR r2.exit_date >= @start)
    AND (coalesce(r2.recognition_date, '') > coalesce(r.recognition_date, '') OR (coalesce(r2.recognition_date, '') = coalesce(r.recognition_date, '') AND r2.id > r.id)))`;
const WHERE = (f: Rpt01Filter) =>
  `${IN_FORCE} AND p.deleted_at IS NULL${f.townshipId ? ' AND p.township_id = @township' : ''}`;
const params = (f: Rpt01Filter, asOf: string) => ({
  asOf,
  start: f.validOnly ? addDays(asOf, 1) : `${asOf.slice(0, 7)}-01`,
  ...(f.townshipId ? { township: f.townshipId } : {}),
});

/** Persons in the report, for the progress bar. */
export function countRpt01(db: Database.Database, filter: Rpt01Filter, asOf: string): number {
  return (
    db
      .prepare(`SELECT count(*) AS n FROM recognitions r JOIN persons p ON p.id = r.person_id WHERE ${WHERE(filter)}`)
      .get(params(filter, asOf)) as { n: number }
  ).n;
}

const POST = `(SELECT pl.start_date || '|' || e.name || '/' || po.title FROM placements pl JOIN posts po ON po.id = pl.post_id JOIN employers e ON e.id = po.employer_id
   WHERE pl.person_id = p.id AND pl.deleted_at IS NULL AND pl.start_date <= @day AND (pl.leave_date IS NULL OR pl.leave_date >= @day)
   ORDER BY pl.start_date DESC LIMIT 1)`;
const JOB = `(SELECT c.contact_date || '|' || coalesce(c.employer_or_activity, '') FROM registrations g JOIN contacts c ON c.registration_id = g.id
   WHERE g.person_id = p.id AND c.result = '1' AND c.employment_status_found IN ('21', '22', '23') AND c.contact_date <= @day
   ORDER BY c.contact_date DESC LIMIT 1)`;
/** Bits: 1 公益性岗位, 2 社保补贴, 4 见习. */
const POLICIES = `((EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id AND pl.deleted_at IS NULL AND pl.start_date <= @day))
  + 2 * (EXISTS (SELECT 1 FROM placements pl JOIN posts po ON po.id = pl.post_id WHERE pl.person_id = p.id AND pl.deleted_at IS NULL
      AND pl.start_date <= @day AND po.si_subsidy = 1))
  + 4 * (EXISTS (SELECT 1 FROM internships i WHERE i.person_id = p.id AND i.deleted_at IS NULL AND i.agreement_start <= @day))
  + 8 * (EXISTS (SELECT 1 FROM training_enrolments te JOIN training_classes tc ON tc.id = te.class_id
      JOIN subsidy_batch_items ti ON ti.enrolment_id = te.id AND ti.adjusts_item_id IS NULL JOIN subsidy_batches tb ON tb.id = ti.batch_id
      WHERE te.person_id = p.id AND tc.start_date <= @day AND tb.status <> 'draft')))`;
const LAST_CONTACT = `(SELECT max(c.contact_date) FROM registrations g JOIN contacts c ON c.registration_id = g.id WHERE g.person_id = p.id AND c.contact_date <= @day)`;
const HELPER = `coalesce(r.helper, (SELECT g.responsible_staff FROM registrations g WHERE g.person_id = p.id AND g.reg_date <= @asOf ORDER BY g.reg_date DESC LIMIT 1))`;

const policyText = (bits: number) =>
  [bits & 1 ? '公益性岗位' : '', bits & 2 ? '社保补贴' : '', bits & 8 ? '培训' : '', bits & 4 ? '见习' : '']
    .filter(Boolean)
    .join('、') || null;
const split = (v: string | null) => (v ? [v.slice(0, 10), v.slice(11)] : [null, null]);

/** The rows in report order; a generator, so the writer pulls them one by one (and closes the cursor if it stops). */
export function* rpt01Rows(
  db: Database.Database,
  filter: Rpt01Filter,
  asOf: string,
  today: string = asOf,
): Generator<Rpt01Row> {
  const day = asOf < today ? asOf : today;
  const stmt = db.prepare(
    `SELECT t.name AS township, v.name AS village, p.name, p.sex, p.ethnicity, p.id_number AS idNumber, p.birth_date AS birthDate,
            p.education, p.phone, p.address, p.card_no AS cardNo, p.employment_status AS employmentStatus, ${employmentRecordsSql('p.id', 'p.updated_at', '@day')} AS records,
            r.categories, r.primary_category AS primaryCategory, r.recognition_date AS recognitionDate,
            CASE WHEN r.exit_date <= @asOf THEN r.exit_date END AS exitDate, CASE WHEN r.exit_date <= @asOf THEN r.exit_reason END AS exitReason,
            r.backfilled, ${HELPER} AS helper, ${POST} AS post, ${JOB} AS job, ${POLICIES} AS policies, ${LAST_CONTACT} AS lastContact
     FROM recognitions r
     JOIN persons p ON p.id = r.person_id
     JOIN regions t ON t.id = p.township_id
     JOIN regions v ON v.id = p.residence_region_id
     WHERE ${WHERE(filter)}
     ORDER BY t.code, v.code, p.name, p.id`,
  );
  for (const r of stmt.iterate({ ...params(filter, asOf), day }) as IterableIterator<Rpt01Source>) {
    const status = statusOnFromJson(r.records, r.employmentStatus, asOf, today);
    // 就业单位/岗位 and 就业日期 only beside an employed status (a placement on post, else the contact that found the job).
    const employed = isEmployedStatus(status);
    const [postDate, post] = employed ? split(r.post) : [null, null];
    const [jobDate, job] = employed && status !== '24' ? split(r.job) : [null, null];
    const others = categoriesText(r.categories.split(',').filter((c) => c !== r.primaryCategory));
    yield {
      township: r.township,
      village: r.village,
      name: r.name,
      sex: sexLabel(r.sex),
      ethnicity: ethnicityLabel(r.ethnicity),
      idNumber: r.idNumber,
      age: ageOn(r.birthDate, asOf),
      education: educationLabel(r.education),
      phone: r.phone,
      address: r.address,
      category: difficultyCategoryLabel(r.primaryCategory),
      otherCategories: others || null,
      recognitionDate: r.recognitionDate,
      cardNo: r.cardNo,
      employment: employmentStatusLabel(status),
      employer: post ?? (job || null),
      employmentDate: postDate ?? jobDate,
      policies: policyText(r.policies),
      helper: r.helper,
      lastContact: r.lastContact,
      exitDate: r.exitDate,
      exitReason: r.exitReason ? exitReasonLabel(r.exitReason) : null,
      remark: r.backfilled ? '补录' : null,
    };
  }
}
