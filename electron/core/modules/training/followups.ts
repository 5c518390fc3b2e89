// Employment after training (BR-38): the follow-up list of trainees of 就业技能培训 and 创业培训 classes who passed,
// whose class ended within the CFG-36 window before today, and who have no employment — recorded on the enrolment
// or found in the register (a placement starting after the class end, a registration cancelled for employment, an
// E09 21–24 contact finding): an employment STARTING in the window, not one already running at the class end.
// And the person page's 培训 tab (BR-39).
import { maskPhoneOrNull } from '../../../../shared/domain/masking';
import { idMaskerOn } from '../settings/display';
import { scopeSql } from '../../scope/scope';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { followUp, followUpRate, personTraining } from '../../../../shared/contract/training';
import { shiftMonths } from '../../../../shared/domain/dates';
import { employedAfterTraining, employmentRate, followUpEnd } from '../../../../shared/domain/training-employment';
import {
  certificateLabel,
  classStatusLabel,
  traineeCategoryLabel,
  trainingResultLabel,
} from '../../../../shared/enums/training-codes';
import type { CoreContext } from '../../context';
import { keptUntilWrite } from '../../db/memo';
import { prepared } from '../../db/prepared';
import { employmentRecord } from '../recognitions/facts';
import { trainingRulesOn } from './config';
import { decisionOf } from './subsidy';
import { getClass, getEnrolment } from './queries';
import { FOLLOWED_PASSED } from './reports/employed-sql';

/** BR-38: the employment date after training of one enrolment, or null. */
function employedAfter(
  db: Database.Database,
  e: { person_id: string; employed_date: string | null; end_date: string; employment_status: string },
  months: number,
): string | null {
  return employedAfterTraining(
    e.end_date,
    months,
    e.employed_date,
    employmentRecord(db, e.person_id, e.employment_status),
  );
}

/**
 * How many trainees the follow-up list holds for the caller (the navigation badge), or of one 乡镇 (首页), kept until
 * a write.
 */
export const followUpCount = (ctx: CoreContext, townshipId?: string) =>
  keptUntilWrite(ctx, `training.followUps.count|${townshipId ?? ''}`, () => followUps(ctx, townshipId).items.length);

/**
 * The follow-up list of the caller's scope, or of one 乡镇 (the person's 乡镇; dispatch refuses one outside it), with
 * the BR-38 rate over every passed trainee of those classes (the listed ones are those not yet employed).
 */
export function followUps(
  ctx: CoreContext,
  townshipId?: string,
): { items: z.output<typeof followUp>[]; rate: z.output<typeof followUpRate> } {
  const db = ctx.db;
  const today = ctx.today();
  const months = trainingRulesOn(db, today).followUpMonths;
  const mask = idMaskerOn(db, today); // CFG-29
  const own = scopeSql(ctx.scope, 'pe.township_id'); // a 乡镇经办: their townships' trainees (issue 19)
  const rows = prepared(
    db,
    `SELECT te.id, te.person_id, te.employed_date, c.id AS class_id, c.code, c.occupation, c.end_date, pe.name, pe.id_number,
       pe.phone, pe.employment_status
     FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id JOIN persons pe ON pe.id = te.person_id
     WHERE ${FOLLOWED_PASSED}
       AND c.end_date >= ? AND c.end_date <= ? AND pe.deleted_at IS NULL AND ${own.sql} AND (? IS NULL OR pe.township_id = ?)
     ORDER BY c.end_date, c.code, pe.name`,
  ).all(shiftMonths(today, -months), today, ...own.params, townshipId ?? null, townshipId ?? null) as {
    id: string;
    person_id: string;
    employed_date: string | null;
    class_id: string;
    code: string;
    occupation: string;
    end_date: string;
    name: string;
    id_number: string;
    phone: string | null;
    employment_status: string;
  }[];
  const open = rows.filter((r) => !employedAfter(db, r, months));
  const employed = rows.length - open.length;
  const rate = { passed: rows.length, employed, percent: employmentRate(employed, rows.length) };
  const items = open.map((r) => ({
    enrolmentId: r.id,
    classId: r.class_id,
    classCode: r.code,
    occupation: r.occupation,
    personId: r.person_id,
    personName: r.name,
    idNumberMasked: mask(r.id_number),
    phoneMasked: maskPhoneOrNull(r.phone),
    endDate: r.end_date,
    followUntil: followUpEnd(r.end_date, months),
  }));
  return { items, rate };
}

export function personTrainings(db: Database.Database, personId: string): z.output<typeof personTraining>[] {
  const ids = prepared(
    db,
    `SELECT te.id FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id WHERE te.person_id = ?
     ORDER BY c.start_date DESC`,
  )
    .pluck()
    .all(personId) as string[];
  return ids.map((id) => {
    const e = getEnrolment(db, id)!;
    const c = getClass(db, e.class_id)!;
    const d = decisionOf(db, c, e);
    return {
      enrolmentId: e.id,
      classId: c.id,
      classCode: c.code,
      providerName: c.provider_name,
      occupation: c.occupation,
      startDate: c.start_date,
      endDate: c.end_date,
      statusLabel: classStatusLabel(c.status),
      categoryLabel: traineeCategoryLabel(e.category),
      resultLabel: trainingResultLabel(e.result),
      certLabel: certificateLabel(e.cert_type),
      certNo: e.cert_no,
      subsidyFen: d.subsidyFen,
      livingFen: d.livingFen,
      subsidyReason: d.reason,
      employedDate: e.employed_date,
    };
  });
}
