// Writes this module makes to a person: employment_status (E09) after a registration (BR-04), a cancellation
// (BR-08) or a successful contact (§3.4). updated_at moves forward strictly, so an open person form that
// saves afterwards gets the persons module's optimistic-lock CONFLICT instead of overwriting the status.
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import { patchPersonFlags } from '../persons/queries';

/** Sets the status when it differs; returns whether it changed. */
export function setEmploymentStatus(
  db: Database.Database,
  personId: string,
  status: string,
  by: string,
  now: string,
): boolean {
  const row = prepared(db, 'SELECT employment_status, updated_at FROM persons WHERE id = ?').get(personId) as
    { employment_status: string; updated_at: string } | undefined;
  if (!row || row.employment_status === status) return false;
  patchPersonFlags(db, personId, { employment_status: status }, by, now, row.updated_at);
  return true;
}

/**
 * BR-04 on a registration made (or restored): the person is without work (10) unless an intern (25, BR-28); the
 * status it replaced is kept on the registration (status_before, migration 0026) for a 删除 to put back. Returns
 * the status replaced, or null when nothing changed.
 */
export function markUnemployed(
  db: Database.Database,
  regId: string,
  person: { id: string; in_internship: number; employment_status: string },
  by: string,
  now: string,
): string | null {
  const changed = person.in_internship !== 1 && setEmploymentStatus(db, person.id, '10', by, now);
  const before = changed ? person.employment_status : null;
  prepared(db, 'UPDATE registrations SET status_before = ? WHERE id = ?').run(before, regId);
  return before;
}
