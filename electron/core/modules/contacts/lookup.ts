// contacts.lookup: the clerk types part of a name or the last 4–6 ID digits and gets the ACTIVE registrations
// of the matching persons, with what a phone call needs. The search box is read exactly as persons.list reads
// it (classifyQuery) and driven by the same persons indexes; rows come in name order from persons_name, so a
// common fragment (古丽) stops after `limit` matches instead of reading every match.
import type Database from 'better-sqlite3';
import type { LookupItem } from '../../../../shared/contract/contacts';
import { ageOn } from '../../../../shared/domain/age';
import { monthOf } from '../../../../shared/domain/dates';
import { monthRange } from '../../../../shared/domain/dates';
import { maskIdNumberLast6, maskPhoneOrNull } from '../../../../shared/domain/masking';
import type { ContactResultCode } from '../../../../shared/enums/registration-codes';
import type { ServiceLevel } from '../../../../shared/domain/service-level';
import { classifyQuery, type SearchKind } from '../persons/list-sql';
import { prepared } from '../../db/prepared';
import { readContactRules } from '../registrations/config';
import { COUNTY, scopeSql, type Scope } from '../../scope/scope';

const PREFIX_END = '\u{10FFFF}';
const reverse = (s: string) => Array.from(s).reverse().join('');

const SEARCH: Record<SearchKind, { index: string; term: string; value: (v: string) => unknown[] }> = {
  id: { index: 'persons_id_number', term: 'p.id_number = ?', value: (v) => [v] },
  idPrefix: {
    index: 'persons_id_number',
    term: 'p.id_number >= ? AND p.id_number < ?',
    value: (v) => [v, v + PREFIX_END],
  },
  idSuffix: {
    index: 'persons_id_rev',
    term: 'p.id_rev >= ? AND p.id_rev < ?',
    value: (v) => [reverse(v), reverse(v) + PREFIX_END],
  },
  phone: { index: 'persons_phone', term: 'p.phone >= ? AND p.phone < ?', value: (v) => [v, v + PREFIX_END] },
  namePrefix: { index: 'persons_name', term: 'p.name >= ? AND p.name < ?', value: (v) => [v, v + PREFIX_END] },
  nameContains: { index: 'persons_name', term: 'instr(p.name, ?) > 0', value: (v) => [v] },
};

interface Row {
  registrationId: string;
  personId: string;
  name: string;
  sex: string;
  birthDate: string;
  idNumber: string;
  phone: string | null;
  townshipName: string | null;
  villageName: string | null;
  regDate: string;
  serviceLevel: ServiceLevel;
  responsibleStaff: string;
}

/** The statement for a search kind (exported for the query-plan test). */
export function lookupSql(kind: SearchKind, scope: Scope = COUNTY): string {
  const s = SEARCH[kind];
  const own = scopeSql(scope, 'p.township_id').sql;
  return `SELECT r.id AS registrationId, p.id AS personId, p.name, p.sex, p.birth_date AS birthDate, p.id_number AS idNumber, p.phone,
  t.name AS townshipName, v.name AS villageName, r.reg_date AS regDate, r.service_level AS serviceLevel, r.responsible_staff AS responsibleStaff
FROM persons AS p INDEXED BY ${s.index}
JOIN registrations AS r ON r.person_id = p.id AND r.status = 'active'
LEFT JOIN regions AS t ON t.id = p.township_id
LEFT JOIN regions AS v ON v.id = p.residence_region_id
WHERE p.deleted_at IS NULL AND ${s.term} AND ${own}
ORDER BY p.name, p.rowid
LIMIT ?`;
}

export function lookupRegistrations(
  db: Database.Database,
  input: { q: string; month: string | null; limit: number },
  today: string,
  scope: Scope = COUNTY,
): { items: LookupItem[]; more: boolean; month: string } {
  const month = input.month ?? monthOf(today);
  const { start, end } = monthRange(month);
  const { kind, value } = classifyQuery(input.q);
  const own = scopeSql(scope, 'p.township_id').params;
  const rows = prepared(db, lookupSql(kind, scope)).all(...SEARCH[kind].value(value), ...own, input.limit + 1) as Row[];
  const min = readContactRules(db, end < today ? end : today).minPerMonth;
  const inMonth = prepared(
    db,
    "SELECT count(*) AS n, coalesce(sum(result = '1'), 0) AS ok FROM contacts WHERE registration_id = ? AND contact_date BETWEEN ? AND ?",
  );
  const latest = prepared(
    db,
    'SELECT contact_date AS date, result, next_contact_date AS next FROM contacts WHERE registration_id = ? ORDER BY contact_date DESC, created_at DESC LIMIT 1',
  );
  const items = rows.slice(0, input.limit).map((r): LookupItem => {
    const m = inMonth.get(r.registrationId, start, end) as { n: number; ok: number };
    const last = latest.get(r.registrationId) as
      { date: string; result: ContactResultCode; next: string | null } | undefined;
    return {
      registrationId: r.registrationId,
      personId: r.personId,
      name: r.name,
      sex: r.sex,
      age: ageOn(r.birthDate, today),
      idNumberMasked: maskIdNumberLast6(r.idNumber),
      phoneMasked: maskPhoneOrNull(r.phone),
      townshipName: r.townshipName ?? '',
      villageName: r.villageName ?? '',
      regDate: r.regDate,
      serviceLevel: r.serviceLevel,
      responsibleStaff: r.responsibleStaff,
      lastContactDate: last?.date ?? null,
      lastContactResult: last?.result ?? null,
      nextContactDate: last?.next ?? null,
      monthContacts: m.n,
      monthSuccessful: m.ok,
      minPerMonth: min[r.serviceLevel],
    };
  });
  return { items, more: rows.length > input.limit, month };
}
