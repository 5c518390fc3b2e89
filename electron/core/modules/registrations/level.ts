// BR-09 service level with its history (service_level_changes): the suggestion from the person's data, the
// first level at registration, the clerk's override and the raise at a successful contact. The policy is
// documented in shared/domain/service-level.ts. 零就业家庭成员 (BR-15) is read from the person's household members:
// one indexed read per suggestion, or none when the caller already holds them (a contact write reads them once for
// the contact's suggestion and the returned registration's), so a contact write stays cheap.
import type Database from 'better-sqlite3';
import { badInput, ruleViolation } from '../../../../shared/contract';
import { serviceLevelLabel } from '../../../../shared/enums/registration-codes';
import {
  shouldAutoRaise,
  suggestServiceLevel,
  zeroHouseholdMember,
  type LevelSuggestion,
  type ServiceLevel,
  type ServiceLevelRules,
} from '../../../../shared/domain/service-level';
import type { HouseholdMember } from '../../../../shared/domain/zero-employment-household';
import { newId } from '../../ids';
import { householdOf } from '../persons/queries';
import { fromMask } from './service-mask';
import { insertLevelChange, listLevelChanges, touchRegistration, type LevelChangeRow } from './queries';

interface LevelSubject {
  person_id: string;
  reg_date: string;
  job_wish: string;
  needs: number;
  is_difficult: 0 | 1;
  poverty_status: string | null;
}

export const levelText = (l: string) => `${l} ${serviceLevelLabel(l)}`;

/**
 * The suggestion on `onDate`; `applicantStatus` is the person's E09 status then, for BR-15 (zeroHouseholdMember),
 * with the person's household members (read here when the caller does not pass them).
 */
export function suggestionFor(
  db: Database.Database,
  r: LevelSubject,
  onDate: string,
  rules: ServiceLevelRules,
  applicantStatus: string | null,
  household: HouseholdMember[] = householdOf(db, r.person_id),
): LevelSuggestion {
  return suggestServiceLevel(
    {
      isDifficult: r.is_difficult === 1,
      povertyStatus: r.poverty_status,
      zeroEmploymentHousehold: zeroHouseholdMember(applicantStatus, household),
      regDate: r.reg_date,
      onDate,
      jobWish: r.job_wish,
      needs: fromMask(r.needs),
    },
    rules,
  );
}

/** A change the clerk made (an override, or a first level different from the suggestion). */
const isManual = (c: LevelChangeRow) =>
  c.source === 'override' || (c.source === 'create' && c.to_level !== c.suggested_level);

interface Actor {
  by: string;
  at: string;
}

/** The first level, set at registration: the suggestion, or the clerk's choice with a required reason. */
export function firstLevel(
  suggestion: LevelSuggestion,
  chosen: ServiceLevel | null,
  reason: string | null,
): { level: ServiceLevel; reason: string } {
  const level = chosen ?? suggestion.level;
  if (level === suggestion.level) return { level, reason: `登记时评定：${suggestion.reasons.join('、')}` };
  if (!reason) {
    throw badInput({
      serviceLevelReason: `所选服务等级与建议等级（${levelText(suggestion.level)}）不同，请填写调整原因`,
    });
  }
  return { level, reason: `登记时调整（建议${levelText(suggestion.level)}）：${reason}` };
}

export function recordFirstLevel(
  db: Database.Database,
  registrationId: string,
  regDate: string,
  level: ServiceLevel,
  suggestion: LevelSuggestion,
  reason: string,
  a: Actor,
): void {
  insertLevelChange(db, {
    id: newId(),
    registration_id: registrationId,
    change_date: regDate,
    from_level: null,
    to_level: level,
    suggested_level: suggestion.level,
    reason,
    source: 'create',
    contact_id: null,
    created_at: a.at,
    created_by: a.by,
  });
}

/** BR-09 override with a reason; dated on or after the last change (history stays in date order). */
export function overrideLevel(
  db: Database.Database,
  r: LevelSubject & { id: string; service_level: ServiceLevel; person_status: string },
  level: ServiceLevel,
  date: string,
  reason: string,
  rules: ServiceLevelRules,
  a: Actor,
): void {
  if (level === r.service_level)
    throw ruleViolation(`服务等级已是${levelText(level)}，无需调整`, { level: `服务等级已是${levelText(level)}` });
  if (date < r.reg_date)
    throw ruleViolation('调整日期不能早于登记日期', { date: `调整日期不能早于登记日期（${r.reg_date}）` });
  const last = listLevelChanges(db, r.id)[0];
  if (last && date < last.change_date) {
    throw ruleViolation('调整日期不能早于上次服务等级变更', {
      date: `调整日期不能早于上次服务等级变更日期（${last.change_date}）`,
    });
  }
  const suggestion = suggestionFor(db, r, date, rules, r.person_status);
  insertLevelChange(db, {
    id: newId(),
    registration_id: r.id,
    change_date: date,
    from_level: r.service_level,
    to_level: level,
    suggested_level: suggestion.level,
    reason,
    source: 'override',
    contact_id: null,
    created_at: a.at,
    created_by: a.by,
  });
  touchRegistration(db, r.id, { service_level: level }, a.by, a.at);
}

/**
 * At a successful contact: the suggestion on the contact date (with the employment status found then and the
 * person's `household` members); a raise
 * when shouldAutoRaise says so, dated on the contact date (or the last change's date, if a back-dated contact is
 * entered after a later change).
 */
export function evaluateAtContact(
  db: Database.Database,
  r: LevelSubject & { id: string; service_level: ServiceLevel },
  contact: { id: string; date: string; statusFound: string | null },
  rules: ServiceLevelRules,
  a: Actor,
  household: HouseholdMember[],
): { suggestion: LevelSuggestion; raised: { from: ServiceLevel; to: ServiceLevel } | null } {
  const suggestion = suggestionFor(db, r, contact.date, rules, contact.statusFound, household);
  const changes = listLevelChanges(db, r.id);
  const lastManual = changes.find(isManual);
  if (
    !shouldAutoRaise(
      r.service_level,
      suggestion.level,
      lastManual ? { suggestedLevel: lastManual.suggested_level } : null,
    )
  ) {
    return { suggestion, raised: null };
  }
  const lastDate = changes[0]?.change_date ?? r.reg_date;
  insertLevelChange(db, {
    id: newId(),
    registration_id: r.id,
    change_date: contact.date > lastDate ? contact.date : lastDate,
    from_level: r.service_level,
    to_level: suggestion.level,
    suggested_level: suggestion.level,
    reason: `定期联系时重新评定：${suggestion.reasons.join('、')}`,
    source: 'contact',
    contact_id: contact.id,
    created_at: a.at,
    created_by: a.by,
  });
  touchRegistration(db, r.id, { service_level: suggestion.level }, a.by, a.at);
  return { suggestion, raised: { from: r.service_level, to: suggestion.level } };
}
