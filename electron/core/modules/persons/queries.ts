import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import { deletedAtSetter, insertRow, uniqueHolder, updateRow, upsertRow } from '../../db/update-row';
import { nextStamp, type RowStamps } from '../../db/stamp';
import { deriveFromIdNumber } from './derive';
import type { HouseholdMember } from '../../../../shared/domain/zero-employment-household';
import { found } from '../../db/found';

export {
  buildListQueries,
  chooseMode,
  classifyQuery,
  latestBirthDateForAge,
  type ListQueries,
  type SqlWithParams,
} from './list-sql';

/** The columns a create or update writes (derived ones are added from id_number). */
export interface PersonWrite {
  id_number: string;
  name: string;
  ethnicity: string;
  education: string | null;
  phone: string | null;
  residence_region_id: string;
  township_id: string;
  hukou_region_id: string | null;
  address: string | null;
  urban_rural: string | null;
  retirement_category: string;
  disability_cert_no: string | null;
  disability_type: string | null;
  disability_grade: string | null;
  poverty_status: string | null;
  dibao: 0 | 1;
  card_no: string | null;
  bank_card_no: string | null;
  bank_name: string | null;
  employment_status: string;
}

/** A person as read, with the names of its places. */
export interface PersonRow extends PersonWrite, RowStamps {
  id: string;
  sex: '1' | '2';
  birth_date: string;
  retirement_category: 'M60' | 'F55' | 'F50';
  is_difficult: 0 | 1;
  on_post: 0 | 1;
  in_internship: 0 | 1;
  deleted_at: string | null;
  township_name: string;
  village_name: string;
  hukou_name: string | null;
}

export const WRITE_COLUMNS: readonly (keyof PersonWrite)[] = [
  'id_number',
  'name',
  'ethnicity',
  'education',
  'phone',
  'residence_region_id',
  'township_id',
  'hukou_region_id',
  'address',
  'urban_rural',
  'retirement_category',
  'disability_cert_no',
  'disability_type',
  'disability_grade',
  'poverty_status',
  'dibao',
  'card_no',
  'bank_card_no',
  'bank_name',
  'employment_status',
];

export function getPersonRow(db: Database.Database, id: string): PersonRow | undefined {
  return prepared(
    db,
    `SELECT p.*, t.name AS township_name, v.name AS village_name, h.name AS hukou_name
     FROM persons p
     LEFT JOIN regions t ON t.id = p.township_id
     LEFT JOIN regions v ON v.id = p.residence_region_id
     LEFT JOIN regions h ON h.id = p.hukou_region_id
     WHERE p.id = ?`,
  ).get(id) as PersonRow | undefined;
}

export const PERSON_NOT_FOUND = '找不到该人员，可能已被删除。';

/** The person, a deleted one included (a write refuses it with its own words); NOT_FOUND when there is none. */
export function requirePerson(db: Database.Database, id: string): PersonRow {
  return found(getPersonRow(db, id), PERSON_NOT_FOUND);
}

/** VR-03: any person with this ID, soft-deleted ones included. */
export const findByIdNumber = (db: Database.Database, idNumber: string) =>
  uniqueHolder(db, 'persons', 'id_number', idNumber);

/** The columns derived from id_number (derive.ts): written with every create and update, never typed in. */
export const DERIVED_COLUMNS = ['sex', 'birth_date', 'id_rev'] as const;

/** The derived columns' values for an ID number. */
export function derivedColumns(idNumber: string): Record<(typeof DERIVED_COLUMNS)[number], string> {
  const d = deriveFromIdNumber(idNumber);
  return { sex: d.sex, birth_date: d.birthDate, id_rev: d.idRev };
}

/** What a create or update writes: the write columns and the ones derived from id_number. */
const WRITTEN_COLUMNS = [...WRITE_COLUMNS, ...DERIVED_COLUMNS];

export function insertPerson(db: Database.Database, id: string, w: PersonWrite, by: string, at: string): void {
  insertRow(db, 'persons', id, { ...w, ...derivedColumns(w.id_number) }, by, at, WRITTEN_COLUMNS);
}

export function updatePerson(db: Database.Database, id: string, w: PersonWrite, by: string, at: string): void {
  updateRow(db, 'persons', id, { ...w, ...derivedColumns(w.id_number) }, by, at, WRITTEN_COLUMNS);
}

export const setDeletedAt = deletedAtSetter('persons');

/** The person columns other modules keep in step with their records (就业状态 and the flags). */
type PersonFlags = Partial<Pick<PersonRow, 'employment_status' | 'on_post' | 'in_internship' | 'is_difficult'>>;

/**
 * Sets a person's columns kept in step by another module's write; the stamp moves past the row's own `previous`
 * (nextStamp), so an open person form sees the change.
 */
export function patchPersonFlags(
  db: Database.Database,
  personId: string,
  patch: PersonFlags,
  by: string,
  now: string,
  previous: string,
): void {
  updateRow(db, 'persons', personId, patch, by, nextStamp(now, previous));
}

/** E09 10 失业: the status a flag falls back to when nothing better is known. */
export const UNEMPLOYED_STATUS = '10';

/**
 * The employment status (E09) another module's flag gives a person: `flagStatus` (24 on a post, 25 in an
 * internship) while it is `on`; when it ends, a status still equal to it becomes `after` (the status from before it,
 * or the one its ending set) and any other status is the person's own later fact and stays.
 */
export function statusWithFlag(current: string, flagStatus: string, on: boolean, after: string): string {
  if (on) return flagStatus;
  if (current !== flagStatus) return current;
  return after === flagStatus ? UNEMPLOYED_STATUS : after;
}

export interface MemberRow {
  id: string;
  member_name: string;
  member_id_number: string | null;
  relation: string;
  status: string;
  works_age_able: 0 | 1;
}

export function listMembers(db: Database.Database, personId: string): MemberRow[] {
  return prepared(
    db,
    'SELECT id, member_name, member_id_number, relation, status, works_age_able FROM household_members WHERE person_id = ? ORDER BY position',
  ).all(personId) as MemberRow[];
}

/** The members as the BR-15 check takes them (shared/domain/zero-employment-household.ts): one indexed read. */
export function householdOf(db: Database.Database, personId: string): HouseholdMember[] {
  return listMembers(db, personId).map((m) => ({
    name: m.member_name,
    relation: m.relation,
    status: m.status,
    worksAgeAble: m.works_age_able === 1,
  }));
}

/** Replaces the member list; rows keep their id (and created_*) when the input names them; unchanged rows are left alone. */
export function replaceMembers(
  db: Database.Database,
  personId: string,
  members: MemberRow[],
  by: string,
  at: string,
): void {
  const old = new Map(listMembers(db, personId).map((m, i) => [m.id, { ...m, position: i }]));
  const keep = new Set(members.map((m) => m.id));
  for (const id of old.keys()) {
    if (!keep.has(id)) prepared(db, 'DELETE FROM household_members WHERE id = ?').run(id);
  }
  members.forEach((m, position) => {
    const before = old.get(m.id);
    const same = before && before.position === position && MEMBER_FIELDS.every((f) => before[f] === m[f]);
    if (same) return;
    const { id, member_name, member_id_number, relation, status, works_age_able } = m;
    const row = { id, person_id: personId, position, member_name, member_id_number, relation, status, works_age_able };
    // A member keeps its person: only its place in the list and its fields change.
    upsertRow(db, 'household_members', ['id'], row, by, at, ['position', ...MEMBER_FIELDS]);
  });
}

const MEMBER_FIELDS = ['member_name', 'member_id_number', 'relation', 'status', 'works_age_able'] as const;
