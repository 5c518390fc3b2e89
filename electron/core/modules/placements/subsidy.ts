// BR-18 for stored placements: the person's placements → entitlement cycles → the pure rule of
// shared/domain/subsidy-period.ts. The rules (CFG-04..CFG-08) are those in force on the first day of the cycle
// (the first approval), so a later change of the settings does not rewrite an entitlement already granted.
import type Database from 'better-sqlite3';
import type { SubsidyInfo } from '../../../../shared/contract/placements';
import { monthOf } from '../../../../shared/domain/dates';
import { statutoryRetirement, type RetirementCategory } from '../../../../shared/domain/retirement';
import {
  cyclesOf,
  spanEndMonth,
  subsidyPeriod,
  type SubsidyPeriod,
  type SubsidyRules,
  type SubsidySpan,
} from '../../../../shared/domain/subsidy-period';
import { subsidyRulesOn } from '../posts/config';
import { prepared } from '../../db/prepared';
import { setFirstMonth, type SpanRow } from './queries';

interface PersonRetirement {
  birth_date: string;
  retirement_category: RetirementCategory;
}

type IdSpan = SubsidySpan & { id: string };

export const toSpan = (r: Pick<SpanRow, 'id' | 'start_date' | 'leave_date' | 'new_cycle'>): IdSpan => ({
  id: r.id,
  startMonth: monthOf(r.start_date),
  endMonth: r.leave_date ? monthOf(r.leave_date) : null,
  newCycle: r.new_cycle === 1,
});

/** Rules per first day of a cycle, cached for one request or one report. */
export type RulesCache = Map<string, SubsidyRules>;

function rulesFor(db: Database.Database, firstMonth: string, cache?: RulesCache): SubsidyRules {
  const key = `${firstMonth}-01`;
  let rules = cache?.get(key);
  if (!rules) {
    rules = subsidyRulesOn(db, key);
    cache?.set(key, rules);
  }
  return rules;
}

interface SpanSubsidy {
  period: SubsidyPeriod;
  info: SubsidyInfo;
}

/** The BR-18 period of one entitlement cycle (its spans in order) on `asOf`. */
function cyclePeriod(
  db: Database.Database,
  person: PersonRetirement,
  cycle: readonly IdSpan[],
  asOf: string,
  cache?: RulesCache,
): SubsidyPeriod {
  return subsidyPeriod({
    retirementMonth: statutoryRetirement(person.birth_date, person.retirement_category).month,
    spans: cycle,
    asOfMonth: monthOf(asOf),
    rules: rulesFor(db, cycle[0].startMonth, cache),
  });
}

/** The last subsidised month (BR-18) of every one of the person's spans on `asOf`: one period per cycle. */
export function entitlementEndsOf(
  db: Database.Database,
  person: PersonRetirement,
  spans: readonly IdSpan[],
  asOf: string,
  cache?: RulesCache,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const cycle of cyclesOf(spans)) {
    const end = cyclePeriod(db, person, cycle, asOf, cache).endMonth;
    for (const s of cycle) out.set(s.id, end);
  }
  return out;
}

/** BR-18 of one placement (`targetId`) among the person's spans, on `asOf`. */
export function subsidyOf(
  db: Database.Database,
  person: PersonRetirement,
  spans: readonly IdSpan[],
  targetId: string,
  asOf: string,
  cache?: RulesCache,
): SpanSubsidy {
  const cycle = cyclesOf(spans).find((c) => c.some((s) => s.id === targetId));
  const target = cycle?.find((s) => s.id === targetId);
  if (!cycle || !target) throw new Error(`placement ${targetId} is not among the person's spans`);
  const period = cyclePeriod(db, person, cycle, asOf, cache);
  return {
    period,
    info: {
      firstMonth: period.firstMonth,
      endMonth: spanEndMonth(period, target),
      entitlementEndMonth: period.endMonth,
      extendedToRetirement: period.extendedToRetirement,
      capMonths: period.capMonths,
      extensionApplied: period.extensionApplied,
      monthsUsed: period.monthsUsed,
      monthsLeft: period.monthsLeft,
      limitMonth: period.limitMonth,
      newCycle: target.newCycle === true,
    },
  };
}

/** A placement judged with its person's retirement data, among others (a work list's rows). */
export type SubsidyTarget = PersonRetirement & { id: string; person_id: string };

/**
 * BR-18 of several placements on `asOf` (postWorklists' subsidy and contract lists): the live spans of all their
 * persons read in one statement, then each placement judged among its person's spans.
 */
export function subsidiesOf(
  db: Database.Database,
  targets: readonly SubsidyTarget[],
  asOf: string,
  cache: RulesCache = new Map(),
): Map<string, SubsidyInfo> {
  const spans = new Map<string, IdSpan[]>();
  const rows = prepared(
    db,
    `SELECT id, person_id, post_id, start_date, leave_date, new_cycle FROM placements
     WHERE deleted_at IS NULL AND person_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...new Set(targets.map((t) => t.person_id))])) as (SpanRow & { person_id: string })[];
  for (const s of rows) {
    const list = spans.get(s.person_id);
    if (list) list.push(toSpan(s));
    else spans.set(s.person_id, [toSpan(s)]);
  }
  return new Map(targets.map((t) => [t.id, subsidyOf(db, t, spans.get(t.person_id) ?? [], t.id, asOf, cache).info]));
}

/** Keeps subsidy_first_month of every live placement of the person equal to its cycle's F (§3.8, BR-18). */
export function refreshFirstMonths(db: Database.Database, rows: readonly SpanRow[]): void {
  for (const cycle of cyclesOf(rows.map(toSpan))) for (const s of cycle) setFirstMonth(db, s.id, cycle[0].startMonth);
}
