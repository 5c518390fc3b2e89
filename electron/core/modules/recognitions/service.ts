// The recognition workflow (BR-13), exit (BR-14) and back-fill, in the transaction dispatch opens for the channel.
// Every refusal names the form field and says the rule's meaning in Chinese; details.rule carries the rule id.
// persons.is_difficult follows "has a recognition in 03" (syncDifficult) in the same transaction.
import type Database from 'better-sqlite3';
import { badInput } from '../../../../shared/contract';
import type {
  RecognitionDetail,
  recognitionApplyInput,
  recognitionBackfillInput,
  recognitionExitInput,
} from '../../../../shared/contract/recognitions';
import { checkCategories, type ApplicationFacts } from '../../../../shared/domain/category-checks';
import { recognitionPrerequisites } from '../../../../shared/domain/recognition-prerequisites';
import { exitReasonLabel, recognitionStageLabel } from '../../../../shared/enums/recognition-codes';
import type { z } from 'zod';
import { assertMonthOpen } from '../period-locks/guard';
import { personWho } from '../settings/display';
import type { CoreContext } from '../../context';
import { refuseField } from '../../refuse-field';
import { prepared } from '../../db/prepared';
import { newId } from '../../ids';
import { nextStamp } from '../../db/stamp';
import { patchPersonFlags, requirePerson, type PersonRow } from '../persons/queries';
import { recognitionRulesOn } from './config';
import { employmentRecord, personFacts } from './facts';
import {
  activeRecognitionOf,
  categoriesText,
  getRecognitionRow,
  insertRecognition,
  insertStep,
  patchRecognition,
  stageOf,
  toDetail,
  type RecognitionRow,
} from './queries';
import { found } from '../../db/found';

/**
 * Period lock: every step of a recognition is dated by its own date (申请, 初审, 审核, 县级确认 = the decision, 退出,
 * 补录 认定日期); a step dated in a locked month is refused (period-locks/guard.ts).
 */
export const RECOGNITION_WHAT = '认定记录';

export interface Saved {
  data: RecognitionDetail;
  summary: string;
}

export const refuse = (rule: string, field: string, message: string): never => refuseField(message, field, { rule });

export const RECOGNITION_NOT_FOUND = '找不到该认定记录。';

export function requireRecognition(db: Database.Database, id: string): RecognitionRow {
  return found(getRecognitionRow(db, id), RECOGNITION_NOT_FOUND);
}

function requireLivePerson(db: Database.Database, id: string): PersonRow {
  const p = requirePerson(db, id);
  if (p.deleted_at) refuse('§3.5', 'personId', '该人员已删除，请先恢复再办理认定');
  return p;
}

export const who = (ctx: CoreContext, r: { person_name?: string; name?: string; id_number: string }) =>
  personWho(ctx, r.person_name ?? r.name ?? '', r.id_number);
export const detail = (ctx: CoreContext, id: string) => toDetail(ctx.db, requireRecognition(ctx.db, id), ctx.today());

export function notFuture(ctx: CoreContext, field: string, label: string, date: string | null): void {
  if (date && date > ctx.today()) throw badInput({ [field]: `${label}不能晚于今天（${ctx.today()}）` });
}

/** persons.is_difficult = has a recognition in 03; updated_at moves forward so open person forms see the change. */
export function syncDifficult(db: Database.Database, personId: string, by: string, now: string): void {
  const row = prepared(db, 'SELECT is_difficult, updated_at FROM persons WHERE id = ?').get(personId) as
    { is_difficult: 0 | 1; updated_at: string } | undefined;
  if (!row) return;
  const flag = prepared(db, "SELECT 1 FROM recognitions WHERE person_id = ? AND status = '03' LIMIT 1").get(personId)
    ? 1
    : 0;
  if (row.is_difficult === flag) return;
  patchPersonFlags(db, personId, { is_difficult: flag }, by, now, row.updated_at);
}

/** A second application while one is in progress or recognised. */
function assertNoActive(db: Database.Database, personId: string, selfId: string | null = null): void {
  const other = activeRecognitionOf(db, personId, selfId);
  if (!other) return;
  const what = other.status === '03' ? '已是认定有效的就业困难人员' : '已有正在办理的认定申请';
  refuse('BR-13', 'personId', `该人员${what}，同一人同一时间只能有一条有效认定；如情况有变，请先办结或退出原认定`);
}

interface RegistrationFacts {
  id: string;
  reg_date: string;
  cancel_date: string | null;
  job_wish: string;
}

function registrationFor(
  db: Database.Database,
  personId: string,
  id: string | null,
  onDate: string,
): RegistrationFacts | null {
  if (id) {
    const r = prepared(db, 'SELECT id, person_id, reg_date, cancel_date, job_wish FROM registrations WHERE id = ?').get(
      id,
    ) as (RegistrationFacts & { person_id: string }) | undefined;
    if (!r || r.person_id !== personId) refuse('BR-10', 'registrationId', '所选失业登记不属于该人员');
    return r ?? null;
  }
  return (
    (prepared(
      db,
      'SELECT id, reg_date, cancel_date, job_wish FROM registrations WHERE person_id = ? AND reg_date <= ? AND (cancel_date IS NULL OR cancel_date >= ?) ORDER BY reg_date DESC LIMIT 1',
    ).get(personId, onDate, onDate) as RegistrationFacts | undefined) ?? null
  );
}

/** recognitions.check: BR-10 and each category on the date, nothing written. */
export function checkApplication(
  ctx: CoreContext,
  personId: string,
  applyDate: string,
  categories: string[],
  registrationId: string | null = null,
  app?: ApplicationFacts,
) {
  const p = requireLivePerson(ctx.db, personId);
  const rules = recognitionRulesOn(ctx.db, applyDate);
  const reg = registrationFor(ctx.db, p.id, registrationId, applyDate);
  const hukou =
    p.hukou_region_id === null ? null : !!prepared(ctx.db, 'SELECT 1 FROM regions WHERE id = ?').get(p.hukou_region_id);
  const prerequisites = recognitionPrerequisites(
    {
      birthDate: p.birth_date,
      retirementCategory: p.retirement_category,
      employment: employmentRecord(ctx.db, p.id, p.employment_status),
      registration: reg ? { regDate: reg.reg_date, cancelDate: reg.cancel_date, jobWish: reg.job_wish } : null,
      localHukou: hukou,
    },
    applyDate,
    categories,
    rules.hukouRequired,
  );
  return {
    person: p,
    prerequisites,
    categories: checkCategories(categories, personFacts(ctx.db, p), applyDate, rules, app),
    registration: reg ? { id: reg.id, regDate: reg.reg_date } : null,
  };
}

/** The checks of an application (BR-10, BR-11..BR-15, one open application): apply and a restore (remove.ts) run them. */
export function checkApplicable(
  ctx: CoreContext,
  v: { personId: string; applyDate: string; categories: string[]; registrationId: string | null },
  app: ApplicationFacts,
) {
  notFuture(ctx, 'applyDate', '申请日期', v.applyDate);
  assertMonthOpen(ctx.db, v.applyDate, RECOGNITION_WHAT, 'applyDate');
  const check = checkApplication(ctx, v.personId, v.applyDate, v.categories, v.registrationId, app);
  assertNoActive(ctx.db, v.personId);
  const first = check.prerequisites[0];
  if (first) refuse('BR-10', first.field, first.message);
  const failed = check.categories.filter((c) => c.outcome === 'fail');
  const byRecords = failed.filter((c) => !c.field);
  if (byRecords.length) {
    refuse(
      'BR-11..BR-15',
      'categories',
      `所选认定类别与人员信息不符：${byRecords.map((c) => `“${c.label}”${c.why}`).join('；')}`,
    );
  }
  // A category the records bear out but the application's own answer contradicts (K04's household income).
  const byAnswer = failed.find((c) => c.field);
  if (byAnswer?.field) refuse('BR-15', byAnswer.field, `“${byAnswer.label}”不符合：${byAnswer.why}`);
  return check;
}

export function applyRecognition(ctx: CoreContext, v: z.output<typeof recognitionApplyInput>): Saved {
  const check = checkApplicable(ctx, v, { householdBusinessIncome: v.householdBusinessIncome });
  const id = newId();
  const by = ctx.operator();
  const now = ctx.now();
  insertRecognition(
    ctx.db,
    id,
    {
      person_id: v.personId,
      registration_id: check.registration?.id ?? null,
      apply_date: v.applyDate,
      categories: v.categories.join(','),
      primary_category: v.primaryCategory,
      pledge_signed: v.pledgeSigned ? 1 : 0,
      household_business_income: v.householdBusinessIncome === null ? null : v.householdBusinessIncome ? 1 : 0,
      helper: v.helper,
      plan: v.plan,
      status: '01',
      stage: 'village',
      backfilled: 0,
      remark: v.remark,
    },
    by,
    now,
  );
  insertStep(ctx.db, id, { step: 'apply', date: v.applyDate, reviewer: null, opinion: null }, by, now);
  const manual = check.categories.filter((c) => c.outcome === 'manual').map((c) => `“${c.label}”`);
  const note = manual.length ? `；${manual.join('、')}须审核证明材料` : '';
  return {
    data: detail(ctx, id),
    summary: `${who(ctx, check.person)}申请就业困难人员认定（${v.applyDate}），类别：${categoriesText(v.categories)}${note}`,
  };
}

export function exitRecognition(ctx: CoreContext, v: z.output<typeof recognitionExitInput>): Saved {
  const r = requireRecognition(ctx.db, v.id);
  if (r.status !== '03')
    refuse(
      'BR-14',
      'exitDate',
      `该认定当前为“${recognitionStageLabel(stageOf(r, ctx.today()))}”，只有认定有效的人员才能办理退出`,
    );
  notFuture(ctx, 'exitDate', '退出日期', v.exitDate);
  assertMonthOpen(ctx.db, v.exitDate, RECOGNITION_WHAT, 'exitDate');
  if (r.recognition_date && v.exitDate < r.recognition_date)
    refuse('BR-14', 'exitDate', `退出日期不能早于认定日期${r.recognition_date}`);
  const by = ctx.operator();
  const now = ctx.now();
  patchRecognition(
    ctx.db,
    r.id,
    { status: '05', exit_date: v.exitDate, exit_reason: v.exitReason, exit_note: v.exitNote },
    by,
    nextStamp(now, r.updated_at),
  );
  insertStep(
    ctx.db,
    r.id,
    { step: 'exit', date: v.exitDate, reviewer: null, opinion: v.exitNote ?? exitReasonLabel(v.exitReason) },
    by,
    now,
  );
  syncDifficult(ctx.db, r.person_id, by, now);
  return {
    data: detail(ctx, r.id),
    summary: `${who(ctx, r)}退出就业困难人员认定（${v.exitDate}，${exitReasonLabel(v.exitReason)}）`,
  };
}

interface BackfillWrite {
  categories: string[];
  primaryCategory: string;
  recognitionDate: string | null;
  registrationId?: string | null;
  helper?: string | null;
  remark?: string | null;
}

/** Inserts a back-filled (补录) recognition in 03 with its step row and syncs is_difficult; the caller checked the person. */
export function insertBackfilled(
  db: Database.Database,
  personId: string,
  w: BackfillWrite,
  by: string,
  now: string,
): string {
  assertMonthOpen(db, w.recognitionDate, RECOGNITION_WHAT, 'recognitionDate');
  const id = newId();
  insertRecognition(
    db,
    id,
    {
      person_id: personId,
      registration_id: w.registrationId ?? null,
      apply_date: null,
      categories: w.categories.join(','),
      primary_category: w.primaryCategory,
      helper: w.helper ?? null,
      status: '03',
      stage: null,
      county_date: w.recognitionDate,
      recognition_date: w.recognitionDate,
      backfilled: 1,
      remark: w.remark ?? null,
    },
    by,
    now,
  );
  insertStep(db, id, { step: 'backfill', date: w.recognitionDate, reviewer: null, opinion: w.remark ?? null }, by, now);
  syncDifficult(db, personId, by, now);
  return id;
}

/** The categories a person's record shows (残疾 K02, 低保 K03, 脱贫/监测 K07), else K99: for back-fills that name none. */
export function recordCategories(
  p: Pick<PersonRow, 'disability_type' | 'disability_cert_no' | 'dibao' | 'poverty_status'>,
): string[] {
  const out: string[] = [];
  if (p.disability_type || p.disability_cert_no) out.push('K02');
  if (p.dibao === 1) out.push('K03');
  if (p.poverty_status && p.poverty_status !== '0') out.push('K07');
  return out.length ? out : ['K99'];
}

/** Whether the person has an application in progress or a recognition in force. */
export const hasActiveRecognition = (db: Database.Database, personId: string) => !!activeRecognitionOf(db, personId);

/** A recognition made before the register (补录): 03 with the known dates, categories as recorded then. */
export function backfillRecognition(ctx: CoreContext, v: z.output<typeof recognitionBackfillInput>): Saved {
  const p = requireLivePerson(ctx.db, v.personId);
  notFuture(ctx, 'recognitionDate', '认定日期', v.recognitionDate);
  assertNoActive(ctx.db, p.id);
  if (v.registrationId) registrationFor(ctx.db, p.id, v.registrationId, v.recognitionDate ?? ctx.today());
  const id = insertBackfilled(ctx.db, p.id, v, ctx.operator(), ctx.now());
  return {
    data: detail(ctx, id),
    summary: `补录${who(ctx, p)}的就业困难人员认定（${v.recognitionDate ?? '认定日期不详'}），类别：${categoriesText(v.categories)}`,
  };
}
