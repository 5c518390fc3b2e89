// What an internship writes to its person (BR-28): E09 25 就业见习中 and in_internship = 1 from the agreement start
// while it runs; on ending, 25 becomes the status after. An agreement signed ahead (start after today) leaves the
// person as they are until the start date: `startDueInternships` brings the flags in step when that day comes
// (at start of the core and on its periodic sweep) — and undoes a flag set before its start by an older version.
import { prepared } from '../../db/prepared';
import { patchPersonFlags, statusWithFlag } from '../persons/queries';
import type { CoreContext } from '../../context';

const INTERNSHIP_STATUS = '25';

/** E09 after an ended internship (BR-28/BR-29): 21 单位就业 when the host keeps the intern, else 10 失业. */
export const statusAfterInternship = (retained: 0 | 1 | boolean | undefined): string => (retained ? '21' : '10');

/** Sets or clears 见习中 on the person; `after` replaces a 25 when clearing. */
export function setPersonFlags(ctx: CoreContext, personId: string, running: boolean, after: string): void {
  const row = prepared(ctx.db, 'SELECT employment_status, in_internship, updated_at FROM persons WHERE id = ?').get(
    personId,
  ) as { employment_status: string; in_internship: 0 | 1; updated_at: string };
  const status = statusWithFlag(row.employment_status, INTERNSHIP_STATUS, running, after);
  const flag = running ? 1 : 0;
  if (status === row.employment_status && flag === row.in_internship) return;
  const patch = { employment_status: status, in_internship: flag } as const;
  patchPersonFlags(ctx.db, personId, patch, ctx.operator(), ctx.now(), row.updated_at);
}

/** True when the person has a running internship whose agreement started on or before `day`. */
export function internshipStartedBy(ctx: CoreContext, personId: string, day: string): boolean {
  return !!prepared(
    ctx.db,
    `SELECT 1 FROM internships WHERE person_id = ? AND deleted_at IS NULL AND status = 'active'
       AND agreement_start <= ? LIMIT 1`,
  ).get(personId, day);
}

/**
 * Brings every person's 见习中 in step with today: flags those whose agreement has started, clears those flagged
 * while their only running agreement starts later (back to the status before it). Returns how many changed.
 */
export function startDueInternships(ctx: CoreContext): number {
  const today = ctx.today();
  const due = prepared(
    ctx.db,
    `SELECT DISTINCT i.person_id FROM internships i JOIN persons p ON p.id = i.person_id
     WHERE i.deleted_at IS NULL AND i.status = 'active' AND i.agreement_start <= ? AND p.in_internship = 0`,
  )
    .pluck()
    .all(today) as string[];
  const early = prepared(
    ctx.db,
    `SELECT p.id AS personId, (SELECT i.status_before FROM internships i WHERE i.person_id = p.id
       AND i.deleted_at IS NULL AND i.status = 'active' ORDER BY i.agreement_start LIMIT 1) AS before
     FROM persons p WHERE p.in_internship = 1 AND NOT EXISTS (SELECT 1 FROM internships i WHERE i.person_id = p.id
       AND i.deleted_at IS NULL AND i.status = 'active' AND i.agreement_start <= ?)
       AND EXISTS (SELECT 1 FROM internships i WHERE i.person_id = p.id AND i.deleted_at IS NULL
       AND i.status = 'active')`,
  ).all(today) as { personId: string; before: string | null }[];
  if (!due.length && !early.length) return 0;
  ctx.db.transaction(() => {
    for (const id of due) setPersonFlags(ctx, id, true, '10');
    for (const e of early) setPersonFlags(ctx, e.personId, false, e.before ?? '10');
  })();
  return due.length + early.length;
}
