import type Database from 'better-sqlite3';
import { prepared } from '../db/prepared';
import { townshipOfPerson, townshipOfRegion, type SubjectKind } from './scope';

// What a call is about, as the 乡镇 that decides whether a township clerk may see or touch it. A subject whose
// record does not exist has township null: dispatch lets the handler answer 找不到 as it always does.

export interface Subject {
  kind: SubjectKind;
  townshipId: string | null;
}

type Db = Database.Database;
const one = (db: Db, sql: string, id: string): string | null =>
  (prepared(db, sql).pluck().get(id) as string | undefined) ?? null;

/** A person's township through a table whose rows name the person (person_id). */
const viaPersonColumn = (table: string) => (db: Db, id: string) =>
  one(db, `SELECT p.township_id FROM ${table} AS x JOIN persons AS p ON p.id = x.person_id WHERE x.id = ?`, id);

/** The same through a record of `parent` (naming the person) that the table's rows name in `column`. */
const viaParentRow = (table: string, column: string, parent: string) => (db: Db, id: string) =>
  one(
    db,
    `SELECT p.township_id FROM ${table} AS x JOIN ${parent} AS y ON y.id = x.${column}
     JOIN persons AS p ON p.id = y.person_id WHERE x.id = ?`,
    id,
  );

/** The township a table's rows name themselves (township_id). */
const ownTownship = (table: string) => (db: Db, id: string) =>
  one(db, `SELECT township_id FROM ${table} WHERE id = ?`, id);

const person =
  (kind: SubjectKind, fn: (db: Db, id: string) => string | null) => (db: Db, id: string | null | undefined) =>
    id ? [{ kind, townshipId: fn(db, id) }] : [];

export const subjects = {
  person: person('person', townshipOfPerson),
  registration: person('person', viaPersonColumn('registrations')),
  deletedRegistration: person('person', viaPersonColumn('deleted_registrations')),
  placement: person('person', viaPersonColumn('placements')),
  internship: person('person', viaPersonColumn('internships')),
  flexibleSubsidy: person('person', viaPersonColumn('flexible_subsidies')),
  recognition: person('person', viaPersonColumn('recognitions')),
  deletedRecognition: person('person', viaPersonColumn('deleted_recognitions')),
  enrolment: person('person', viaPersonColumn('training_enrolments')),
  removedEnrolment: person('person', viaPersonColumn('deleted_training_enrolments')),
  contact: person('person', viaParentRow('contacts', 'registration_id', 'registrations')),
  deletedContact: person('person', viaParentRow('deleted_contacts', 'registration_id', 'registrations')),
  attendance: person('person', viaParentRow('attendance_months', 'placement_id', 'placements')),
  allowance: person('person', viaParentRow('internship_allowances', 'internship_id', 'internships')),
  assessment: person('person', viaParentRow('placement_assessments', 'placement_id', 'placements')),
  deletedAssessment: person('person', viaParentRow('deleted_placement_assessments', 'placement_id', 'placements')),
  subsidyItem: person('person', (db, id) =>
    one(
      db,
      `SELECT p.township_id FROM subsidy_batch_items AS i
       LEFT JOIN attendance_months AS a ON a.id = i.attendance_id
       LEFT JOIN placements AS pl ON pl.id = a.placement_id
       LEFT JOIN internship_allowances AS al ON al.id = i.allowance_id
       LEFT JOIN internships AS it ON it.id = al.internship_id
       LEFT JOIN training_enrolments AS te ON te.id = i.enrolment_id
       JOIN persons AS p ON p.id = coalesce(pl.person_id, it.person_id, te.person_id) WHERE i.id = ?`,
      id,
    ),
  ),
  /** A roster of one 乡镇 or 单位 is that place's; the county's rosters (null) are every township's. */
  subsidyBatch: person('place', (db, id) =>
    one(
      db,
      `SELECT coalesce(b.township_id, e.township_id) FROM subsidy_batches AS b
       LEFT JOIN employers AS e ON e.id = b.employer_id WHERE b.id = ?`,
      id,
    ),
  ),
  region: person('place', townshipOfRegion),
  employer: person('place', ownTownship('employers')),
  post: person('place', ownTownship('posts')),
  trainingClass: person('place', ownTownship('training_classes')),
};
