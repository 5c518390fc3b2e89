// Training classes (DOMAIN §11.1): create in 计划 within the provider's designation (occupation from its list, or
// with a reason), then 备案 (CFG-37 lead time in working days), 开班, 结业, or 撤销 with a reason.
import { badInput, ruleViolation } from '../../../../shared/contract/result';
import type {
  ClassCreateParsed,
  ClassDetail,
  classActInput,
  classUpdateInput,
} from '../../../../shared/contract/training';
import type { z } from 'zod';
import {
  classActionLabel,
  CLASS_TRANSITIONS,
  designationRefusal,
  filingRefusal,
  transitionRefusal,
} from '../../../../shared/domain/training-class';
import { classStatusLabel } from '../../../../shared/enums/training-codes';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { refuseField } from '../../refuse-field';
import { prepared } from '../../db/prepared';
import { insertRow, updateRow } from '../../db/update-row';
import { newId } from '../../ids';
import { calendarOn, trainingRulesOn } from './config';
import { classDetail, requireClass } from './detail';
import { getProvider, occupationsOf } from './providers';
import { classEnrolments } from './queries';
import { refreshClassAmounts } from './subsidy';

/** PX{YYYY}-{seq}: the next free number of the start year. */
function nextCode(ctx: CoreContext, year: string): string {
  const prefix = `PX${year}-`;
  const codes = prepared(ctx.db, "SELECT code FROM training_classes WHERE code LIKE ? || '%'")
    .pluck()
    .all(prefix) as string[];
  const max = codes.reduce((m, c) => Math.max(m, Number(c.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

/** The designation must cover the class; refuses naming the field. Returns the provider's name. */
function checkDesignation(ctx: CoreContext, providerId: string, start: string, end: string): string {
  const p = getProvider(ctx.db, providerId);
  const name =
    p?.name ??
    ((prepared(ctx.db, 'SELECT name FROM employers WHERE id = ?').pluck().get(providerId) as string) || '该单位');
  const r = designationRefusal(
    p && !p.employer_deleted_at ? { designatedDate: p.designated_date, validUntil: p.valid_until } : null,
    name,
    start,
    end,
  );
  if (r) refuseField(r.message, r.field);
  return name;
}

/** The checks create and edit share: designation cover, occupation from the provider's list (or a reason), a
 * township, a free code. Returns the provider's name and whether the occupation is on its list. */
function checkClassFields(ctx: CoreContext, v: ClassCreateParsed, code: string, selfId: string | null) {
  const db = ctx.db;
  const providerName = checkDesignation(ctx, v.providerId, v.startDate, v.endDate);
  const occupations = occupationsOf(getProvider(db, v.providerId)!);
  const listed = occupations.includes(v.occupation);
  if (!listed && !v.occupationReason)
    refuseField(
      `“${v.occupation}”不在“${providerName}”的可培训工种（${occupations.join('、')}）中，如确需开设请填写理由`,
      'occupation',
    );
  const town = prepared(db, 'SELECT level FROM regions WHERE id = ?').pluck().get(v.townshipId) as number | undefined;
  if (town !== 4) throw badInput({ townshipId: '培训地点(乡镇)应选择一个乡镇(街道)' });
  if (prepared(db, 'SELECT 1 FROM training_classes WHERE code = ? AND id IS NOT ?').get(code, selfId))
    refuseField(`班级编号“${code}”已被使用`, 'code');
  return { providerName, listed };
}

/** The columns the class form fills (create and edit), as stored. */
const classRow = (v: ClassCreateParsed, code: string, listed: boolean) => ({
  code,
  provider_id: v.providerId,
  occupation: v.occupation,
  occupation_reason: listed ? null : v.occupationReason,
  training_type: v.trainingType,
  target_certificate: v.targetCertificate,
  start_date: v.startDate,
  end_date: v.endDate,
  hours: v.hours,
  township_id: v.townshipId,
  location: v.location,
  capacity: v.capacity,
  funding: v.funding,
  remark: v.remark,
});

export function createClass(ctx: CoreContext, v: ClassCreateParsed): Saved<ClassDetail> {
  const db = ctx.db;
  const code = v.code ?? nextCode(ctx, v.startDate.slice(0, 4));
  const { providerName, listed } = checkClassFields(ctx, v, code, null);
  const id = newId();
  const by = ctx.operator();
  const at = ctx.now();
  const row = { ...classRow(v, code, listed), status: '01' };
  insertRow(db, 'training_classes', id, row, by, at, Object.keys(row));
  return {
    data: classDetail(db, id, ctx.today()),
    summary: `新建培训班 ${code}（${providerName}，${v.occupation}，${v.startDate} 至 ${v.endDate}）`,
  };
}

/** Edits a class in 计划: the same checks as create; the capacity may not fall below the trainees enrolled. */
export function updateClass(ctx: CoreContext, v: z.output<typeof classUpdateInput>): Saved<ClassDetail> {
  const db = ctx.db;
  const c = requireClass(db, v.id);
  if (c.status !== '01') throw ruleViolation(`培训班当前为“${classStatusLabel(c.status)}”，只有计划中的培训班可以修改`);
  const code = v.code ?? c.code;
  const { listed } = checkClassFields(ctx, v, code, c.id);
  if (v.capacity < c.enrolled) refuseField(`已有 ${c.enrolled} 名学员报名，计划人数不能少于 ${c.enrolled}`, 'capacity');
  const enrolledLate = prepared(db, 'SELECT count(*) FROM training_enrolments WHERE class_id = ? AND enrol_date > ?')
    .pluck()
    .get(c.id, v.startDate) as number;
  if (enrolledLate) refuseField('已有学员的报名日期晚于新的培训开始日期，请先核对报名日期', 'startDate');
  updateRow(db, 'training_classes', c.id, classRow(v, code, listed), ctx.operator(), ctx.now());
  return {
    data: classDetail(db, c.id, ctx.today()),
    summary: `修改培训班 ${code}（${v.occupation}，${v.startDate} 至 ${v.endDate}）`,
  };
}

export function actOnClass(ctx: CoreContext, v: z.output<typeof classActInput>): Saved<ClassDetail> {
  const db = ctx.db;
  const c = requireClass(db, v.id);
  const refusal = transitionRefusal(c.status, v.action, classStatusLabel(c.status));
  if (refusal) refuseField(refusal, 'action');
  const today = ctx.today();
  if (v.date > today) refuseField(`办理日期不能晚于今天（${today}）`, 'date');
  const set: Record<string, string | null> = {};
  if (v.action === 'file') {
    checkDesignation(ctx, c.provider_id, c.start_date, c.end_date);
    const rules = trainingRulesOn(db, c.start_date);
    const late = filingRefusal(v.date, c.start_date, rules.filingLeadDays, calendarOn(db, c.start_date));
    if (late) refuseField(late, 'date');
    set.filed_date = v.date;
  } else if (v.action === 'open') {
    if (c.enrolled === 0) refuseField('培训班还没有学员，不能开班', 'action');
    if (v.date < c.filed_date!) refuseField(`开班日期不能早于备案日期 ${c.filed_date}`, 'date');
    // The term's order (audit7 gap 2): a class opens on or after its first day, never ahead of it.
    if (v.date < c.start_date) refuseField(`开班日期不能早于培训开始日期 ${c.start_date}`, 'date');
    set.opened_date = v.date;
  } else if (v.action === 'close') {
    if (v.date < c.end_date) refuseField(`结业日期不能早于培训结束日期 ${c.end_date}`, 'date');
    set.closed_date = v.date;
  } else {
    set.cancel_reason = v.reason;
  }
  const to = CLASS_TRANSITIONS[v.action].to;
  const by = ctx.operator();
  const at = ctx.now();
  updateRow(db, 'training_classes', c.id, { status: to, ...set }, by, at);
  if (v.action === 'close') {
    const closed = requireClass(db, c.id);
    refreshClassAmounts(db, closed, classEnrolments(db, c.id), by, at);
  }
  const label = classActionLabel(v.action);
  return {
    data: classDetail(db, c.id, ctx.today()),
    summary: `培训班 ${c.code} ${label}（${v.date}）${v.action === 'cancel' ? `，原因：${v.reason}` : ''}`,
  };
}
