// Public-welfare posts (DOMAIN §3.7; BR-16 contract types, BR-17, CFG-01/CFG-02, VR-14).
import type Database from 'better-sqlite3';
import { badInput, conflict, ruleViolation } from '../../../../shared/contract';
import type { PostCreateParsed, PostDetail, PostUpdateParsed } from '../../../../shared/contract/posts';
import { defaultPostStandard, type DefaultStandard } from '../../../../shared/domain/min-wage';
import { fenToYuanText } from '../../../../shared/domain/money';
import type { CoreContext } from '../../context';
import { newId } from '../../ids';
import { requireEmployer, requirePlace } from '../employers/service';
import { assertFresh, nextStamp } from '../../db/stamp';
import { prepared } from '../../db/prepared';
import { peakCount, postRanges } from './capacity';
import { minWageTableOn, ruralStandardOn, wageTierOn } from './config';
import {
  POST_WRITE_COLUMNS,
  findPostByCode,
  getPostRow,
  insertPost,
  setRevoked,
  toPostDetail,
  updatePost,
  type PostRow,
  type PostWrite,
} from './queries';
import { found } from '../../db/found';

const POST_NOT_FOUND = '找不到该岗位。';
/** VR-14: the 2011 XJ floor of 1,000 yuan a month (S12), a warning only. */
const XJ_2011_FLOOR_FEN = 100_000;

export function requirePost(db: Database.Database, id: string): PostRow {
  return found(getPostRow(db, id), POST_NOT_FOUND);
}

/** posts.get: the record, BR-17 figures and the standard in force today. */
export function postDetailOf(ctx: CoreContext, id: string): PostDetail {
  const row = requirePost(ctx.db, id);
  return toPostDetail(ctx.db, row, ctx.today(), standardOn(ctx.db, row, ctx.today()));
}

/** CFG-02 default of a post on `date` with the tier in force (CFG-01). */
export function defaultStandardFor(
  db: Database.Database,
  post: { areaType: 'urban' | 'rural'; fullTime: boolean; monthlyHours: number | null },
  date: string,
): Omit<DefaultStandard, 'fen'> & {
  fen: number | null;
  tier: number;
  minWageMonthlyFen: number | null;
  minWageHourlyFen: number | null;
} {
  const table = minWageTableOn(db, date);
  const tier = wageTierOn(db, date);
  const d = defaultPostStandard(table, tier, post, ruralStandardOn(db, date));
  return {
    fen: d?.fen ?? null,
    basis: d?.basis ?? (table ? '非全日制岗位请填写每月工时，按小时最低工资计算' : `${date} 没有适用的最低工资标准`),
    tier,
    minWageMonthlyFen: table?.monthly[tier] ?? null,
    minWageHourlyFen: table?.hourly[tier] ?? null,
  };
}

type Parsed = PostCreateParsed | PostUpdateParsed;

function toWrite(
  ctx: CoreContext,
  v: Parsed,
  keep: PostRow | null,
): { write: PostWrite; warnings: Record<string, string> } {
  const db = ctx.db;
  if (v.createdDate > ctx.today()) throw badInput({ createdDate: `开发日期不能晚于今天（${ctx.today()}）` });
  const employer = requireEmployer(db, v.employerId);
  if (employer.deleted_at && employer.id !== keep?.employer_id)
    throw badInput({ employerId: `用人单位“${employer.name}”已删除，请先恢复` });
  const place = requirePlace(db, v.workRegionId, 'workRegionId', '工作地点', keep?.work_region_id ?? null);
  const existing = findPostByCode(db, v.postCode);
  if (existing && existing.id !== keep?.id) {
    const message = `岗位编号 ${v.postCode} 已用于岗位“${existing.title}”，本县内岗位编号不能重复`;
    throw conflict(message, { existingId: existing.id }, { postCode: message });
  }
  const def = defaultStandardFor(db, v, v.createdDate);
  const standard = v.monthlyStandardFen ?? def.fen;
  if (standard === null) throw badInput({ monthlyStandardFen: `请填写补贴标准（${def.basis}）` });
  const warnings: Record<string, string> = {};
  if (standard < XJ_2011_FLOOR_FEN && v.fullTime)
    warnings.monthlyStandardFen = '补贴标准低于自治区 1000 元/月的下限，请核对';
  else if (def.minWageMonthlyFen !== null && standard > 2 * def.minWageMonthlyFen) {
    warnings.monthlyStandardFen = '补贴标准超过最低工资标准的2倍，可能输入有误，请核对';
  }
  return {
    warnings,
    write: {
      post_code: v.postCode,
      employer_id: v.employerId,
      title: v.title,
      post_type: v.postType,
      area_type: v.areaType,
      work_region_id: v.workRegionId,
      township_id: place.townshipId,
      approved_count: v.approvedCount,
      monthly_standard: standard,
      standard_source: v.monthlyStandardFen === null ? 'default' : 'custom',
      monthly_hours: v.monthlyHours,
      si_subsidy: v.siSubsidy ? 1 : 0,
      contract_type: v.contractType,
      full_time: v.fullTime ? 1 : 0,
      created_date: v.createdDate,
      valid_until: v.validUntil,
      fund_source: v.fundSource,
      published: v.published ? 1 : 0,
      remark: v.remark,
    },
  };
}

interface PostSaved {
  post: PostDetail;
  warnings: Record<string, string>;
  summary: string;
}

export function createPost(ctx: CoreContext, v: PostCreateParsed): PostSaved {
  const { write, warnings } = toWrite(ctx, v, null);
  const id = newId();
  insertPost(ctx.db, id, write, ctx.operator(), ctx.now());
  const post = postDetailOf(ctx, id);
  return {
    post,
    warnings,
    summary: `新增岗位 ${post.postCode}“${post.title}”（${post.employerName}，核定 ${post.approvedCount} 人，${fenToYuanText(post.monthlyStandardFen)} 元/月）`,
  };
}

const LABELS: Partial<Record<keyof PostWrite, string>> = {
  post_code: '岗位编号',
  employer_id: '用人单位',
  title: '岗位名称',
  post_type: '岗位类别',
  area_type: '城镇/乡村',
  work_region_id: '工作地点',
  approved_count: '核定岗位数',
  monthly_standard: '补贴标准',
  monthly_hours: '每月工时',
  si_subsidy: '社保补贴',
  contract_type: '用工方式',
  full_time: '全日制',
  created_date: '开发日期',
  valid_until: '有效期至',
  fund_source: '资金来源',
  published: '公开发布',
  remark: '备注',
};

/** The earliest and latest start of the post's live placements. */
function startSpan(db: Database.Database, postId: string): { first: string | null; last: string | null } {
  return prepared(
    db,
    'SELECT min(start_date) AS first, max(start_date) AS last FROM placements WHERE post_id = ? AND deleted_at IS NULL',
  ).get(postId) as {
    first: string | null;
    last: string | null;
  };
}

export function updatePostRecord(ctx: CoreContext, v: PostUpdateParsed): PostSaved {
  const row = requirePost(ctx.db, v.id);
  assertFresh(row.updated_at, v.expectedUpdatedAt, '岗位信息');
  const { write, warnings } = toWrite(ctx, v, row);
  const span = startSpan(ctx.db, row.id);
  if (span.first) {
    if (write.area_type !== row.area_type)
      throw ruleViolation('岗位已有安置记录，不能更改城镇/乡村：已安置人员是按城镇或乡村岗位的安置条件审核的', {
        areaType: '已有安置记录，不能更改',
      });
    if (write.created_date > span.first)
      throw badInput({ createdDate: `开发日期不能晚于最早的上岗日期 ${span.first}` });
    if (write.valid_until && span.last && write.valid_until < span.last)
      throw badInput({ validUntil: `有效期至不能早于最晚的上岗日期 ${span.last}` });
  }
  const today = ctx.today();
  const peak = peakCount(postRanges(ctx.db, row.id), { start: today, end: null });
  if (write.approved_count < peak) {
    const msg = `${today} 起最多有 ${peak} 人同时在岗，核定岗位数不能少于 ${peak}`;
    throw ruleViolation(`岗位“${row.title}”${msg}`, { approvedCount: msg }, { rule: 'BR-17', overridable: false });
  }
  const changed = POST_WRITE_COLUMNS.filter((c) => LABELS[c] && write[c] !== row[c]).map((c) => LABELS[c]);
  updatePost(ctx.db, row.id, write, ctx.operator(), nextStamp(ctx.now(), row.updated_at));
  const post = postDetailOf(ctx, row.id);
  return {
    post,
    warnings,
    summary: `修改岗位 ${post.postCode}“${post.title}”：${changed.length ? changed.join('、') : '无改动'}`,
  };
}

/** 撤销: refused while a placement is open or runs past the date (they leave first, E19 L11). */
export function revokePost(ctx: CoreContext, id: string, date: string, reason: string): PostDetail {
  const row = requirePost(ctx.db, id);
  if (row.status === 'revoked') throw ruleViolation(`岗位“${row.title}”已于 ${row.revoked_date} 撤销。`);
  if (date > ctx.today()) throw badInput({ revokedDate: `撤销日期不能晚于今天（${ctx.today()}）` });
  if (date < row.created_date) throw badInput({ revokedDate: `撤销日期不能早于开发日期 ${row.created_date}` });
  const blocking = postRanges(ctx.db, id).filter((r) => r.end === null || r.end > date || r.start > date).length;
  if (blocking) {
    throw ruleViolation(
      `岗位“${row.title}”在 ${date} 之后仍有 ${blocking} 人在岗或将上岗，请先办理离岗（离岗原因：岗位撤销）再撤销岗位。`,
      {
        revokedDate: `仍有 ${blocking} 人在岗`,
      },
    );
  }
  setRevoked(ctx.db, id, date, reason, ctx.operator(), nextStamp(ctx.now(), row.updated_at));
  return postDetailOf(ctx, id);
}

export function reinstatePost(ctx: CoreContext, id: string): PostDetail {
  const row = requirePost(ctx.db, id);
  if (row.status !== 'revoked') throw ruleViolation(`岗位“${row.title}”未撤销，无需恢复。`);
  if (row.employer_deleted_at) throw ruleViolation(`用人单位“${row.employer_name}”已删除，请先恢复单位。`);
  setRevoked(ctx.db, id, null, null, ctx.operator(), nextStamp(ctx.now(), row.updated_at));
  return postDetailOf(ctx, id);
}

/**
 * The monthly standard of a post in force on `date` (BR-19): a post on the default follows the minimum wage
 * (CFG-01/CFG-02) of that date; a custom amount stays as entered. `cache` keys the default by its inputs.
 */
export function standardOn(
  db: Database.Database,
  post: Pick<PostRow, 'standard_source' | 'monthly_standard' | 'area_type' | 'full_time' | 'monthly_hours'>,
  date: string,
  cache?: Map<string, number | null>,
): number {
  if (post.standard_source === 'custom') return post.monthly_standard;
  const key = `${post.area_type}|${post.full_time}|${post.monthly_hours ?? ''}|${date}`;
  let fen = cache?.get(key);
  if (fen === undefined) {
    fen = defaultStandardFor(
      db,
      { areaType: post.area_type, fullTime: post.full_time === 1, monthlyHours: post.monthly_hours },
      date,
    ).fen;
    cache?.set(key, fen);
  }
  return fen ?? post.monthly_standard;
}
