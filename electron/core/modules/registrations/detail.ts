// Row → registrationDetail, with the values derived on the working date (BR-04, BR-09, BR-12) and the ID masked.
import { idMaskerOn, personColumnsOf } from '../settings/display';
import type Database from 'better-sqlite3';
import type { RegistrationDetail } from '../../../../shared/contract/registrations';
import type { HouseholdMember } from '../../../../shared/domain/zero-employment-household';
import { completedMonths, firstContactDueDate } from '../../../../shared/domain/contact-due';
import type {
  CancelReasonCode,
  JobWishCode,
  UnemploymentReasonCode,
} from '../../../../shared/enums/registration-codes';
import {
  DEFAULT_HOME_VISITS_PER_QUARTER,
  HOME_VISITS_PER_QUARTER_KEY,
  homeVisitDue,
  quarterOf,
} from '../../../../shared/domain/home-visit';
import { wholeSettingOn } from '../settings/queries';
import { savedStampsOf } from '../../db/stamp';
import { readContactRules, workingCalendar } from './config';
import { suggestionFor } from './level';
import { fromMask } from './service-mask';
import { contactSummary, listLevelChanges, successfulContactsIn, type RegistrationRow } from './queries';

/**
 * BR-09 / CFG-22: the running quarter's home visits of an active level-A registration (one indexed read of the
 * quarter's successful contacts); null for B/C, a cancelled registration or a county setting of 0.
 */
function homeVisitOf(db: Database.Database, row: RegistrationRow, today: string) {
  if (row.status !== 'active' || row.service_level !== 'A') return null;
  const required = wholeSettingOn(db, HOME_VISITS_PER_QUARTER_KEY, today, DEFAULT_HOME_VISITS_PER_QUARTER, 0);
  if (required === 0) return null;
  const contacts = successfulContactsIn(db, row.id, quarterOf(today).start, today);
  return homeVisitDue(row.service_level, today, contacts, required);
}

/** `household`: the person's household members when the caller has read them already (a contact write). */
export function toRegistrationDetail(
  db: Database.Database,
  row: RegistrationRow,
  today: string,
  household?: HouseholdMember[],
): RegistrationDetail {
  // A cancelled registration is described as it stood on its last day (the household check takes the person's
  // status and household as they are now: neither is dated).
  const onDate = row.cancel_date && row.cancel_date < today ? row.cancel_date : today;
  const rules = readContactRules(db, onDate);
  const contacts = contactSummary(db, row.id);
  return {
    id: row.id,
    ...personColumnsOf(row, idMaskerOn(db, today)), // CFG-29
    townshipName: row.township_name ?? '',
    villageName: row.village_name ?? '',
    regDate: row.reg_date,
    regPlaceId: row.reg_place_id,
    regPlaceName: row.reg_place_name ?? '',
    reason: row.reason as UnemploymentReasonCode,
    receivesUi: row.receives_ui === 1,
    jobWish: row.job_wish as JobWishCode,
    jobIntent: row.job_intent,
    needs: fromMask(row.needs),
    responsibleStaff: row.responsible_staff,
    serviceLevel: row.service_level,
    suggestion: suggestionFor(db, row, onDate, rules, row.person_status, household),
    status: row.status,
    cancelDate: row.cancel_date,
    cancelReason: row.cancel_reason as CancelReasonCode | null,
    cancelNote: row.cancel_note,
    cancelIncome: row.cancel_income,
    notifiedDate: row.notified_date,
    durationMonths: onDate >= row.reg_date ? completedMonths(row.reg_date, onDate) : 0,
    firstContactDueDate: firstContactDueDate(
      row.reg_date,
      rules.firstContactWorkingDays,
      workingCalendar(rules, row.reg_date),
    ),
    contactCount: contacts.n,
    lastContactDate: contacts.last,
    lastSuccessfulContactDate: contacts.last_ok,
    nextContactDate: contacts.next,
    homeVisit: homeVisitOf(db, row, today),
    levelChanges: listLevelChanges(db, row.id).map((c) => ({
      id: c.id,
      date: c.change_date,
      fromLevel: c.from_level,
      toLevel: c.to_level,
      suggestedLevel: c.suggested_level,
      reason: c.reason,
      source: c.source,
      contactId: c.contact_id,
      by: c.created_by,
      at: c.created_at,
    })),
    ...savedStampsOf(row),
  };
}
