import type Database from 'better-sqlite3';
import type {
  EmployerDetail,
  EmployerListItem,
  EmployerListQuery,
  EmployerSortField,
} from '../../../../shared/contract/employers';
import { orderBy } from '../../db/order-by';
import { maskBankCard } from '../../../../shared/domain/masking';
import { prepared } from '../../db/prepared';
import { likeLiteral } from '../../db/where';
import { deletedAtSetter, rowInserter, rowUpdater, uniqueHolder } from '../../db/update-row';
import { softDeleteStampsOf, type RowStamps } from '../../db/stamp';
import { pageParams } from '../../db/page';

/** The columns a create or update writes. */
export interface EmployerWrite {
  name: string;
  uscc: string | null;
  nature: string;
  region_id: string;
  township_id: string;
  bank_account: string | null;
  bank_name: string | null;
  is_internship_base: 0 | 1;
  base_recognised_date: string | null;
  base_valid_until: string | null;
  remark: string | null;
}

export interface EmployerRow extends EmployerWrite, RowStamps {
  id: string;
  nature: EmployerDetail['nature'];
  deleted_at: string | null;
  region_name: string;
  township_name: string;
  post_count: number;
  active_post_count: number;
}

export const EMPLOYER_WRITE_COLUMNS: readonly (keyof EmployerWrite)[] = [
  'name',
  'uscc',
  'nature',
  'region_id',
  'township_id',
  'bank_account',
  'bank_name',
  'is_internship_base',
  'base_recognised_date',
  'base_valid_until',
  'remark',
];

export function getEmployerRow(db: Database.Database, id: string): EmployerRow | undefined {
  return prepared(
    db,
    `SELECT e.*, r.name AS region_name, t.name AS township_name,
       (SELECT count(*) FROM posts p WHERE p.employer_id = e.id) AS post_count,
       (SELECT count(*) FROM posts p WHERE p.employer_id = e.id AND p.status = 'active') AS active_post_count
     FROM employers e JOIN regions r ON r.id = e.region_id JOIN regions t ON t.id = e.township_id
     WHERE e.id = ?`,
  ).get(id) as EmployerRow | undefined;
}

export function toEmployerDetail(r: EmployerRow): EmployerDetail {
  return {
    id: r.id,
    name: r.name,
    uscc: r.uscc,
    nature: r.nature,
    regionId: r.region_id,
    regionName: r.region_name,
    townshipId: r.township_id,
    townshipName: r.township_name,
    bankAccountMasked: r.bank_account ? maskBankCard(r.bank_account) : null,
    bankName: r.bank_name,
    isInternshipBase: r.is_internship_base === 1,
    baseRecognisedDate: r.base_recognised_date,
    baseValidUntil: r.base_valid_until,
    remark: r.remark,
    postCount: r.post_count,
    activePostCount: r.active_post_count,
    ...softDeleteStampsOf(r),
  };
}

/** VR-08 uniqueness: any employer with this code, deleted ones included. */
export const findByUscc = (db: Database.Database, uscc: string) => uniqueHolder(db, 'employers', 'uscc', uscc);

export const insertEmployer = rowInserter<EmployerWrite>('employers', EMPLOYER_WRITE_COLUMNS);

export const updateEmployer = rowUpdater<EmployerWrite>('employers', EMPLOYER_WRITE_COLUMNS);

export const setEmployerDeleted = deletedAtSetter('employers');

/** employers.list's sortable columns; a blank 统一社会信用代码 sorts after every code. */
const EMPLOYER_ORDER: Record<EmployerSortField, string> = {
  name: 'e.name',
  uscc: "coalesce(e.uscc, '~')",
  activePostCount: 'active_post_count',
};

/** employers.list: name order, paginated; `q` matches part of the name or the start of the code. */
export function listEmployers(
  db: Database.Database,
  q: EmployerListQuery,
): { items: EmployerListItem[]; total: number } {
  const where = [q.deleted ? 'e.deleted_at IS NOT NULL' : 'e.deleted_at IS NULL'];
  const args: unknown[] = [];
  if (q.q) {
    where.push("(instr(e.name, ?) > 0 OR e.uscc LIKE ? ESCAPE '\\')");
    args.push(q.q, `${likeLiteral(q.q.toUpperCase())}%`);
  }
  if (q.townshipId) {
    where.push('e.township_id = ?');
    args.push(q.townshipId);
  }
  if (q.nature) {
    where.push('e.nature = ?');
    args.push(q.nature);
  }
  if (q.isInternshipBase !== undefined) {
    where.push('e.is_internship_base = ?');
    args.push(q.isInternshipBase ? 1 : 0);
  }
  const w = where.join(' AND ');
  const total = (prepared(db, `SELECT count(*) AS n FROM employers e WHERE ${w}`).get(...args) as { n: number }).n;
  const rows = prepared(
    db,
    `SELECT e.id, e.name, e.uscc, e.nature, t.name AS township_name, r.name AS region_name, e.is_internship_base, e.base_recognised_date,
       e.base_valid_until, e.updated_at, e.deleted_at,
       (SELECT count(*) FROM posts p WHERE p.employer_id = e.id AND p.status = 'active') AS active_post_count
     FROM employers e JOIN regions r ON r.id = e.region_id JOIN regions t ON t.id = e.township_id
     WHERE ${w} ORDER BY ${orderBy(q.sort, EMPLOYER_ORDER, 'e.name, e.id', 'e.id')} LIMIT @limit OFFSET @offset`,
  ).all(...args, pageParams(q)) as (Omit<EmployerRow, 'post_count'> & {
    active_post_count: number;
  })[];
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      uscc: r.uscc,
      nature: r.nature,
      townshipName: r.township_name,
      regionName: r.region_name,
      isInternshipBase: r.is_internship_base === 1,
      baseRecognisedDate: r.base_recognised_date,
      baseValidUntil: r.base_valid_until,
      activePostCount: r.active_post_count,
      updatedAt: r.updated_at,
      deletedAt: r.deleted_at,
    })),
  };
}
