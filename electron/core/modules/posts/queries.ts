import type Database from 'better-sqlite3';
import type { PostDetail, PostListItem, PostListQuery, PostSortField } from '../../../../shared/contract/posts';
import { orderBy } from '../../db/order-by';
import { prepared } from '../../db/prepared';
import { whereOf } from '../../db/where';
import { rowInserter, rowUpdater, updateRow } from '../../db/update-row';
import { savedStampsOf, type RowStamps } from '../../db/stamp';
import { onPostOn, peakCount, postRanges } from './capacity';
import { pageParams } from '../../db/page';

export interface PostWrite {
  post_code: string;
  employer_id: string;
  title: string;
  post_type: string;
  area_type: string;
  work_region_id: string;
  township_id: string;
  approved_count: number;
  monthly_standard: number;
  standard_source: 'default' | 'custom';
  monthly_hours: number | null;
  si_subsidy: 0 | 1;
  contract_type: string;
  full_time: 0 | 1;
  created_date: string;
  valid_until: string | null;
  fund_source: string | null;
  published: 0 | 1;
  remark: string | null;
}

export interface PostRow extends PostWrite, RowStamps {
  id: string;
  post_type: PostDetail['postType'];
  area_type: PostDetail['areaType'];
  contract_type: PostDetail['contractType'];
  status: 'active' | 'revoked';
  revoked_date: string | null;
  revoke_reason: string | null;
  employer_name: string;
  employer_nature: string;
  employer_deleted_at: string | null;
  work_region_name: string;
  township_name: string;
}

export const POST_WRITE_COLUMNS: readonly (keyof PostWrite)[] = [
  'post_code',
  'employer_id',
  'title',
  'post_type',
  'area_type',
  'work_region_id',
  'township_id',
  'approved_count',
  'monthly_standard',
  'standard_source',
  'monthly_hours',
  'si_subsidy',
  'contract_type',
  'full_time',
  'created_date',
  'valid_until',
  'fund_source',
  'published',
  'remark',
];

const POST_SELECT = `SELECT p.*, e.name AS employer_name, e.nature AS employer_nature, e.deleted_at AS employer_deleted_at,
    w.name AS work_region_name, t.name AS township_name
  FROM posts p JOIN employers e ON e.id = p.employer_id JOIN regions w ON w.id = p.work_region_id JOIN regions t ON t.id = p.township_id`;

export function getPostRow(db: Database.Database, id: string): PostRow | undefined {
  return prepared(db, `${POST_SELECT} WHERE p.id = ?`).get(id) as PostRow | undefined;
}

export function findPostByCode(db: Database.Database, code: string): { id: string; title: string } | undefined {
  return prepared(db, 'SELECT id, title FROM posts WHERE post_code = ?').get(code) as
    { id: string; title: string } | undefined;
}

export const insertPost = rowInserter<PostWrite>('posts', POST_WRITE_COLUMNS);

export const updatePost = rowUpdater<PostWrite>('posts', POST_WRITE_COLUMNS);

export function setRevoked(
  db: Database.Database,
  id: string,
  date: string | null,
  reason: string | null,
  by: string,
  at: string,
): void {
  updateRow(
    db,
    'posts',
    id,
    { status: date ? 'revoked' : 'active', revoked_date: date, revoke_reason: reason },
    by,
    at,
  );
}

/** BR-17 figures of a post on `today`. */
export function occupancy(db: Database.Database, post: Pick<PostRow, 'id' | 'approved_count'>, today: string) {
  const ranges = postRanges(db, post.id);
  const onPost = onPostOn(ranges, today);
  return {
    onPost,
    vacancies: Math.max(0, post.approved_count - onPost),
    openSlots: Math.max(0, post.approved_count - peakCount(ranges, { start: today, end: null })),
    upcoming: ranges.filter((r) => r.start > today).length,
  };
}

export function toPostDetail(
  db: Database.Database,
  r: PostRow,
  today: string,
  currentStandardFen = r.monthly_standard,
): PostDetail {
  return {
    id: r.id,
    postCode: r.post_code,
    employerId: r.employer_id,
    employerName: r.employer_name,
    employerNature: r.employer_nature,
    title: r.title,
    postType: r.post_type,
    areaType: r.area_type,
    workRegionId: r.work_region_id,
    workRegionName: r.work_region_name,
    townshipId: r.township_id,
    townshipName: r.township_name,
    approvedCount: r.approved_count,
    ...occupancy(db, r, today),
    monthlyStandardFen: r.monthly_standard,
    standardSource: r.standard_source,
    currentStandardFen,
    monthlyHours: r.monthly_hours,
    siSubsidy: r.si_subsidy === 1,
    contractType: r.contract_type,
    fullTime: r.full_time === 1,
    createdDate: r.created_date,
    validUntil: r.valid_until,
    fundSource: r.fund_source,
    published: r.published === 1,
    status: r.status,
    revokedDate: r.revoked_date,
    revokeReason: r.revoke_reason,
    remark: r.remark,
    ...savedStampsOf(r),
  };
}

/** Persons on the post today, as a correlated subquery (index placements_post). */
export const ON_POST_TODAY = `(SELECT count(*) FROM placements pl WHERE pl.post_id = p.id AND pl.deleted_at IS NULL
  AND pl.start_date <= @today AND (pl.leave_date IS NULL OR pl.leave_date >= @today))`;

export interface ListOptions {
  /** ORDER BY terms (this module's constants only); default 乡镇 code, post code. */
  order?: string;
  /** Only posts valid on that day (created on or before it, not expired). */
  validOn?: string;
  /** Only posts in these townships (a JSON array: a 乡镇经办's scope, scopeParam); absent = every 乡镇. */
  townships?: string | null;
}

/** posts.list's sortable columns; 有效期至 blank (长期) sorts after every date. */
const POST_ORDER: Record<PostSortField, string> = {
  postCode: 'p.post_code',
  employerName: 'e.name',
  vacancies: 'max(0, p.approved_count - on_post)',
  monthlyStandard: 'p.monthly_standard',
  validUntil: "coalesce(p.valid_until, '9999-12-31')",
};

/** posts.list (and the vacancies work list): 乡镇 code, then post code; paginated. */
export function listPosts(
  db: Database.Database,
  q: PostListQuery,
  today: string,
  options: ListOptions = {},
): { items: PostListItem[]; total: number } {
  const order = options.order ?? orderBy(q.sort, POST_ORDER, 't.code, p.post_code', 'p.id');
  const args: Record<string, unknown> = { today };
  const w = whereOf(
    [
      [
        options.validOn,
        'p.created_date <= @validOn AND (p.valid_until IS NULL OR p.valid_until >= @validOn)',
        'validOn',
      ],
      [q.status !== 'all' && q.status, 'p.status = @status', 'status'],
      [q.q, '(instr(p.post_code, @q) > 0 OR instr(p.title, @q) > 0 OR instr(e.name, @q) > 0)', 'q'],
      [q.employerId, 'p.employer_id = @employerId', 'employerId'],
      [q.townshipId, 'p.township_id = @townshipId', 'townshipId'],
      [options.townships, 'p.township_id IN (SELECT value FROM json_each(@townships))', 'townships'],
      [q.areaType, 'p.area_type = @areaType', 'areaType'],
      [q.hasVacancies, `p.approved_count > ${ON_POST_TODAY}`],
    ],
    args,
  );
  const from =
    'FROM posts p JOIN employers e ON e.id = p.employer_id JOIN regions t ON t.id = p.township_id JOIN regions r ON r.id = p.work_region_id';
  const total = (prepared(db, `SELECT count(*) AS n ${from} ${w}`).get(args) as { n: number }).n;
  const rows = prepared(
    db,
    `SELECT p.id, p.post_code, p.title, p.employer_id, e.name AS employer_name, p.post_type, p.area_type, t.name AS township_name,
       r.name AS work_region_name, p.approved_count, p.monthly_standard, p.status, p.valid_until, ${ON_POST_TODAY} AS on_post
     ${from} ${w} ORDER BY ${order}, p.id LIMIT @limit OFFSET @offset`,
  ).all({ ...args, ...pageParams(q) }) as (PostRow & { on_post: number })[];
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      postCode: r.post_code,
      title: r.title,
      employerId: r.employer_id,
      employerName: r.employer_name,
      postType: r.post_type,
      areaType: r.area_type,
      townshipName: r.township_name,
      workRegionName: r.work_region_name,
      approvedCount: r.approved_count,
      onPost: r.on_post,
      vacancies: Math.max(0, r.approved_count - r.on_post),
      monthlyStandardFen: r.monthly_standard,
      status: r.status,
      validUntil: r.valid_until,
    })),
  };
}
