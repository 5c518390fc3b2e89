// Trainees (DOMAIN §11.1 TrainingEnrolment): enrol from the person register with the BR-33 category check against
// the register as of the class start and BR-34 (no overlapping class); removing and restoring: removals.ts.
import type { ClassDetail, EnrolInput } from '../../../../shared/contract/training';
import type { z } from 'zod';
import type { enrolInput } from '../../../../shared/contract/training';
import { employmentStatusOn } from '../../../../shared/domain/employment-history';
import { recognitionOn } from '../../../../shared/domain/placement-eligibility';
import { enrolmentRefusal } from '../../../../shared/domain/training-enrolment';
import { checkZeroEmploymentHousehold } from '../../../../shared/domain/zero-employment-household';
import {
  ENROLMENT_OPEN_STATUSES,
  traineeCategoryLabel,
  type TraineeCategoryCode,
} from '../../../../shared/enums/training-codes';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { refuseField } from '../../refuse-field';
import { prepared } from '../../db/prepared';
import { insertRow } from '../../db/update-row';
import { newId } from '../../ids';
import { requirePerson, type PersonRow } from '../persons/queries';
import { personFacts, recognitionSpans } from '../recognitions/facts';
import { registrationOnDate } from '../registrations/queries';
import { trainingRulesOn } from './config';
import { classDetail, requireClass } from './detail';
import type { ClassRow } from './queries';

export type { EnrolInput };

/** What an enrolment says about the trainee (the enrol input, or a removed enrolment's row when it is restored). */
interface Enrolling {
  category: TraineeCategoryCode;
  categoryNote: string | null;
  graduationDate: string | null;
  enrolDate: string;
}

/**
 * The enrol checks, refused with the field named: the class still taking trainees and not full, the dates, the person
 * live and not in the class yet, BR-33 as of the class start and BR-34. Run again when a removed trainee is restored.
 */
export function checkEnrolment(
  ctx: CoreContext,
  c: ClassRow,
  personId: string,
  v: Enrolling,
  field?: string,
): PersonRow {
  const db = ctx.db;
  if (!(ENROLMENT_OPEN_STATUSES as readonly string[]).includes(c.status))
    refuseField('培训班已结业或撤销，不能再报名', field ?? 'classId');
  if (c.enrolled >= c.capacity) refuseField(`培训班计划人数 ${c.capacity} 人已满`, field ?? 'classId');
  if (v.enrolDate > c.start_date) refuseField(`报名日期不能晚于培训开始日期 ${c.start_date}`, field ?? 'enrolDate');
  if (v.enrolDate > ctx.today()) refuseField(`报名日期不能晚于今天（${ctx.today()}）`, field ?? 'enrolDate');
  const p = requirePerson(db, personId);
  if (p.deleted_at) refuseField('该人员已删除，请先恢复再报名', field ?? 'personId');
  if (prepared(db, 'SELECT 1 FROM training_enrolments WHERE class_id = ? AND person_id = ?').get(c.id, p.id))
    refuseField(`${p.name}已在本班报名`, field ?? 'personId');
  // BR-33 against the register as of the class start.
  const start = c.start_date;
  const facts = personFacts(db, p);
  const status = employmentStatusOn(facts.employment, start);
  const r = enrolmentRefusal(
    {
      birthDate: p.birth_date,
      retirementCategory: p.retirement_category,
      statusOnStart: status,
      registeredOnStart: !!registrationOnDate(db, p.id, start),
      recognisedOnStart: !!recognitionOn(recognitionSpans(db, p.id), start),
      zeroHousehold: checkZeroEmploymentHousehold(status, facts.household),
      povertyStatus: p.poverty_status,
      disabled: !!(p.disability_type || p.disability_cert_no),
    },
    { category: v.category, note: v.categoryNote, graduationDate: v.graduationDate },
    start,
    trainingRulesOn(db, start).graduateYearsBack,
  );
  if (r) refuseField(r.message, field ?? r.field);

  // BR-34: not in two classes whose dates overlap.
  const other = prepared(
    db,
    `SELECT c.code, c.start_date, c.end_date FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id
     WHERE te.person_id = ? AND c.status <> '09' AND c.start_date <= ? AND c.end_date >= ? LIMIT 1`,
  ).get(p.id, c.end_date, c.start_date) as { code: string; start_date: string; end_date: string } | undefined;
  if (other)
    refuseField(
      `${p.name}已报名培训班 ${other.code}（${other.start_date} 至 ${other.end_date}），与本班培训时间重叠`,
      field ?? 'personId',
    );

  return p;
}

/** Enrols a person; `enrolmentId` names the new enrolment (the audit row's record). */
export function enrol(ctx: CoreContext, v: z.output<typeof enrolInput>): Saved<ClassDetail> & { enrolmentId: string } {
  const db = ctx.db;
  const c = requireClass(db, v.classId);
  const p = checkEnrolment(ctx, c, v.personId, v);
  const by = ctx.operator();
  const at = ctx.now();
  const row = {
    class_id: c.id,
    person_id: p.id,
    category: v.category,
    category_note: v.categoryNote,
    graduation_date: v.graduationDate,
    enrol_date: v.enrolDate,
  };
  const enrolmentId = newId();
  insertRow(db, 'training_enrolments', enrolmentId, row, by, at, Object.keys(row));
  return {
    enrolmentId,
    data: classDetail(db, c.id, ctx.today()),
    summary: `培训班 ${c.code} 报名：${p.name}（${traineeCategoryLabel(v.category)}）`,
  };
}
