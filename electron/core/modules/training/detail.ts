// The class page (DOMAIN §11.1): the class, its trainees with their results, each trainee's subsidy decision
// (BR-35..BR-37, the reason when refused), the roster that holds them, the BR-34 flag (a post or an internship at
// the same time) and the BR-38 employment after training. Lists of classes with filters.
import { idMaskerOn, personColumnsOf, type IdMasker } from '../settings/display';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { notFound } from '../../../../shared/contract/result';
import { rosterTitle } from '../../../../shared/contract/subsidies';
import type {
  ClassDetail,
  ClassSummary,
  ClassSortField,
  classListInput,
  Trainee,
} from '../../../../shared/contract/training';
import { orderBy } from '../../db/order-by';
import { filingOverdue, latestFilingDate } from '../../../../shared/domain/training-class';
import {
  certificateLabel,
  classStatusLabel,
  traineeCategoryLabel,
  trainingResultLabel,
  trainingTypeLabel,
  ENROLMENT_OPEN_STATUSES,
} from '../../../../shared/enums/training-codes';
import { prepared } from '../../db/prepared';
import { likeLiteral, whereOf } from '../../db/where';
import { calendarOn, trainingRulesOn } from './config';
import { CLASS_SELECT, classEnrolments, getClass, type ClassRow, type EnrolmentRow } from './queries';
import { decisionOf } from './subsidy';
import { chineseMonth } from '../../../../shared/domain/dates';
import { pageParams } from '../../db/page';

export function requireClass(db: Database.Database, id: string): ClassRow {
  const c = getClass(db, id);
  if (!c) throw notFound('找不到该培训班。');
  return c;
}

export function toSummary(c: ClassRow): ClassSummary {
  return {
    id: c.id,
    code: c.code,
    providerId: c.provider_id,
    providerName: c.provider_name,
    occupation: c.occupation,
    trainingType: c.training_type,
    trainingTypeLabel: trainingTypeLabel(c.training_type),
    targetCertificate: c.target_certificate,
    targetCertificateLabel: certificateLabel(c.target_certificate),
    startDate: c.start_date,
    endDate: c.end_date,
    hours: c.hours,
    townshipName: c.township_name,
    capacity: c.capacity,
    enrolled: c.enrolled,
    status: c.status,
    statusLabel: classStatusLabel(c.status),
  };
}

/** BR-34: a public-welfare post or an internship during the class (allowed, shown). */
function sideFlag(db: Database.Database, personId: string, start: string, end: string): string | null {
  const post = prepared(
    db,
    `SELECT 1 FROM placements WHERE person_id = ? AND deleted_at IS NULL AND start_date <= ? AND (leave_date IS NULL OR leave_date >= ?)`,
  ).get(personId, end, start);
  if (post) return '培训期间在公益性岗位';
  const intern = prepared(
    db,
    `SELECT 1 FROM internships WHERE person_id = ? AND deleted_at IS NULL AND agreement_start <= ? AND coalesce(end_date, agreement_end) >= ?`,
  ).get(personId, end, start);
  return intern ? '培训期间在就业见习' : null;
}

function batchLabel(e: EnrolmentRow): string | null {
  if (!e.item_id || !e.batch_month) return null;
  return `${chineseMonth(e.batch_month)}${rosterTitle('training')}`;
}

function toTrainee(db: Database.Database, c: ClassRow, e: EnrolmentRow, mask: IdMasker): Trainee {
  const d = decisionOf(db, c, e);
  return {
    id: e.id,
    ...personColumnsOf(e, mask),
    category: e.category,
    categoryLabel: traineeCategoryLabel(e.category),
    categoryNote: e.category_note,
    enrolDate: e.enrol_date,
    attendedHours: e.attended_hours,
    result: e.result,
    resultLabel: trainingResultLabel(e.result),
    certType: e.cert_type,
    certLabel: certificateLabel(e.cert_type),
    certNo: e.cert_no,
    certDate: e.cert_date,
    flag: sideFlag(db, e.person_id, c.start_date, c.end_date),
    subsidy: d,
    batchName: batchLabel(e),
    locked: !!e.item_id && e.batch_status !== 'draft',
    employedDate: e.employed_date,
    employedUnit: e.employed_unit,
    employedStatus: e.employed_status as Trainee['employedStatus'],
  };
}

/** `today`: the CFG-29 mask in force (settings/display.ts). */
export function classDetail(db: Database.Database, id: string, today: string): ClassDetail {
  const mask = idMaskerOn(db, today);
  const c = requireClass(db, id);
  const trainees = classEnrolments(db, id).map((e) => toTrainee(db, c, e, mask));
  const rules = trainingRulesOn(db, c.start_date);
  const calendar = calendarOn(db, c.start_date);
  const ok = trainees.filter((t) => t.subsidy.eligible);
  return {
    ...toSummary(c),
    occupationReason: c.occupation_reason,
    townshipId: c.township_id,
    location: c.location,
    funding: c.funding,
    filedDate: c.filed_date,
    openedDate: c.opened_date,
    closedDate: c.closed_date,
    cancelReason: c.cancel_reason,
    remark: c.remark,
    latestFilingDate: latestFilingDate(c.start_date, rules.filingLeadDays, calendar),
    filingOverdue: filingOverdue(c.status, today, c.start_date, rules.filingLeadDays, calendar),
    trainees,
    totals: {
      eligible: ok.length,
      subsidyFen: ok.reduce((s, t) => s + t.subsidy.subsidyFen, 0),
      livingFen: ok.reduce((s, t) => s + t.subsidy.livingFen, 0),
    },
  };
}

/** training.classes.list's sortable columns. */
const CLASS_ORDER: Record<ClassSortField, string> = {
  code: 'c.code',
  startDate: 'c.start_date',
  hours: 'c.hours',
  enrolled: 'enrolled',
};

const OPEN_STATUSES_SQL = ENROLMENT_OPEN_STATUSES.map((s) => `'${s}'`).join(', ');

export function listClasses(
  db: Database.Database,
  v: z.output<typeof classListInput>,
): { items: ClassSummary[]; total: number } {
  const args: Record<string, unknown> = {};
  const w = whereOf(
    [
      [
        v.q && `%${likeLiteral(v.q)}%`,
        "(c.code LIKE @q ESCAPE '\\' OR c.occupation LIKE @q ESCAPE '\\' OR e.name LIKE @q ESCAPE '\\')",
        'q',
      ],
      [v.providerId, 'c.provider_id = @provider', 'provider'],
      [v.trainingType, 'c.training_type = @type', 'type'],
      [v.status, 'c.status = @status', 'status'],
      [v.from, 'c.end_date >= @from', 'from'],
      [v.to, 'c.start_date <= @to', 'to'],
      [v.openOn, `c.status IN (${OPEN_STATUSES_SQL}) AND c.start_date >= @openOn`, 'openOn'],
    ],
    args,
  );
  const total = prepared(db, `SELECT count(*) FROM training_classes c JOIN employers e ON e.id = c.provider_id ${w}`)
    .pluck()
    .get(args) as number;
  const rows = prepared(
    db,
    `${CLASS_SELECT} ${w} ORDER BY ${orderBy(v.sort, CLASS_ORDER, 'c.start_date DESC, c.code DESC', 'c.id')} LIMIT @limit OFFSET @offset`,
  ).all({ ...args, ...pageParams(v) }) as ClassRow[];
  return { items: rows.map(toSummary), total };
}
