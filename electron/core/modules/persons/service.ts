import { idMaskerOn } from '../settings/display';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { badInput, ruleViolation } from '../../../../shared/contract';
import {
  type PersonDetail,
  type PersonInputParsed,
  type PersonUpdateParsed,
  type PersonWarnings,
} from '../../../../shared/contract/persons';
import { fieldErrors } from '../../../../shared/contract/zod-errors';
import type { CoreContext } from '../../context';
import { newId } from '../../ids';
import { assertFresh, nextStamp } from '../../db/stamp';
import { getRegion } from '../regions/queries';
import { deleteBlockers } from './delete-guard';
import { assertIdFree, personWrite } from './person-write';
import { toDetail } from './detail';
import {
  insertPerson,
  listMembers,
  replaceMembers,
  requirePerson,
  setDeletedAt,
  updatePerson,
  WRITE_COLUMNS,
  type MemberRow,
  type PersonRow,
  type PersonWrite,
} from './queries';
import { femaleRetirementDefaultOn } from './config';
import { personSchemasOn } from './schemas';

/** The contract schema has no upper date bound; run the same schema again with the working date (VR-01 step 4). */
function withToday<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const r = schema.safeParse(data);
  if (!r.success) throw badInput(fieldErrors(r.error));
  return r.data;
}

/** A village-level region; a retired one only if the person already had it. */
function requireVillage(db: Database.Database, id: string, field: string, label: string, current: string | null) {
  const r = getRegion(db, id);
  if (!r || r.level !== 5) throw badInput({ [field]: `请选择${label}所在的村(社区)` });
  if (r.retiredOn && id !== current) throw badInput({ [field]: `“${r.name}”已撤销，请选择现行的村(社区)` });
  return r;
}

type Parsed = PersonInputParsed | PersonUpdateParsed;

function toWrite(
  db: Database.Database,
  v: Parsed,
  idNumber: string,
  keep: PersonRow | null,
  today: string,
): PersonWrite {
  const village = requireVillage(
    db,
    v.residenceRegionId,
    'residenceRegionId',
    '常住地',
    keep?.residence_region_id ?? null,
  );
  if (v.hukouRegionId) requireVillage(db, v.hukouRegionId, 'hukouRegionId', '户籍地', keep?.hukou_region_id ?? null);
  return personWrite(
    v,
    idNumber,
    { id: village.id, townshipId: village.parentId as string, urbanRuralCode: village.urbanRuralCode },
    keep,
    femaleRetirementDefaultOn(db, today),
  );
}

function toMembers(db: Database.Database, v: Parsed, idNumber: string, personId: string | null): MemberRow[] {
  const stored = new Map(personId ? listMembers(db, personId).map((m) => [m.id, m]) : []);
  return v.householdMembers.map((m, i) => {
    const before = m.id ? stored.get(m.id) : undefined;
    if (m.id && !before) throw badInput({ [`householdMembers.${i}.id`]: '该家庭成员不属于此人员，请刷新后再改' });
    const memberId = m.memberIdNumber === undefined ? (before?.member_id_number ?? null) : m.memberIdNumber;
    if (memberId === idNumber)
      throw badInput({ [`householdMembers.${i}.memberIdNumber`]: '家庭成员的公民身份号码不能与本人相同' });
    return {
      id: before?.id ?? newId(),
      member_name: m.memberName,
      member_id_number: memberId,
      relation: m.relation,
      status: m.status,
      works_age_able: m.worksAgeAble ? 1 : 0,
    };
  });
}

export interface Saved {
  person: PersonDetail;
  warnings: PersonWarnings;
  summary: string;
}

export function createPerson(ctx: CoreContext, input: PersonInputParsed): Saved {
  const v = withToday(personSchemasOn(ctx.today()).create, input);
  assertIdFree(ctx.db, v.idNumber, null);
  const write = toWrite(ctx.db, v, v.idNumber, null, ctx.today());
  const id = newId();
  const by = ctx.operator();
  const at = ctx.now();
  insertPerson(ctx.db, id, write, by, at);
  replaceMembers(ctx.db, id, toMembers(ctx.db, v, v.idNumber, null), by, at);
  const person = getPerson(ctx, id);
  return { person, warnings: v.warnings, summary: `新增人员“${person.name}”（${person.idNumberMasked}）` };
}

const CHANGE_LABELS: Partial<Record<keyof PersonWrite, string>> = {
  id_number: '公民身份号码',
  name: '姓名',
  ethnicity: '民族',
  education: '文化程度',
  phone: '联系电话',
  residence_region_id: '常住地',
  hukou_region_id: '户籍地',
  address: '详细地址',
  urban_rural: '城乡属性',
  retirement_category: '退休年龄类别',
  disability_cert_no: '残疾人证号',
  disability_type: '残疾类别',
  disability_grade: '残疾等级',
  poverty_status: '脱贫/监测状态',
  dibao: '低保',
  card_no: '就业创业证号',
  bank_card_no: '银行卡号',
  bank_name: '开户行',
  employment_status: '就业状态',
};

export function updatePersonRecord(ctx: CoreContext, input: PersonUpdateParsed): Saved {
  const v = withToday(personSchemasOn(ctx.today()).update, input);
  const row = requirePerson(ctx.db, v.id);
  if (row.deleted_at) throw ruleViolation('该人员已删除，请先恢复再修改。');
  assertFresh(row.updated_at, v.expectedUpdatedAt, '人员信息');
  const idNumber = v.idNumber ?? row.id_number;
  if (idNumber !== row.id_number) assertIdFree(ctx.db, idNumber, row.id);
  const write = toWrite(ctx.db, v, idNumber, row, ctx.today());
  const members = toMembers(ctx.db, v, idNumber, row.id);
  const changed = WRITE_COLUMNS.filter((c) => c !== 'township_id' && write[c] !== row[c]).map((c) => CHANGE_LABELS[c]);
  const oldMembers = listMembers(ctx.db, row.id);
  if (JSON.stringify(oldMembers) !== JSON.stringify(members)) changed.push('家庭成员');
  const by = ctx.operator();
  const at = nextStamp(ctx.now(), row.updated_at);
  updatePerson(ctx.db, row.id, write, by, at);
  replaceMembers(ctx.db, row.id, members, by, at);
  const person = getPerson(ctx, row.id);
  const what = changed.length ? changed.join('、') : '无改动';
  return { person, warnings: v.warnings, summary: `修改人员“${person.name}”（${person.idNumberMasked}）：${what}` };
}

export function getPerson(ctx: CoreContext, id: string): PersonDetail {
  return toDetail(ctx.db, requirePerson(ctx.db, id), ctx.today());
}

/**
 * Soft delete (DOMAIN §3: people-facing records are restorable). Refused while an unemployment registration, a
 * post placement or an internship still runs on the person (delete-guard.ts): the clerk ends those first.
 */
export function deletePerson(ctx: CoreContext, id: string): PersonDetail {
  const row = requirePerson(ctx.db, id);
  if (row.deleted_at) throw ruleViolation(`“${row.name}”已删除。`);
  const blockers = deleteBlockers(ctx.db, id);
  if (blockers.length) throw ruleViolation(`不能删除“${row.name}”：该人员${blockers.join('；')}。`);
  const at = nextStamp(ctx.now(), row.updated_at);
  setDeletedAt(ctx.db, id, at, ctx.operator(), at);
  return getPerson(ctx, id);
}

export function restorePerson(ctx: CoreContext, id: string): PersonDetail {
  const row = requirePerson(ctx.db, id);
  if (!row.deleted_at) throw ruleViolation(`“${row.name}”未删除，无需恢复。`);
  setDeletedAt(ctx.db, id, null, ctx.operator(), nextStamp(ctx.now(), row.updated_at));
  return getPerson(ctx, id);
}

/** The full 联系电话 of one person, audited as the ID is (dispatch writes the row). */
export function revealPhone(ctx: CoreContext, id: string): { phone: string | null; name: string } {
  const row = requirePerson(ctx.db, id);
  return { phone: row.phone, name: row.name };
}

/** The full ID of one person (§9.4: every full-ID view is audited — dispatch writes the row). */
export function revealIdNumber(ctx: CoreContext, id: string): { idNumber: string; name: string; masked: string } {
  const row = requirePerson(ctx.db, id);
  return { idNumber: row.id_number, name: row.name, masked: idMaskerOn(ctx.db, ctx.today())(row.id_number) };
}
