// BR-16 placement eligibility (公益性岗位), judged on the placement's own dates: the basis date for the category,
// the start date for the rural age cap and the older rural worker. No category rests on the clerk's word alone:
// - 城镇 posts, a NEW placement (placements.create, the 安置 screens): an E06 category that a recognition in force on
//   the basis date (E07 03, or 05 not yet exited) includes, or K04 零就业家庭成员 confirmed by the household members
//   (BR-15). Since the recognition module exists (issue 6's stand-in is over), other recorded categories no longer do.
// - 城镇 posts, an EXISTING placement (the placement roster import, which onboards placements made on paper before
//   the app, and a restore): an active recognition, or one the person's records confirm on the basis date
//   (category-checks.ts: K01, K02, K03, K04 via BR-15, K05 via BR-12, K06, K07), marked 登记. A category with no record
//   to check (K08–K14, K99) needs the recognition.
// - 乡村 posts (either entry): a rural resident (城乡属性 2xx, else the village's code), age ≤ CFG-14 on the start date,
//   and an E24 basis equal to the person's 脱贫/监测状态, or E06 K02 (disability recorded) or K01 (older rural worker
//   on the start date), or a category of an active recognition.
// The messages keep the wording the placement screens and tests have used (issue 6).
import { povertyStatusLabel } from '../enums/person-codes';
import { difficultyCategoryLabel } from '../enums/difficulty-categories';
import { ageOn } from './age';
import { checkCategory, isPoorStatus, type CategoryRules, type PersonFacts } from './category-checks';

export interface PlacementBasis {
  list: 'E06' | 'E24';
  code: string;
  date: string;
}

/** A recognition of the person (status 03, or 05 with its exit date). */
export interface RecognitionSpan {
  categories: readonly string[];
  /** 主要认定类别, where it was read (the suggestions offer it as the basis). */
  primaryCategory?: string;
  recognitionDate: string | null;
  exitDate: string | null;
}

export interface PlacementRuleSet extends CategoryRules {
  ruralMaxAge: number;
}

/** A placement entered now (BR-16 as written) or one that existed before (onboarded from paper, restored). */
export type PlacementEntry = 'new' | 'existing';

export type Eligibility =
  { ok: true; source: 'recognition' | 'recorded' } | { ok: false; rule: string; field: string; message: string };

/** The recognition in force on `date` (recognised on or before it, not exited by then). */
export function recognitionOn(spans: readonly RecognitionSpan[], date: string): RecognitionSpan | null {
  return (
    spans.find(
      (r) => (r.recognitionDate === null || r.recognitionDate <= date) && (r.exitDate === null || r.exitDate > date),
    ) ?? null
  );
}

const no = (message: string, field: string, rule = 'BR-16'): Eligibility => ({ ok: false, rule, field, message });

const URBAN_NEEDS_RECOGNITION = '城镇公益性岗位须安置已认定的就业困难人员（或零就业家庭成员）';

/** BR-16 urban, a new placement: without a recognition holding the category, only K04 by the household (BR-15). */
function urbanWithoutRecognition(rec: RecognitionSpan | null, basis: PlacementBasis): Eligibility {
  if (!rec) return no(`${URBAN_NEEDS_RECOGNITION}：该人员在 ${basis.date} 没有有效的就业困难人员认定`, 'basisCode');
  const held = rec.categories.map(difficultyCategoryLabel).join('、');
  const label = difficultyCategoryLabel(basis.code);
  return no(`${URBAN_NEEDS_RECOGNITION}：该人员 ${basis.date} 有效的认定类别为“${held}”，不含“${label}”`, 'basisCode');
}

function confirm(code: string, f: PersonFacts, onDate: string, rules: CategoryRules): Eligibility {
  const c = checkCategory(code, f, onDate, rules);
  if (c.outcome === 'pass') return { ok: true, source: 'recorded' };
  const label = difficultyCategoryLabel(code);
  // K04 with a member's 目前状况 the records cannot read: the why names the member.
  if (c.outcome === 'manual' && code === 'K04')
    return no(`安置类别“${label}”不能按人员信息确认：${c.why}后才能作为安置依据`, 'basisCode');
  if (c.outcome === 'manual')
    return no(`安置类别“${label}”在人员信息中无法核对，须先经就业困难人员认定后才能作为安置依据`, 'basisCode');
  return no(`登记的安置类别“${label}”与人员信息不符：${c.why}`, 'basisCode');
}

export function placementEligibility(
  area: 'urban' | 'rural',
  basis: PlacementBasis,
  startDate: string,
  f: PersonFacts,
  rural: boolean | null,
  recognitions: readonly RecognitionSpan[],
  rules: PlacementRuleSet,
  entry: PlacementEntry,
): Eligibility {
  const rec = recognitionOn(recognitions, basis.date);
  const byRecognition = basis.list === 'E06' && !!rec && rec.categories.includes(basis.code);
  if (area === 'urban') {
    if (basis.list !== 'E06') {
      return no(
        '城镇公益性岗位的安置对象为就业困难人员或零就业家庭成员，请选择就业困难人员类别作为安置依据',
        'basisList',
      );
    }
    if (byRecognition) return { ok: true, source: 'recognition' };
    if (entry === 'new' && basis.code !== 'K04') return urbanWithoutRecognition(rec, basis);
    return confirm(basis.code, f, basis.date, rules);
  }
  if (rural === null)
    return no('该人员的城乡属性未知，请先在人员信息中填写城乡属性：乡村公益性岗位只安置农村居民', 'personId');
  if (!rural) return no('该人员城乡属性为城镇，乡村公益性岗位只安置农村居民', 'personId');
  const age = ageOn(f.birthDate, startDate);
  if (age > rules.ruralMaxAge) {
    return no(`乡村公益性岗位新上岗人员年龄不超过${rules.ruralMaxAge}周岁，该人员上岗时${age}周岁`, 'startDate');
  }
  if (basis.list === 'E24') {
    if (f.povertyStatus !== basis.code) {
      const actual = isPoorStatus(f.povertyStatus) ? `“${povertyStatusLabel(f.povertyStatus)}”` : '“无”';
      return no(`安置依据“${povertyStatusLabel(basis.code)}”与人员信息不符：人员脱贫/监测状态为${actual}`, 'basisCode');
    }
    return { ok: true, source: 'recorded' };
  }
  if (byRecognition) return { ok: true, source: 'recognition' };
  if (basis.code !== 'K01' && basis.code !== 'K02') {
    return no(
      '乡村公益性岗位的安置对象为脱贫人口、监测对象、农村低收入人口、残疾人或大龄农村劳动力，请选择相应的安置依据',
      'basisCode',
    );
  }
  // Older rural worker: judged on the start date.
  return confirm(basis.code, f, basis.code === 'K01' ? startDate : basis.date, rules);
}
