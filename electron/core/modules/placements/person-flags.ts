// Writes placements make to a person (DOMAIN §3.1, §3.8): on_post and employment_status (E09), in the
// transaction of the placement write. on_post = 1 while the person has an open placement (no leave date, also
// one that starts later); employment_status is 24 公益性岗位安置 then. When the last open placement ends, on_post
// goes back to 0 and a status of 24 becomes the status after leaving (after a delete: the status before it).
// updated_at moves forward strictly, so a person form opened before gets the persons module's optimistic-lock
// CONFLICT instead of undoing the change.
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import { patchPersonFlags, statusWithFlag, UNEMPLOYED_STATUS } from '../persons/queries';

const ON_POST_STATUS = '24';

/** E09 after leaving by E19 reason: L01 other employment → 21 单位就业, L03 retirement → 50, L04 death → 99, else 10. */
export function statusAfterLeaving(reason: string): string {
  if (reason === 'L01') return '21';
  if (reason === 'L03') return '50';
  if (reason === 'L04') return '99';
  return UNEMPLOYED_STATUS;
}

/**
 * The status a deleted placement gives back (like internships.status_before): the person's status from before it,
 * kept since migration 0023; 10 失业 for a placement made before that.
 */
export const statusBeforePlacement = (r: { status_before: string | null }): string =>
  r.status_before ?? UNEMPLOYED_STATUS;

function hasOpenPlacement(db: Database.Database, personId: string): boolean {
  return !!prepared(
    db,
    'SELECT 1 FROM placements WHERE person_id = ? AND deleted_at IS NULL AND leave_date IS NULL LIMIT 1',
  ).get(personId);
}

/**
 * Brings on_post / employment_status in step with the person's placements. `statusAfter` is the status to set
 * when the person no longer has an open placement and was 24. Returns whether the person row changed.
 */
export function syncPersonFlags(
  db: Database.Database,
  personId: string,
  by: string,
  now: string,
  statusAfter = UNEMPLOYED_STATUS,
): boolean {
  const row = prepared(db, 'SELECT on_post, employment_status, updated_at FROM persons WHERE id = ?').get(personId) as
    { on_post: 0 | 1; employment_status: string; updated_at: string } | undefined;
  if (!row) return false;
  const open = hasOpenPlacement(db, personId);
  const onPost = open ? 1 : 0;
  const status = statusWithFlag(row.employment_status, ON_POST_STATUS, open, statusAfter);
  if (row.on_post === onPost && row.employment_status === status) return false;
  patchPersonFlags(db, personId, { on_post: onPost, employment_status: status }, by, now, row.updated_at);
  return true;
}
