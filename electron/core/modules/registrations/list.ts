// registrations.list (登记台账) and registrations.staffNames: the registrations of persons not deleted, filtered in SQL
// with the caller's townships (persons.township_id, issue 19), sorted through a whitelist and paged.
import type {
  RegistrationListItem,
  RegistrationListQuery,
  RegistrationSortField,
} from '../../../../shared/contract/registration-list';
import type {
  CancelReasonCode,
  RegistrationStatusCode,
  UnemploymentReasonCode,
} from '../../../../shared/enums/registration-codes';
import type { ServiceLevel } from '../../../../shared/domain/service-level';
import type { CoreContext } from '../../context';
import { keptUntilWrite } from '../../db/memo';
import { orderBy } from '../../db/order-by';
import { prepared } from '../../db/prepared';
import { scopeNamedSql, scopeParam } from '../../scope/scope';
import { personSearchSql } from '../persons/list-sql';
import { idMaskerOn, personColumnsOf, type IdMasker } from '../settings/display';
import { pageParams } from '../../db/page';

/** The sortable columns' SQL: one constant per field the contract allows. */
const ORDER: Record<RegistrationSortField, string> = {
  personName: 'p.name',
  regDate: 'r.reg_date',
  cancelDate: 'r.cancel_date',
  responsibleStaff: 'r.responsible_staff',
};
/** The ledger's own order: latest registration first. */
const DEFAULT_ORDER = 'r.reg_date DESC, r.id DESC';

const FROM = 'registrations r CROSS JOIN persons p ON p.id = r.person_id';
/**
 * Sorted by 姓名, a near page is found from the persons' name index (persons_name): persons in name order, each with
 * their registrations, stop at the page's end — no sort of every match (~67 ms at 100,000 persons). The walk reads
 * about (offset + page size) × live persons ÷ matches persons, so it is taken only while that stays under
 * NAME_WALK_LIMIT (a few ms); a deep page or a rare filter (one 联系责任人, one 村) sorts the matches as before. A name
 * search never walks: its matches gather at one place of the name order, far down the walk.
 */
const BY_NAME_FROM = 'persons p CROSS JOIN registrations r ON p.id = r.person_id';
const NAME_WALK_LIMIT = 3_000;
/** Persons not deleted, in the caller's townships (@scope, scopeParam). */
const BASE = `p.deleted_at IS NULL AND ${scopeNamedSql('p.township_id')}`;

type Filter = Pick<
  RegistrationListQuery,
  | 'query'
  | 'townshipId'
  | 'villageId'
  | 'status'
  | 'regFrom'
  | 'regTo'
  | 'cancelFrom'
  | 'cancelTo'
  | 'cancelReason'
  | 'staff'
>;

/** Each filter's term over `r` and `p`, bound to the parameter of the same name. */
const TERMS: Record<Exclude<keyof Filter, 'query'>, string> = {
  townshipId: 'p.township_id = @townshipId',
  villageId: 'p.residence_region_id = @villageId',
  status: 'r.status = @status',
  regFrom: 'r.reg_date >= @regFrom',
  regTo: 'r.reg_date <= @regTo',
  cancelFrom: 'r.cancel_date >= @cancelFrom',
  cancelTo: 'r.cancel_date <= @cancelTo',
  cancelReason: 'r.cancel_reason = @cancelReason',
  staff: 'r.responsible_staff = @staff',
};

/** The WHERE clause of a ledger query and its named parameters. */
function ledgerWhere(f: Filter, scope: string | null): { sql: string; params: Record<string, unknown> } {
  const terms = [BASE];
  const params: Record<string, unknown> = { scope };
  for (const [key, term] of Object.entries(TERMS) as [keyof typeof TERMS, string][]) {
    const value = f[key];
    if (value == null) continue;
    terms.push(term);
    params[key] = value;
  }
  if (f.query) {
    const search = personSearchSql(f.query);
    terms.push(search.sql);
    params.q = search.q;
  }
  return { sql: terms.join(' AND '), params };
}

interface LedgerRow {
  id: string;
  person_id: string;
  person_name: string;
  id_number: string;
  township_name: string | null;
  village_name: string | null;
  reg_date: string;
  reason: string;
  service_level: ServiceLevel;
  responsible_staff: string;
  status: RegistrationStatusCode;
  cancel_date: string | null;
  cancel_reason: string | null;
}

/** One page's rows by id: the page's ids are found first, so the places are joined for 20–100 rows only. */
const ROWS_SQL = `SELECT r.id, r.person_id, p.name AS person_name, p.id_number, t.name AS township_name, v.name AS village_name,
  r.reg_date, r.reason, r.service_level, r.responsible_staff, r.status, r.cancel_date, r.cancel_reason
FROM registrations r CROSS JOIN persons p ON p.id = r.person_id
LEFT JOIN regions t ON t.id = p.township_id
LEFT JOIN regions v ON v.id = p.residence_region_id
WHERE r.id IN (SELECT value FROM json_each(?))`;

/** The SQL of one page and of the count; `walkNames`: the page walks the persons in name order (BY_NAME_FROM). */
export function ledgerSql(q: RegistrationListQuery, scope: string | null, walkNames = false) {
  const w = ledgerWhere(q, scope);
  const order = orderBy(q.sort, ORDER, DEFAULT_ORDER, 'r.id');
  return {
    count: { sql: `SELECT count(*) FROM ${FROM} WHERE ${w.sql}`, params: w.params },
    page: {
      sql: `SELECT r.id FROM ${walkNames ? BY_NAME_FROM : FROM} WHERE ${w.sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      params: { ...w.params, ...pageParams(q) },
    },
  };
}

export function listRegistrations(
  ctx: CoreContext,
  q: RegistrationListQuery,
): { items: RegistrationListItem[]; total: number } {
  const db = ctx.db;
  const s = ledgerSql(q, scopeParam(ctx.scope));
  // The total is kept until a table it reads is written (db/memo.ts): paging and sorting a large county do not count
  // its registrations again.
  const total = keptUntilWrite(
    ctx,
    `registrations.list.total ${s.count.sql} ${JSON.stringify(s.count.params)}`,
    () => prepared(db, s.count.sql).pluck().get(s.count.params) as number,
  );
  const page = walksNames(ctx, q, total) ? ledgerSql(q, scopeParam(ctx.scope), true).page : s.page;
  const ids = prepared(db, page.sql).pluck().all(page.params) as string[];
  const byId = new Map(
    (ids.length ? (prepared(db, ROWS_SQL).all(JSON.stringify(ids)) as LedgerRow[]) : []).map((r) => [r.id, r]),
  );
  const mask = idMaskerOn(db, ctx.today()); // CFG-29
  const items = ids.map((id) => toItem(byId.get(id) as LedgerRow, mask));
  return { items, total };
}

/** Whether a 姓名-sorted page is found by walking the persons in name order (BY_NAME_FROM, NAME_WALK_LIMIT). */
function walksNames(ctx: CoreContext, q: RegistrationListQuery, total: number): boolean {
  if (q.sort?.field !== 'personName' || q.query || total === 0) return false;
  // The walk passes every live person in name order, whatever the caller's townships: all of them count.
  const persons = keptUntilWrite(
    ctx,
    'registrations.list.livePersons',
    () => prepared(ctx.db, 'SELECT count(*) FROM persons WHERE deleted_at IS NULL').pluck().get() as number,
  );
  return (q.page * q.pageSize * persons) / total <= NAME_WALK_LIMIT;
}

function toItem(r: LedgerRow, mask: IdMasker): RegistrationListItem {
  return {
    id: r.id,
    ...personColumnsOf(r, mask),
    townshipName: r.township_name ?? '',
    villageName: r.village_name ?? '',
    regDate: r.reg_date,
    reason: r.reason as UnemploymentReasonCode,
    serviceLevel: r.service_level,
    responsibleStaff: r.responsible_staff,
    status: r.status,
    cancelDate: r.cancel_date,
    cancelReason: r.cancel_reason as CancelReasonCode | null,
  };
}

/**
 * registrations.staffNames: the 联系责任人 the caller's registrations name, with their counts, by name; kept until a
 * table it reads is written (one pass over every registration otherwise).
 */
export function staffNames(ctx: CoreContext, townshipId: string | undefined) {
  const params = { scope: scopeParam(ctx.scope), townshipId: townshipId ?? null };
  const items = keptUntilWrite(
    ctx,
    `registrations.staffNames ${JSON.stringify(params)}`,
    () =>
      prepared(
        ctx.db,
        `SELECT r.responsible_staff AS staff, count(*) AS count FROM ${FROM}
     WHERE ${BASE} AND (@townshipId IS NULL OR p.township_id = @townshipId)
     GROUP BY r.responsible_staff ORDER BY r.responsible_staff`,
      ).all(params) as { staff: string; count: number }[],
  );
  return { items };
}
