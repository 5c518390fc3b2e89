// placements.suggestForPost (BR-22 "vacancies are refilled", BR-16): live persons of the post's 乡镇 who could
// be placed on it from the start date — working age (BR-03), free (no open placement, not 见习, not 单位就业 /
// 自主创业), a basis the person record supports for the post's area, and months left (BR-18). Priority [L, 宁夏]:
// persons < 5 years from retirement, then disabled persons; then older first. The clerk still confirms the basis.
import { idMaskerOn } from '../settings/display';
import { scopeNamedSql, scopeParam } from '../../scope/scope';
import type { z } from 'zod';
import type { suggestion } from '../../../../shared/contract/placements';
import { ageOn } from '../../../../shared/domain/age';
import { monthOf, shiftMonths } from '../../../../shared/domain/dates';
import { statutoryRetirement } from '../../../../shared/domain/retirement';
import { isExhaustedAt } from '../../../../shared/domain/subsidy-period';
import { daysBetween } from '../../../../shared/domain/working-days';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import { getPersonRow, type PersonRow } from '../persons/queries';
import { placementRulesOn, type PlacementRules } from '../posts/config';
import type { PostRow } from '../posts/queries';
import { basisLabel } from './detail';
import { isRuralPerson, olderThreshold, type Basis } from './eligibility';
import { personSpanRows } from './queries';
import { subsidyOf, toSpan, type RulesCache } from './subsidy';

type Suggestion = z.infer<typeof suggestion>;

/** How many candidates are read from the 乡镇 before ranking. */
const SCAN_LIMIT = 600;

/** A basis the person record supports for the area, or null (urban: the clerk picks the recorded category). */
function basisFor(
  p: PersonRow,
  area: 'urban' | 'rural',
  age: number,
  rules: PlacementRules,
): Omit<Basis, 'date'> | null {
  const older = age >= olderThreshold(p.sex, rules);
  const disabled = !!p.disability_type || !!p.disability_cert_no;
  if (area === 'rural' && p.poverty_status && p.poverty_status !== '0') return { list: 'E24', code: p.poverty_status };
  if (area === 'urban' && p.dibao === 1) return { list: 'E06', code: 'K03' };
  if (disabled) return { list: 'E06', code: 'K02' };
  if (older) return { list: 'E06', code: 'K01' };
  return null;
}

export function suggestForPost(ctx: CoreContext, post: PostRow, startDate: string, limit: number): Suggestion[] {
  const mask = idMaskerOn(ctx.db, ctx.today()); // CFG-29
  const db = ctx.db;
  const rules = placementRulesOn(db, startDate);
  const youngest = shiftMonths(startDate, -16 * 12);
  const rural = post.area_type === 'rural';
  // Urban: persons flagged difficult or with a category the record shows; rural: rural residents with one.
  const target = rural
    ? "(p.poverty_status IN ('1','2','3','4','5') OR p.disability_type IS NOT NULL OR p.birth_date <= @olderBirth)"
    : '(p.is_difficult = 1 OR p.dibao = 1 OR p.disability_type IS NOT NULL OR p.birth_date <= @olderBirth)';
  const olderBirth = shiftMonths(startDate, -12 * Math.min(rules.olderAge.female, rules.olderAge.male));
  const ids = prepared(
    db,
    `SELECT p.id FROM persons p WHERE p.deleted_at IS NULL AND p.township_id = @township AND ${scopeNamedSql('p.township_id')} AND p.on_post = 0 AND p.in_internship = 0
       AND p.employment_status NOT IN ('21', '23', '50') AND p.birth_date <= @youngest AND ${target}
     ORDER BY p.birth_date, p.id LIMIT @scan`,
  )
    .pluck()
    .all({
      township: post.township_id,
      scope: scopeParam(ctx.scope),
      youngest,
      olderBirth,
      scan: SCAN_LIMIT,
    }) as string[];
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
    const basis = basisFor(p, post.area_type, age, rules);
    if (!basis && (rural || p.is_difficult !== 1)) continue;
    const spans = personSpanRows(db, p.id);
    if (spans.some((s) => (s.leave_date ?? '9999-12-31') >= startDate)) continue;
    const all = [...spans.map(toSpan), { id: '(new)', startMonth: monthOf(startDate), endMonth: null }];
    const { period } = subsidyOf(db, p, all, '(new)', startDate, cache);
    if (isExhaustedAt(period, monthOf(startDate))) continue;
    const reasons: string[] = [];
    let priority = 0;
    if (daysBetween(startDate, retirement.date) < 5 * 365) {
      priority += 2;
      reasons.push('距法定退休不足5年');
    }
    if (p.disability_type || p.disability_cert_no) {
      priority += 1;
      reasons.push('残疾人');
    }
    if (p.is_difficult === 1) reasons.push('已标记为就业困难人员');
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
      basisList: basis?.list ?? null,
      basisCode: basis?.code ?? null,
      basisLabel: basis ? basisLabel(basis.list, basis.code) : null,
      priority,
      reasons,
      monthsLeft: period.extendedToRetirement ? null : period.monthsLeft,
    });
  }
  out.sort((a, b) => b.priority - a.priority || b.age - a.age || a.name.localeCompare(b.name, 'zh'));
  return out.slice(0, limit);
}
