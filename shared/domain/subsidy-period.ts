// BR-18 Subsidy period of a person on 公益性岗位 (岗位补贴 and 社保补贴), as a pure rule (S3, S1, S21).
//
// Let F = the first month of the person's entitlement (subsidy_first_month: the start month of the first ever
// placement) and R = the statutory retirement month (BR-02, with the 2025 reform).
// - months(F → R) < CFG-05 (60): the subsidy may run until retirement; the last month is the month before R
//   (CFG-08 default) or R itself (CFG-08 alternative); extended_to_retirement = true.
// - otherwise: at most CFG-04 (36) subsidy months in total, counted across ALL the person's placements; gaps
//   do not reset the count.
// - CFG-06 (2020 only, S1): when the cap is reached in the dated window (2020-01..2020-12) the entitlement
//   gets +12 months once.
// - CFG-07 (S21): a repeat placement of a special-hardship person after expiry starts a NEW entitlement; such a
//   placement is marked `newCycle` and F becomes its start month. Earlier placements keep their own cycle.
//
// Month counting [D]: a calendar month counts as one subsidy month when the person is on a post on at least one
// day of it — the same test as the roster (BR-19 pays a prorated subsidy for every month with days on post,
// BR-21 lists every placement with days_on_post > 0). Months on overlapping or adjacent placements count once.
// After the cap is reached the person may stay on post, but no further month is subsidised.
import { addMonths, monthsBetween } from './dates';

export interface SubsidyRules {
  /** CFG-04 subsidy_max_months. */
  maxMonths: number;
  /** CFG-05 near_retirement_window_months, measured at the first approval. */
  nearRetirementMonths: number;
  /** CFG-08: last month = month before retirement (default) or the retirement month itself. */
  endRule: 'monthBeforeRetirement' | 'retirementMonth';
  /** CFG-06: entitlements whose cap is reached in [fromMonth, toMonth] get `months` more; null = off. */
  extension: { fromMonth: string; toMonth: string; months: number } | null;
}

export const DEFAULT_SUBSIDY_RULES: SubsidyRules = {
  maxMonths: 36,
  nearRetirementMonths: 60,
  endRule: 'monthBeforeRetirement',
  extension: { fromMonth: '2020-01', toMonth: '2020-12', months: 12 },
};

/** One placement as months: endMonth null = still on post (open). */
export interface SubsidySpan {
  startMonth: string;
  endMonth: string | null;
  /** CFG-07 repeat placement: starts a new entitlement. */
  newCycle?: boolean;
}

export interface SubsidyPeriodInput {
  /** R: statutory retirement month (BR-02). */
  retirementMonth: string;
  /** The placements of ONE entitlement cycle (see cyclesOf), any order. */
  spans: readonly SubsidySpan[];
  /** Months used and left are counted up to and including this month. */
  asOfMonth: string;
  rules: SubsidyRules;
}

export interface SubsidyPeriod {
  /** F: first month of the entitlement. */
  firstMonth: string;
  /** The last month subsidy may be paid for at all (CFG-08): R − 1 or R. */
  limitMonth: string;
  /** months(F → R) < CFG-05: subsidy runs until limitMonth. */
  extendedToRetirement: boolean;
  /** Total months allowed (CFG-04, + CFG-06 when applied); null when extended to retirement. */
  capMonths: number | null;
  /** CFG-06 applied: the cap was reached inside the dated window. */
  extensionApplied: boolean;
  /**
   * Last subsidised month: limitMonth when extended; when capped, the month the cap is reached (open placements
   * run on), never after limitMonth. null when the recorded placements, all closed, do not reach the cap.
   */
  endMonth: string | null;
  /** Subsidised months up to asOfMonth. */
  monthsUsed: number;
  /** Months still available after asOfMonth (or from F when the entitlement starts later). */
  monthsLeft: number;
}

const OPEN = '9999-12';

/** Month ranges of the spans merged into disjoint, ascending runs (adjacent runs joined). */
function mergedRuns(spans: readonly SubsidySpan[]): { from: string; to: string }[] {
  const sorted = spans
    .map((s) => ({ from: s.startMonth, to: s.endMonth ?? OPEN }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const runs: { from: string; to: string }[] = [];
  for (const s of sorted) {
    if (s.to < s.from) continue;
    const last = runs[runs.length - 1];
    if (last && (s.from <= last.to || (last.to !== OPEN && addMonths(last.to, 1) === s.from))) {
      if (s.to > last.to) last.to = s.to;
    } else runs.push({ ...s });
  }
  return runs;
}

const runLength = (from: string, to: string) => monthsBetween(from, to) + 1;

/** Counted months ≤ month. */
function monthsUpTo(runs: { from: string; to: string }[], month: string): number {
  let n = 0;
  for (const r of runs) {
    if (r.from > month) break;
    n += runLength(r.from, r.to < month ? r.to : month);
  }
  return n;
}

/** The month in which the n-th counted month falls; null when the runs hold fewer than n months. */
function nthMonth(runs: { from: string; to: string }[], n: number): string | null {
  let left = n;
  for (const r of runs) {
    const len = r.to === OPEN ? Infinity : runLength(r.from, r.to);
    if (left <= len) return addMonths(r.from, left - 1);
    left -= len;
  }
  return null;
}

const minMonth = (a: string, b: string) => (a < b ? a : b);
const maxMonth = (a: string, b: string) => (a > b ? a : b);

/** BR-18 for one entitlement cycle. Throws RangeError when spans is empty or a month is invalid. */
export function subsidyPeriod(input: SubsidyPeriodInput): SubsidyPeriod {
  const { rules, retirementMonth: R, asOfMonth } = input;
  if (!input.spans.length) throw new RangeError('subsidyPeriod needs at least one placement');
  const runs = mergedRuns(input.spans);
  const F = input.spans.reduce((m, s) => minMonth(m, s.startMonth), input.spans[0].startMonth);
  const limitMonth = rules.endRule === 'retirementMonth' ? R : addMonths(R, -1);
  const extendedToRetirement = monthsBetween(F, R) < rules.nearRetirementMonths;
  // Months still open to the entitlement after asOf (or from F on, when it begins later), up to the limit.
  const horizonFrom = maxMonth(asOfMonth, addMonths(F, -1));
  const available = Math.max(0, monthsBetween(horizonFrom, limitMonth));
  const usedUpTo = minMonth(asOfMonth, limitMonth);

  if (extendedToRetirement) {
    return {
      firstMonth: F,
      limitMonth,
      extendedToRetirement,
      capMonths: null,
      extensionApplied: false,
      endMonth: limitMonth,
      monthsUsed: monthsUpTo(runs, usedUpTo),
      monthsLeft: available,
    };
  }
  let cap = rules.maxMonths;
  let reach = nthMonth(runs, cap);
  let extensionApplied = false;
  const ext = rules.extension;
  if (ext && reach !== null && reach >= ext.fromMonth && reach <= ext.toMonth) {
    cap += ext.months;
    reach = nthMonth(runs, cap);
    extensionApplied = true;
  }
  const endMonth = reach === null ? null : minMonth(reach, limitMonth);
  const monthsUsed = Math.min(cap, monthsUpTo(runs, endMonth ? minMonth(usedUpTo, endMonth) : usedUpTo));
  return {
    firstMonth: F,
    limitMonth,
    extendedToRetirement,
    capMonths: cap,
    extensionApplied,
    endMonth,
    monthsUsed,
    monthsLeft: Math.max(0, Math.min(cap - monthsUsed, available)),
  };
}

/**
 * The person's placements split into entitlement cycles: a span marked newCycle (CFG-07 repeat placement)
 * starts a new cycle; the others belong to the cycle of the latest newCycle span that starts on or before them.
 */
export function cyclesOf<T extends SubsidySpan>(spans: readonly T[]): T[][] {
  const sorted = [...spans].sort((a, b) => (a.startMonth < b.startMonth ? -1 : a.startMonth > b.startMonth ? 1 : 0));
  const cycles: T[][] = [];
  for (const s of sorted) {
    if (!cycles.length || s.newCycle) cycles.push([s]);
    else cycles[cycles.length - 1].push(s);
  }
  return cycles;
}

/** The subsidy end month shown on one placement (§3.8): the entitlement's end, or its own last month if earlier. */
export function spanEndMonth(period: SubsidyPeriod, span: SubsidySpan): string | null {
  if (span.endMonth === null) return period.endMonth;
  return period.endMonth === null ? span.endMonth : minMonth(period.endMonth, span.endMonth);
}

/** True when a placement starting in startMonth would get no subsidised month (BR-18 exhausted). */
export function isExhaustedAt(period: SubsidyPeriod, startMonth: string): boolean {
  return period.endMonth !== null && period.endMonth < startMonth;
}
