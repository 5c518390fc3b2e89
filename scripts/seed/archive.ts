// 档案到期 in the demo county (CFG-31, DOMAIN §9.8): a few persons whose only case closed long ago — registered 7 to 9
// years before `today`, one successful contact, cancelled four months later when they found work — so that the
// administrator's 档案到期 list (modules/archive/expired.ts) has rows. It runs after every other seed and takes only
// persons none of them gave a record, so nothing else the demo shows changes.
import type { Core } from '../../electron/core/core';
import { addDays } from '../../shared/domain/working-days';
import { shiftMonths } from '../../shared/domain/dates';
import { defaultNextContactDate } from '../../shared/domain/contact-due';
import { statusAfterCancel } from '../../shared/domain/registration-cancel';
import { makeSeedIds } from './fast-ids';
import { insertRegistration } from './registrations';
import { makeRng } from './rng';

/** Who followed these cases (a name, as the registrations seed gives its 联系责任人). */
const STAFF = '王秀兰';

/** Seeds up to `count` (12) closed cases past retention; returns how many. */
export function seedClosedCases(core: Core, o: { today: string; count?: number; seed?: number }): number {
  const db = core.ctx.db;
  const newId = makeSeedIds(makeRng((o.seed ?? 20260101) + 17));
  const persons = db
    .prepare(
      `SELECT p.id, p.township_id FROM persons p WHERE p.deleted_at IS NULL AND p.township_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM internships i WHERE i.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM recognitions g WHERE g.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM training_enrolments e WHERE e.person_id = p.id)
      ORDER BY p.rowid LIMIT ?`,
    )
    .all(o.count ?? 12) as { id: string; township_id: string }[];
  db.transaction(() => {
    persons.forEach((p, i) => {
      const regDate = shiftMonths(o.today, -(84 + 2 * i));
      const contact = addDays(regDate, 45);
      insertRegistration(db, newId, p, {
        regDate,
        cancelDate: shiftMonths(regDate, 4),
        cancelReason: 'C01',
        reason: '02',
        receivesUi: 0,
        jobWish: '1',
        needs: 0,
        staff: STAFF,
        firstLevel: 'C',
        finalLevel: 'C',
        contacts: [
          {
            date: contact,
            method: '1',
            result: '1',
            found: '10',
            employer: null,
            services: 8,
            jobs: null,
            next: defaultNextContactDate(contact),
            staff: STAFF,
            suggestedLevel: 'C',
            raises: false,
          },
        ],
        personStatus: statusAfterCancel('C01', '10'),
      });
    });
  })();
  return persons.length;
}
