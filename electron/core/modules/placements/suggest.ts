// placements.suggestForPost (BR-22 "vacancies are refilled from recognised persons", BR-16): live persons of the
// post's 乡镇 who could be placed on it from the start date — working age (BR-03), free (no open placement, not 见习,
// not employed: E09 21–23 单位就业 / 灵活就业 / 自主创业 — market employment, the recognitions on 应退出), a basis for the post's area as placements.create would take it (urban: a recognition in
// force on the start date, offered with its 主要认定类别, or K04 零就业家庭成员 confirmed by the household (BR-15);
// rural: the person record), and months left (BR-18). Priority (BR-16 [L, 宁夏]): persons < 5 years from retirement,
// then zero-employment household members, then disabled persons; then older first. The clerk still confirms the basis.
import { idMaskerOn } from '../settings/display';
import { scopeNamedSql, scopeParam } from '../../scope/scope';
import type { z } from 'zod';
import type { suggestion } from '../../../../shared/contract/placements';
import { ageOn } from '../../../../shared/domain/age';
import { checkCategory, type CategoryRules } from '../../../../shared/domain/category-checks';
import { recognitionOn } from '../../../../shared/domain/placement-eligibility';
import { monthOf, shiftMonths } from '../../../../shared/domain/dates';
import { statutoryRetirement } from '../../../../shared/domain/retirement';
import { isExhaustedAt } from '../../../../shared/domain/subsidy-period';
import { daysBetween } from '../../../../shared/domain/working-days';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import { getPersonRow, householdOf, type PersonRow } from '../persons/queries';
import { placementRulesOn, type PlacementRules } from '../posts/config';
import { recognitionRulesOn } from '../recognitions/config';
import { personFacts, recognitionSpans } from '../recognitions/facts';
import type { PostRow } from '../posts/queries';
import { basisLabel } from './detail';
import { isRuralPerson, olderThreshold, type Basis } from './eligibility';
import { personSpanRows } from './queries';
import { subsidyOf, toSpan, type RulesCache } from './subsidy';

type Suggestion = z.infer<typeof suggestion>;

/** How many candidates are read from the 乡镇 before ranking. */
const SCAN_LIMIT = 600;

/** Rural: a basis the person record supports (E24 status, K02 disabled, K01 older), or null. */
function ruralBasis(p: PersonRow, age: number, rules: PlacementRules): Omit<Basis, 'date'> | null {
  if (p.poverty_status && p.poverty_status !== '0') return { list: 'E24', code: p.poverty_status };
  if (p.disability_type || p.disability_cert_no) return { list: 'E06', code: 'K02' };
  if (age >= olderThreshold(p.sex, rules)) return { list: 'E06', code: 'K01' };
  return null;
}

/** Urban (BR-16): the recognition in force on `date` (its 主要认定类别), else K04 when the household shows it. */
function urbanBasis(db: CoreContext['db'], p: PersonRow, date: string, zero: boolean): Omit<Basis, 'date'> | null {
  const rec = recognitionOn(recognitionSpans(db, p.id), date);
  if (rec) {
    const code = rec.primaryCategory && rec.categories.includes(rec.primaryCategory) ? rec.primaryCategory : null;
    return { list: 'E06', code: code ?? rec.categories[0] };
  }
  return zero ? { list: 'E06', code: 'K04' } : null;
}

/**
 * BR-15 on `date` from the household members recorded on the person (as placements.create checks K04). Most
 * candidates have none recorded: one indexed read settles them before the person's full facts are read.
 */
function zeroHousehold(db: CoreContext['db'], p: PersonRow, date: string, rules: CategoryRules): boolean {
  if (householdOf(db, p.id).length === 0) return false;
  return checkCategory('K04', personFacts(db, p), date, rules).outcome === 'pass';
}

/** Urban candidates: a recognition in force on the start date, or household members to check for K04. */
const URBAN_TARGET = `(EXISTS (SELECT 1 FROM recognitions r WHERE r.person_id = p.id AND r.status IN ('03', '05')
     AND (r.recognition_date IS NULL OR r.recognition_date <= @start) AND (r.exit_date IS NULL OR r.exit_date > @start))
   OR EXISTS (SELECT 1 FROM household_members h WHERE h.person_id = p.id))`;

export function suggestForPost(ctx: CoreContext, post: PostRow, startDate: string, limit: number): Suggestion[] {
  const mask = idMaskerOn(ctx.db, ctx.today()); // CFG-29
  const db = ctx.db;
  const rules = placementRulesOn(db, startDate);
  const youngest = shiftMonths(startDate, -16 * 12);
  const rural = post.area_type === 'rural';
  // Urban: recognised persons and household members (K04); rural: rural residents with a category on record.
  const target = rural
    ? "(p.poverty_status IN ('1','2','3','4','5') OR p.disability_type IS NOT NULL OR p.birth_date <= @olderBirth)"
    : URBAN_TARGET;
  const olderBirth = shiftMonths(startDate, -12 * Math.min(rules.olderAge.female, rules.olderAge.male));
  const ids = prepared(
    db,
    `SELECT p.id FROM persons p WHERE p.deleted_at IS NULL AND p.township_id = @township AND ${scopeNamedSql('p.township_id')} AND p.on_post = 0 AND p.in_internship = 0
       AND p.employment_status NOT IN ('21', '22', '23', '50') AND p.birth_date <= @youngest AND ${target}
     ORDER BY p.birth_date, p.id LIMIT @scan`,
  )
    .pluck()
    .all({
      township: post.township_id,
      scope: scopeParam(ctx.scope),
      youngest,
      ...(rural ? { olderBirth } : { start: startDate }),
      scan: SCAN_LIMIT,
    }) as string[];
  const categoryRules = recognitionRulesOn(db, startDate);
  const cache: RulesCache = new Map();
  const out: Suggestion[] = [];
  for (const id of ids) {
    const p = getPersonRow(db, id);
    if (!p) continue;
    const age = ageOn(p.birth_date, startDate);
    const retirement = statutoryRetirement(p.birth_date, p.retirement_category);
    if (age < 16 || startDate >= retirement.date) continue;
    if (rural) {
      const village = prepared(db, 'SELECT urban_rural_code FROM regions WHERE id = ?')
        .pluck()
        .get(p.residence_region_id) as string | null;
      if (!isRuralPerson(p, village) || age > rules.ruralMaxAge) continue;
    }
    const zero = zeroHousehold(db, p, startDate, categoryRules);
    const basis = rural ? ruralBasis(p, age, rules) : urbanBasis(db, p, startDate, zero);
    if (!basis) continue;
    const spans = personSpanRows(db, p.id);
    if (spans.some((s) => (s.leave_date ?? '9999-12-31') >= startDate)) continue;
    const all = [...spans.map(toSpan), { id: '(new)', startMonth: monthOf(startDate), endMonth: null }];
    const { period } = subsidyOf(db, p, all, '(new)', startDate, cache);
    if (isExhaustedAt(period, monthOf(startDate))) continue;
    const reasons: string[] = [];
    let priority = 0;
    if (daysBetween(startDate, retirement.date) < 5 * 365) {
      priority += 4;
      reasons.push('距法定退休不足5年');
    }
    if (zero) {
      priority += 2;
      reasons.push('零就业家庭成员');
    }
    if (p.disability_type || p.disability_cert_no) {
      priority += 1;
      reasons.push('残疾人');
    }
    if (!rural && basis.code !== 'K04') reasons.push('已认定为就业困难人员');
    if (p.dibao === 1) reasons.push('低保');
    if (p.poverty_status && p.poverty_status !== '0') reasons.push('脱贫/监测人口');
    if (age >= olderThreshold(p.sex, rules)) reasons.push('大龄');
    out.push({
      personId: p.id,
      name: p.name,
      sex: p.sex,
      age,
      idNumberMasked: mask(p.id_number),
      villageName: p.village_name,
      basisList: basis.list,
      basisCode: basis.code,
      basisLabel: basisLabel(basis.list, basis.code),
      priority,
      reasons,
      monthsLeft: period.extendedToRetirement ? null : period.monthsLeft,
    });
  }
  out.sort((a, b) => b.priority - a.priority || b.age - a.age || a.name.localeCompare(b.name, 'zh'));
  return out.slice(0, limit);
}
