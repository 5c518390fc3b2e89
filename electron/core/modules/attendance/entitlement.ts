// BR-18 on attendance: a month after the end of the person's subsidy period (36 months in all, or to retirement —
// placements/subsidy.ts) keeps its attendance row (the person may stay on post, BR-21 lists every placement on post)
// but pays nothing: 岗位补贴 and 社保补贴 are 0 and the row says why (VR-15: no subsidy beyond the period).
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import type { RetirementCategory } from '../../../../shared/domain/retirement';
import { entitlementEndsOf, toSpan, type RulesCache } from '../placements/subsidy';
import { chineseMonth } from '../../../../shared/domain/dates';

export interface SpanWithPerson {
  id: string;
  post_id: string;
  person_id: string;
  start_date: string;
  leave_date: string | null;
  new_cycle: 0 | 1;
  birth_date: string;
  retirement_category: RetirementCategory;
}

/**
 * The last subsidised month of each placement's entitlement (null = not reached by the recorded placements), for
 * the placements of the given persons. One statement for all persons; one period per entitlement cycle, the rules
 * cached per cycle start.
 */
export function entitlementEnds(
  db: Database.Database,
  personIds: readonly string[],
  asOf: string,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (!personIds.length) return out;
  const rows = prepared(
    db,
    `SELECT pl.id, pl.post_id, pl.person_id, pl.start_date, pl.leave_date, pl.new_cycle, pe.birth_date, pe.retirement_category
    FROM placements pl JOIN persons pe ON pe.id = pl.person_id
    WHERE pl.deleted_at IS NULL AND pl.person_id IN (SELECT value FROM json_each(?)) ORDER BY pl.person_id, pl.start_date, pl.id`,
  ).all(JSON.stringify([...new Set(personIds)])) as SpanWithPerson[];
  const byPerson = new Map<string, SpanWithPerson[]>();
  for (const r of rows) {
    const list = byPerson.get(r.person_id);
    if (list) list.push(r);
    else byPerson.set(r.person_id, [r]);
  }
  const cache: RulesCache = new Map();
  for (const spans of byPerson.values())
    for (const [id, end] of entitlementEndsOf(db, spans[0], spans.map(toSpan), asOf, cache)) out.set(id, end);
  return out;
}

/** True when `month` lies after the entitlement end (no subsidy is due for it). */
export const beyondEntitlement = (end: string | null | undefined, month: string): boolean => end != null && month > end;

/** What the grid and the person page say about a month after the entitlement end. */
export function entitlementNote(end: string | null | undefined, month: string): string | null {
  if (!beyondEntitlement(end, month)) return null;
  return `补贴期限已于${chineseMonth(end!)}届满，本月在岗但不再发放岗位补贴和社保补贴`;
}
