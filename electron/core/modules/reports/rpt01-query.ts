// RPT-01 rows streamed from SQLite (stmt.iterate(): one row in memory at a time), sorted as the frame's
// grouping needs them: 乡镇 code, 村 code, then name. Until the recognition module exists the persons are
// those flagged is_difficult (DOMAIN §3.1, migration 0002); the recognition columns stay empty.
import type Database from 'better-sqlite3';
import { ageOn } from '../../../../shared/domain/age';
import { educationLabel, employmentStatusLabel, ethnicityLabel, sexLabel } from '../../../../shared/enums';

export interface Rpt01Filter {
  townshipId?: string;
}

interface Rpt01Source {
  township: string;
  village: string;
  name: string;
  sex: string;
  ethnicity: string;
  idNumber: string;
  birthDate: string;
  education: string | null;
  phone: string | null;
  address: string | null;
  cardNo: string | null;
  employmentStatus: string;
}

export interface Rpt01Row {
  township: string;
  village: string;
  name: string;
  sex: string;
  ethnicity: string;
  idNumber: string;
  age: number;
  education: string;
  phone: string | null;
  address: string | null;
  cardNo: string | null;
  employment: string;
}

const WHERE = (f: Rpt01Filter) => `p.is_difficult = 1 AND p.deleted_at IS NULL${f.townshipId ? ' AND p.township_id = ?' : ''}`;
const params = (f: Rpt01Filter) => (f.townshipId ? [f.townshipId] : []);

/** Persons in the report, for the progress bar. */
export function countRpt01(db: Database.Database, filter: Rpt01Filter): number {
  return (db.prepare(`SELECT count(*) AS n FROM persons p WHERE ${WHERE(filter)}`).get(...params(filter)) as { n: number }).n;
}

/** The rows in report order; a generator, so the writer pulls them one by one (and closes the cursor if it stops). */
export function* rpt01Rows(db: Database.Database, filter: Rpt01Filter, asOf: string): Generator<Rpt01Row> {
  const stmt = db.prepare(
    `SELECT t.name AS township, v.name AS village, p.name, p.sex, p.ethnicity, p.id_number AS idNumber, p.birth_date AS birthDate,
            p.education, p.phone, p.address, p.card_no AS cardNo, p.employment_status AS employmentStatus
     FROM persons p
     JOIN regions t ON t.id = p.township_id
     JOIN regions v ON v.id = p.residence_region_id
     WHERE ${WHERE(filter)}
     ORDER BY t.code, v.code, p.name, p.id`,
  );
  for (const r of stmt.iterate(...params(filter)) as IterableIterator<Rpt01Source>) {
    yield {
      township: r.township,
      village: r.village,
      name: r.name,
      sex: sexLabel(r.sex),
      ethnicity: ethnicityLabel(r.ethnicity),
      idNumber: r.idNumber,
      age: ageOn(r.birthDate, asOf),
      education: educationLabel(r.education),
      phone: r.phone,
      address: r.address,
      cardNo: r.cardNo,
      employment: employmentStatusLabel(r.employmentStatus),
    };
  }
}
