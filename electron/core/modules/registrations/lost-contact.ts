// BR-07 loss of contact: a registration whose last successful contact (or, with none, its registration date) lies
// CFG-23's months back is flagged 建议注销 (C11). DOMAIN: "some places use 2–3 months for 零就业家庭" — the dated
// setting contacts.zeroHouseholdLostContactMonths (2–6, never above CFG-23; the same by default) gives the months
// for a member of a zero-employment household (BR-15, read from the person's status and household members as the
// BR-09 level suggestion reads them). Only a registration whose date lies between the two cutoffs needs that read,
// and none does while the two settings agree: the work lists, RPT-11 and 首页 read nothing more then.
import type Database from 'better-sqlite3';
import type { ContactRules } from '../../../../shared/contract/registrations';
import { lostContactCutoff } from '../../../../shared/domain/contact-due';
import { zeroHouseholdMember } from '../../../../shared/domain/service-level';
import { prepared } from '../../db/prepared';
import { householdOf } from '../persons/queries';

interface LostCutoffs {
  /** CFG-23: on or before it = lost contact. */
  cutoff: string;
  /** The same for a member of a zero-employment household (equal to `cutoff` unless the setting is shorter). */
  zeroCutoff: string;
}

export const lostCutoffs = (asOf: string, rules: ContactRules): LostCutoffs => ({
  cutoff: lostContactCutoff(asOf, rules.lostContactMonths),
  zeroCutoff: lostContactCutoff(asOf, rules.zeroHouseholdLostContactMonths),
});

/** BR-15 on the person's record today: their status and the household members. */
function zeroHouseholdPerson(db: Database.Database, personId: string): boolean {
  const status = prepared(db, 'SELECT employment_status FROM persons WHERE id = ?').pluck().get(personId) as
    string | undefined;
  return zeroHouseholdMember(status ?? null, householdOf(db, personId));
}

/**
 * The cutoff that applies to a registration whose last success (or registration date) is `since`: the shorter one of
 * a zero-employment household member when `since` lies between the two and the person is one, else CFG-23's.
 */
export function lostCutoffFor(db: Database.Database, personId: string, since: string, c: LostCutoffs): string {
  return since > c.cutoff && since <= c.zeroCutoff && zeroHouseholdPerson(db, personId) ? c.zeroCutoff : c.cutoff;
}
