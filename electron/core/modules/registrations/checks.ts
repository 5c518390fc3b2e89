// Checks of a registration against the person and the other records (BR-03, BR-04, §3.3, VR-06, VR-13).
// Each error names the form field it belongs under.
import type Database from 'better-sqlite3';
import { badInput, conflict, ruleViolation } from '../../../../shared/contract';
import { ageOn } from '../../../../shared/domain/age';
import { statutoryRetirement } from '../../../../shared/domain/retirement';
import { requirePerson, type PersonRow } from '../persons/queries';
import { getRegion } from '../regions/queries';
import { activeRegistrationOf, otherRegistrations } from './queries';
import { refuseField } from '../../refuse-field';

export const REGISTRATION_NOT_FOUND = '找不到该失业登记记录。';

export function requireLivePerson(db: Database.Database, personId: string): PersonRow {
  const p = requirePerson(db, personId);
  if (p.deleted_at) throw ruleViolation('该人员已删除，请先恢复再办理失业登记。', { personId: '该人员已删除' });
  return p;
}

/** VR-06: no date later than today. */
export function notFuture(field: string, label: string, date: string, today: string): void {
  if (date > today) throw badInput({ [field]: `${label}不能晚于今天（${today}）` });
}

/**
 * BR-03 working age on the registration date: age ≥ 16, before the statutory retirement date (BR-02), and no
 * basic pension (E09 50). BR-04: not while on a 公益性岗位 (the person has work).
 */
export function checkWorkingAge(p: PersonRow, regDate: string): void {
  const age = ageOn(p.birth_date, regDate);
  if (age < 16) {
    refuseField(`登记日期当天该人员${age}周岁，未满16周岁，不能办理失业登记`, 'regDate');
  }
  const retirement = statutoryRetirement(p.birth_date, p.retirement_category);
  if (regDate >= retirement.date) {
    refuseField(`该人员已于${retirement.date}达到法定退休年龄，不能办理失业登记`, 'regDate');
  }
  if (p.employment_status === '50') {
    refuseField('该人员已退休或领取基本养老金，不能办理失业登记', 'personId');
  }
  if (p.on_post === 1) {
    refuseField('该人员正在公益性岗位上岗，不能办理失业登记', 'personId');
  }
}

/** 登记地: a 乡镇(街道) or 村(社区); a retired one only if the registration already had it. */
export function checkRegPlace(db: Database.Database, id: string, current: string | null): void {
  const r = getRegion(db, id);
  if (!r) throw badInput({ regPlaceId: '请选择登记地所在的乡镇(街道)或村(社区)' });
  if (r.retiredOn && id !== current) throw badInput({ regPlaceId: `“${r.name}”已撤销，请选择现行的区划` });
}

/** §3.3: at most one active registration per person. */
export function assertNoActiveRegistration(db: Database.Database, personId: string): void {
  const existing = activeRegistrationOf(db, personId);
  if (existing) {
    const msg = `该人员已有有效的失业登记（${existing.reg_date} 登记），请打开已有登记`;
    throw conflict(msg, { existingId: existing.id }, { personId: msg });
  }
}

/** Registrations of one person never overlap: a new one starts after the previous one was cancelled. */
export function assertNoOverlap(
  db: Database.Database,
  personId: string,
  selfId: string | null,
  regDate: string,
  cancelDate: string | null,
): void {
  for (const o of otherRegistrations(db, personId, selfId)) {
    const oEnd = o.cancel_date ?? '9999-12-31';
    const end = cancelDate ?? '9999-12-31';
    if (o.reg_date <= end && regDate <= oEnd) {
      refuseField(
        o.cancel_date
          ? `登记日期应晚于上一次失业登记的注销日期（${o.cancel_date}）`
          : `该人员另有一条有效的失业登记（${o.reg_date} 登记）`,
        'regDate',
      );
    }
  }
}
