// Employers (DOMAIN §3.6; VR-08, E27): create, update, soft delete and restore.
import type Database from 'better-sqlite3';
import { badInput, conflict, ruleViolation } from '../../../../shared/contract';
import type { EmployerCreateParsed, EmployerDetail, EmployerUpdateParsed } from '../../../../shared/contract/employers';
import { employerNatureLabel } from '../../../../shared/enums/post-codes';
import type { CoreContext } from '../../context';
import { newId } from '../../ids';
import { assertFresh, nextStamp } from '../../db/stamp';
import { getRegion } from '../regions/queries';
import {
  EMPLOYER_WRITE_COLUMNS,
  findByUscc,
  getEmployerRow,
  insertEmployer,
  setEmployerDeleted,
  toEmployerDetail,
  updateEmployer,
  type EmployerRow,
  type EmployerWrite,
} from './queries';
import { found } from '../../db/found';

const EMPLOYER_NOT_FOUND = '找不到该用人单位，可能已被删除。';
/** E27 6: village committees often have no code (VR-08). */
const VILLAGE_COMMITTEE = '6';

export function requireEmployer(db: Database.Database, id: string): EmployerRow {
  return found(getEmployerRow(db, id), EMPLOYER_NOT_FOUND);
}

/** A 乡镇(街道) or 村(社区); a retired one only if the record already had it. Returns [region, township id]. */
export function requirePlace(
  db: Database.Database,
  id: string,
  field: string,
  label: string,
  current: string | null,
): { name: string; townshipId: string } {
  const r = getRegion(db, id);
  if (!r) throw badInput({ [field]: `请选择${label}所在的乡镇(街道)或村(社区)` });
  if (r.retiredOn && id !== current) throw badInput({ [field]: `“${r.name}”已撤销，请选择现行的区划` });
  return { name: r.name, townshipId: r.level === 4 ? r.id : (r.parentId as string) };
}

function assertUsccFree(db: Database.Database, uscc: string | null, selfId: string | null): void {
  if (!uscc) return;
  const existing = findByUscc(db, uscc);
  if (existing && existing.id !== selfId) {
    const message = `该统一社会信用代码已登记为“${existing.name}”${existing.deleted_at ? '（已删除，可恢复）' : ''}`;
    throw conflict(message, { existingId: existing.id, deleted: existing.deleted_at !== null }, { uscc: message });
  }
}

type Parsed = EmployerCreateParsed | EmployerUpdateParsed;

function toWrite(db: Database.Database, v: Parsed, keep: EmployerRow | null): EmployerWrite {
  const place = requirePlace(db, v.regionId, 'regionId', '所在地', keep?.region_id ?? null);
  return {
    name: v.name,
    uscc: v.uscc,
    nature: v.nature,
    region_id: v.regionId,
    township_id: place.townshipId,
    bank_account: v.bankAccount === undefined ? (keep?.bank_account ?? null) : v.bankAccount,
    bank_name: v.bankName,
    is_internship_base: v.isInternshipBase ? 1 : 0,
    base_recognised_date: v.isInternshipBase ? v.baseRecognisedDate : null,
    base_valid_until: v.isInternshipBase ? v.baseValidUntil : null,
    remark: v.remark,
  };
}

/** Warnings that do not block saving: VR-08 allows a blank code, but only village committees usually lack one. */
function warningsOf(v: Parsed): Record<string, string> {
  if (!v.uscc && v.nature !== VILLAGE_COMMITTEE) {
    return { uscc: `未填写统一社会信用代码：${employerNatureLabel(v.nature)}一般都有，请核对后补填` };
  }
  return {};
}

interface EmployerSaved {
  employer: EmployerDetail;
  warnings: Record<string, string>;
  summary: string;
}

export function createEmployer(ctx: CoreContext, v: EmployerCreateParsed): EmployerSaved {
  assertUsccFree(ctx.db, v.uscc, null);
  const write = toWrite(ctx.db, v, null);
  const id = newId();
  insertEmployer(ctx.db, id, write, ctx.operator(), ctx.now());
  const employer = toEmployerDetail(requireEmployer(ctx.db, id));
  return {
    employer,
    warnings: warningsOf(v),
    summary: `新增用人单位“${employer.name}”${employer.uscc ? `（${employer.uscc}）` : ''}`,
  };
}

const LABELS: Record<keyof EmployerWrite, string> = {
  name: '单位名称',
  uscc: '统一社会信用代码',
  nature: '单位性质',
  region_id: '所在地',
  township_id: '所在乡镇',
  bank_account: '单位账户',
  bank_name: '开户行',
  is_internship_base: '见习基地',
  base_recognised_date: '见习基地认定日期',
  base_valid_until: '见习基地有效期',
  remark: '备注',
};

export function updateEmployerRecord(ctx: CoreContext, v: EmployerUpdateParsed): EmployerSaved {
  const row = requireEmployer(ctx.db, v.id);
  if (row.deleted_at) throw ruleViolation('该用人单位已删除，请先恢复再修改。');
  assertFresh(row.updated_at, v.expectedUpdatedAt, '用人单位信息');
  assertUsccFree(ctx.db, v.uscc, row.id);
  const write = toWrite(ctx.db, v, row);
  const changed = EMPLOYER_WRITE_COLUMNS.filter((c) => c !== 'township_id' && write[c] !== row[c]).map(
    (c) => LABELS[c],
  );
  updateEmployer(ctx.db, row.id, write, ctx.operator(), nextStamp(ctx.now(), row.updated_at));
  const employer = toEmployerDetail(requireEmployer(ctx.db, row.id));
  return {
    employer,
    warnings: warningsOf(v),
    summary: `修改用人单位“${employer.name}”：${changed.length ? changed.join('、') : '无改动'}`,
  };
}

/** Soft delete; refused while the unit has a 有效 post (its posts would lose their employer). */
export function deleteEmployer(ctx: CoreContext, id: string): EmployerDetail {
  const row = requireEmployer(ctx.db, id);
  if (row.deleted_at) throw ruleViolation(`“${row.name}”已删除。`);
  if (row.active_post_count > 0) {
    throw ruleViolation(`“${row.name}”还有 ${row.active_post_count} 个有效岗位，请先撤销这些岗位再删除单位。`);
  }
  const at = nextStamp(ctx.now(), row.updated_at);
  setEmployerDeleted(ctx.db, id, at, ctx.operator(), at);
  return toEmployerDetail(requireEmployer(ctx.db, id));
}

export function restoreEmployer(ctx: CoreContext, id: string): EmployerDetail {
  const row = requireEmployer(ctx.db, id);
  if (!row.deleted_at) throw ruleViolation(`“${row.name}”未删除，无需恢复。`);
  setEmployerDeleted(ctx.db, id, null, ctx.operator(), nextStamp(ctx.now(), row.updated_at));
  return toEmployerDetail(requireEmployer(ctx.db, id));
}
