// The results grid of a class (DOMAIN §11.1 at 结业): attended hours ≤ class hours, result, certificate (type,
// number unique per type, date); a trainee a reviewed roster covers is locked (§3.10). And the employment after
// training a clerk records (BR-38).
import type { z } from 'zod';
import { notFound, ruleViolation } from '../../../../shared/contract/result';
import type { ClassDetail, employmentInput, resultsSaveInput } from '../../../../shared/contract/training';
import { certificateLabel, trainingResultLabel } from '../../../../shared/enums/training-codes';
import type { AuditEntryOf, CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { refuseField } from '../../refuse-field';
import { prepared } from '../../db/prepared';
import { updateRow } from '../../db/update-row';
import { assertRowWritable } from '../subsidies/lock';
import { classDetail, requireClass } from './detail';
import { classEnrolments, getEnrolment, type EnrolmentRow } from './queries';
import { refreshClassAmounts } from './subsidy';

/** The results grid's columns as its audit rows name a change (before → after). */
const RESULT_LABELS = {
  attended_hours: '出勤学时',
  result: '考核结果',
  cert_type: '证书类型',
  cert_no: '证书编号',
  cert_date: '发证日期',
} as const;
type ResultColumn = keyof typeof RESULT_LABELS;
type ResultWrite = Pick<EnrolmentRow, ResultColumn>;

const resultText = (c: ResultColumn, v: ResultWrite[ResultColumn]): string =>
  v === null
    ? '（空）'
    : c === 'result'
      ? trainingResultLabel(v as NonNullable<ResultWrite['result']>)
      : c === 'cert_type'
        ? certificateLabel(v as NonNullable<ResultWrite['cert_type']>)
        : String(v);

/** What a save changed on one trainee, or null when nothing did. */
function resultChanges(before: EnrolmentRow, after: ResultWrite): string | null {
  const changed = (Object.keys(RESULT_LABELS) as ResultColumn[])
    .filter((c) => after[c] !== before[c])
    .map((c) => `${RESULT_LABELS[c]} ${resultText(c, before[c])} → ${resultText(c, after[c])}`);
  return changed.length ? changed.join('，') : null;
}

/**
 * Saves the grid. The audit has one row per trainee whose results changed (the person's 操作记录 shows it), each
 * naming the change; a save that changes nothing is one row for the class.
 */
export function saveResults(
  ctx: CoreContext,
  v: z.output<typeof resultsSaveInput>,
): Saved<ClassDetail> & { entries: AuditEntryOf[] } {
  const db = ctx.db;
  const c = requireClass(db, v.classId);
  if (!['03', '04', '05'].includes(c.status))
    throw ruleViolation('培训班开班后才能录入考核结果', { classId: '培训班开班后才能录入考核结果' });
  const mine = new Map(classEnrolments(db, c.id).map((e) => [e.id, e]));
  const seen = new Map<string, number>();
  const saved = new Set(v.rows.map((r) => r.enrolmentId));
  const fields: Record<string, string> = {};
  v.rows.forEach((r, i) => {
    const e = mine.get(r.enrolmentId);
    if (!e) {
      fields[`rows.${i}.enrolmentId`] = '该学员不在本班';
      return;
    }
    if (r.attendedHours !== null && r.attendedHours > c.hours)
      fields[`rows.${i}.attendedHours`] = `${e.person_name}：出勤学时 ${r.attendedHours} 超过课程学时 ${c.hours}`;
    if (r.certNo && r.certType) {
      const key = `${r.certType}|${r.certNo}`;
      const dup = seen.get(key);
      // A trainee of this save is judged by the number given here (the seen map), not the stored one.
      const other = prepared(
        db,
        `SELECT te.id, pe.name FROM training_enrolments te JOIN persons pe ON pe.id = te.person_id
         WHERE te.cert_type = ? AND te.cert_no = ? AND te.id <> ?`,
      ).get(r.certType, r.certNo, r.enrolmentId) as { id: string; name: string } | undefined;
      const stored = other && !saved.has(other.id) ? other.name : undefined;
      const taken = dup !== undefined ? mine.get(v.rows[dup].enrolmentId)!.person_name : stored;
      if (taken !== undefined)
        fields[`rows.${i}.certNo`] =
          `${e.person_name}：${certificateLabel(r.certType)}编号 ${r.certNo} 已登记给${taken}`;
      seen.set(key, i);
    }
    // The term's order (audit7 gap 2; DOMAIN §11.1 is silent on results before the end, so the start bounds them):
    // hours and a result once the class has begun, a certificate issued between the class end and today.
    const notBegun = ctx.today() < c.start_date;
    if (notBegun && r.attendedHours !== null)
      fields[`rows.${i}.attendedHours`] ??= `${e.person_name}：培训班 ${c.start_date} 才开始，开始后才能录入出勤学时`;
    if (notBegun && r.result !== null)
      fields[`rows.${i}.result`] = `${e.person_name}：培训班 ${c.start_date} 才开始，开始后才能录入考核结果`;
    if (r.certDate && r.certDate < c.end_date)
      fields[`rows.${i}.certDate`] = `${e.person_name}：发证日期不能早于培训结束日期 ${c.end_date}`;
    if (r.certDate && r.certDate > ctx.today())
      fields[`rows.${i}.certDate`] = `${e.person_name}：发证日期不能晚于今天（${ctx.today()}）`;
  });
  const keys = Object.keys(fields);
  if (keys.length) throw ruleViolation(fields[keys[0]], fields);
  for (const r of v.rows)
    assertRowWritable(db, 'enrolment_id', r.enrolmentId, `学员${mine.get(r.enrolmentId)!.person_name}`, ctx.scope);
  const by = ctx.operator();
  const at = ctx.now();
  // Free the numbers first so that two trainees may swap certificate numbers in one save.
  const clear = prepared(db, 'UPDATE training_enrolments SET cert_no = NULL WHERE id = ?');
  for (const r of v.rows) clear.run(r.enrolmentId);
  const entries: AuditEntryOf[] = [];
  for (const r of v.rows) {
    const row: ResultWrite = {
      attended_hours: r.attendedHours,
      result: r.result,
      cert_type: r.certType,
      cert_no: r.certNo,
      cert_date: r.certDate,
    };
    updateRow(db, 'training_enrolments', r.enrolmentId, row, by, at);
    const e = mine.get(r.enrolmentId)!;
    const changes = resultChanges(e, row);
    if (changes) entries.push({ entityId: e.id, summary: `培训班 ${c.code} 学员${e.person_name}考核结果：${changes}` });
  }
  refreshClassAmounts(db, requireClass(db, c.id), classEnrolments(db, c.id), by, at);
  return {
    data: classDetail(db, c.id, ctx.today()),
    summary: `培训班 ${c.code} 录入考核结果 ${v.rows.length} 人：无改动`,
    entries,
  };
}

export function recordEmployment(ctx: CoreContext, v: z.output<typeof employmentInput>): Saved<ClassDetail> {
  const db = ctx.db;
  const e = getEnrolment(db, v.enrolmentId);
  if (!e) throw notFound('找不到该学员。');
  const c = requireClass(db, e.class_id);
  if (!['04', '05'].includes(c.status)) refuseField('培训班结业后才能登记培训后就业', 'enrolmentId');
  if (v.employedDate <= c.end_date) refuseField(`就业日期应晚于培训结束日期 ${c.end_date}`, 'employedDate');
  if (v.employedDate > ctx.today()) refuseField(`就业日期不能晚于今天（${ctx.today()}）`, 'employedDate');
  const row = { employed_date: v.employedDate, employed_unit: v.employedUnit, employed_status: v.employedStatus };
  updateRow(db, 'training_enrolments', e.id, row, ctx.operator(), ctx.now());
  return {
    data: classDetail(db, c.id, ctx.today()),
    summary: `培训班 ${c.code} 学员${e.person_name}培训后就业：${v.employedDate} ${v.employedUnit}`,
  };
}
