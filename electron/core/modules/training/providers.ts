// 定点培训机构 (DOMAIN §11.1 TrainingProvider): an employer of the register designated with dates, kind and the
// occupations it may train — like a 见习基地, not a second register. Expiring designations feed the reminders.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { notFound, ruleViolation } from '../../../../shared/contract/result';
import type { Provider, providerDesignateInput } from '../../../../shared/contract/training';
import { addDays, daysBetween } from '../../../../shared/domain/working-days';
import { providerKindLabel, type PROVIDER_KIND_CODES } from '../../../../shared/enums/training-codes';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { prepared } from '../../db/prepared';
import { upsertRow } from '../../db/update-row';

interface ProviderRow {
  employer_id: string;
  name: string;
  township_name: string;
  employer_deleted_at: string | null;
  kind: (typeof PROVIDER_KIND_CODES)[number];
  designated_date: string;
  valid_until: string | null;
  occupations: string;
  contact_person: string | null;
  contact_phone: string | null;
  remark: string | null;
  classes: number;
}

const SELECT = `SELECT p.*, e.name, e.deleted_at AS employer_deleted_at, coalesce(t.name, '') AS township_name,
  (SELECT count(*) FROM training_classes c WHERE c.provider_id = p.employer_id) AS classes
  FROM training_providers p JOIN employers e ON e.id = p.employer_id LEFT JOIN regions t ON t.id = e.township_id`;

export function getProvider(db: Database.Database, employerId: string): ProviderRow | undefined {
  return prepared(db, `${SELECT} WHERE p.employer_id = ?`).get(employerId) as ProviderRow | undefined;
}

export const occupationsOf = (r: Pick<ProviderRow, 'occupations'>): string[] => JSON.parse(r.occupations) as string[];

function toProvider(r: ProviderRow, today: string): Provider {
  return {
    employerId: r.employer_id,
    name: r.name,
    townshipName: r.township_name,
    kind: r.kind,
    kindLabel: providerKindLabel(r.kind),
    designatedDate: r.designated_date,
    validUntil: r.valid_until,
    daysLeft: r.valid_until ? daysBetween(today, r.valid_until) : null,
    occupations: occupationsOf(r),
    contactPerson: r.contact_person,
    contactPhone: r.contact_phone,
    remark: r.remark,
    classes: r.classes,
  };
}

/** Designates (or re-designates) an employer; the new dates must still cover every class not cancelled. */
export function designate(ctx: CoreContext, v: z.output<typeof providerDesignateInput>): Saved<Provider> {
  const db = ctx.db;
  const e = prepared(db, 'SELECT name, deleted_at FROM employers WHERE id = ?').get(v.employerId) as
    { name: string; deleted_at: string | null } | undefined;
  if (!e) throw notFound('找不到该单位。');
  if (e.deleted_at) throw ruleViolation(`单位“${e.name}”已删除，不能认定为定点培训机构`, { employerId: '单位已删除' });
  const outside = prepared(
    db,
    `SELECT code, start_date, end_date FROM training_classes WHERE provider_id = ? AND status <> '09'
     AND (start_date < ? OR (? IS NOT NULL AND end_date > ?)) ORDER BY start_date LIMIT 1`,
  ).get(v.employerId, v.designatedDate, v.validUntil, v.validUntil) as
    { code: string; start_date: string; end_date: string } | undefined;
  if (outside) {
    const msg = `培训班 ${outside.code}（${outside.start_date} 至 ${outside.end_date}）不在新的定点资质期限内，请调整认定日期或有效期`;
    throw ruleViolation(msg, { [outside.start_date < v.designatedDate ? 'designatedDate' : 'validUntil']: msg });
  }
  const by = ctx.operator();
  const at = ctx.now();
  const occupations = JSON.stringify([...new Set(v.occupations)]);
  const existed = !!getProvider(db, v.employerId);
  const row = {
    employer_id: v.employerId,
    kind: v.kind,
    designated_date: v.designatedDate,
    valid_until: v.validUntil,
    occupations,
    contact_person: v.contactPerson,
    contact_phone: v.contactPhone,
    remark: v.remark,
  };
  upsertRow(db, 'training_providers', ['employer_id'], row, by, at);
  const data = toProvider(getProvider(db, v.employerId)!, ctx.today());
  return {
    data,
    summary: `${existed ? '修改' : '认定'}定点培训机构“${data.name}”：${data.designatedDate} 至 ${data.validUntil ?? '长期'}，工种 ${data.occupations.join('、')}`,
  };
}

/** Providers by name; `expiringWithinDays` keeps those whose designation ends within that many days (or has ended). */
export function listProviders(ctx: CoreContext, expiringWithinDays: number | null): Provider[] {
  const today = ctx.today();
  const rows = prepared(db(ctx), `${SELECT} WHERE e.deleted_at IS NULL ORDER BY e.name`).all() as ProviderRow[];
  return rows
    .map((r) => toProvider(r, today))
    .filter((p) => expiringWithinDays === null || (p.daysLeft !== null && p.daysLeft <= expiringWithinDays));
}

/** The total of listProviders(ctx, days) without building its rows (首页 reminder). */
export function countExpiringProviders(ctx: CoreContext, days: number): number {
  return prepared(
    ctx.db,
    `SELECT count(*) FROM training_providers p JOIN employers e ON e.id = p.employer_id
     WHERE e.deleted_at IS NULL AND p.valid_until IS NOT NULL AND p.valid_until <= ?`,
  )
    .pluck()
    .get(addDays(ctx.today(), days)) as number;
}

const db = (ctx: CoreContext) => ctx.db;
