// Warm-up (issues 17 and 13): what the first 首页, the first month work list and the navigation badges read after
// start is computed in the background, so that by the time a clerk has signed in those reads find kept answers
// (db/memo.ts). It runs again after a job ends (an import's commit drops the month's state) and when the working
// date changes; a part still kept is not computed again.
//
// Interactive calls never wait long behind it: each part runs in its own turn of the event loop, and the parts that
// read the whole county (the month's state, the registration trend, RPT-12) are built chunk by chunk in slices of
// SLICE_MS (db/sliced.ts over db/memo-slices.ts buildInSlices), calls answered between them; the county's work lists are
// sorted in slices too (month-state.ts warmMemberList). A read of a part meanwhile gets the correct answer: a part
// not yet kept is computed by the read itself, the month's state being built has its remaining slices built by
// that read, writes made meanwhile are patched in or drop it (memo.ts), and a list built while a write was patched
// in is not kept.
// A part that fails is logged (logs/core.log) and the others go on; nothing a call sees depends on the warm-up.
import type { WorklistKind } from '../../../../shared/contract/contact-worklists';
import { monthOf } from '../../../../shared/domain/dates';
import type { CoreContext } from '../../context';
import { nextTurn, SLICE_MS } from '../../excel/import/pace';
import { warmMemberList, warmMonthState } from '../contact-worklists/month-state';
import { rpt12 } from '../contacts/reports/rpt12';
import { warmRpt12State } from '../contacts/reports/rpt12-state';
import { withReportPeriod } from '../reports/statistical-period';
import { navigationBadges } from './badges';
import { registeredTrendSlices } from './figures';
import { homeOverview, homePartKey, homeParts } from './overview';
import { buildByChunks, type Paced } from '../../db/sliced';

export interface WarmUpOptions {
  /** Awaited before each part (tests: a gate that holds the warm-up there). */
  beforePart?: (part: string) => Promise<void>;
  /** Awaited between the sliced parts' slices (default: the next turn of the event loop). */
  breathe?: () => Promise<void>;
  /** Registrations (persons for RPT-12) read per statement by the sliced parts (default 500). */
  chunk?: number;
  sliceMs?: number;
}

export interface WarmUp {
  /** Starts a warm-up, or another one after the one running (something was dropped meanwhile). */
  request(): void;
  /** Resolves when no warm-up runs and none is waiting. */
  idle(): Promise<void>;
  /** No part starts after this (the core closes). */
  stop(): void;
  /**
   * The parts of the last warm-up: milliseconds in all and the longest time the thread was held without a turn
   * of the event loop (bench).
   */
  readonly last: { part: string; ms: number; longest: number }[];
}

class WarmUpStopped extends Error {}

const KINDS: WorklistKind[] = ['toContact', 'lostContact', 'firstContactDue'];

/** Kept like keptUntilWrite: a write to a table it read drops it (no table it patches itself for). */
const UNTIL_WRITE = { tables: [], apply: <T>(v: T) => v };

/**
 * The county's 12-month registration trend (home.trend.registered, figures.ts registeredTrend: one pass over every
 * open registration) in slices of twenty chunks of persons (10,000), through db/sliced.ts like the month's state.
 */
function warmRegisteredTrend(ctx: CoreContext, month: string, key: string, o: Paced): Promise<boolean> {
  const slices = registeredTrendSlices(ctx.db, month, null, o.chunk * 20);
  let last = { sums: [] as number[], done: false };
  return buildByChunks<number[]>(
    ctx,
    key,
    UNTIL_WRITE,
    o,
    () => (last = slices.next()).done,
    () => last.sums,
  );
}

/** The parts in the order they are warmed: the month's state first (the work lists, badges and 首页 read it). */
function parts(ctx: CoreContext, o: WarmUpOptions, slice: (ms: number) => void): [string, () => unknown][] {
  const month = monthOf(ctx.today());
  const paced: Paced = {
    breathe: o.breathe ?? nextTurn,
    sliceMs: o.sliceMs ?? SLICE_MS,
    chunk: o.chunk ?? 500,
    slice,
  };
  const home = Object.entries(homeParts(ctx, month, undefined)).filter(([k]) => k !== 'contacts');
  return [
    ['contacts', () => warmMonthState(ctx, month, paced)],
    ['home.registered.slices', () => warmRegisteredTrend(ctx, month, homePartKey('trend.registered', month), paced)],
    ...home.map(([k, f]): [string, () => unknown] => [`home.${k}`, f]),
    // What the 首页 shows by default (home.overview with no month nor 乡镇), composed from the parts above.
    ['home', () => homeOverview(ctx, { month: undefined, townshipId: undefined })],
    ['badges', () => navigationBadges(ctx)],
    // The county's lists in their default order (the page's first read), sorted in slices; a 乡镇经办's are cut
    // from the same rows.
    ...KINDS.map((kind): [string, () => unknown] => [`list.${kind}`, () => warmMemberList(ctx, kind, month, paced)]),
    // RPT-12 of the running month's report period (CFG-26), what an export of it takes at hand-over.
    ['rpt12', () => warmRpt12State(ctx, withReportPeriod(ctx.db, rpt12, { month, today: ctx.today() }), paced)],
  ];
}

export function startWarmUp(ctx: CoreContext, o: WarmUpOptions = {}): WarmUp {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const last: WarmUp['last'] = [];
  let longest = 0;
  const slice = (ms: number) => (longest = Math.max(longest, ms));
  const tenths = (ms: number) => Math.round(ms * 10) / 10;

  // A sliced part stops at its next breath once the core closes (its connection is gone).
  const guarded: WarmUpOptions = {
    ...o,
    breathe: async () => {
      await (o.breathe ?? nextTurn)();
      if (stopped) throw new WarmUpStopped();
    },
  };
  const once = async () => {
    last.length = 0;
    for (const [part, run] of parts(ctx, guarded, slice)) {
      await o.beforePart?.(part);
      await nextTurn();
      if (stopped) return;
      const started = performance.now();
      longest = 0;
      let sliced = false;
      try {
        const done = run();
        sliced = done instanceof Promise;
        await done;
      } catch (err) {
        if (err instanceof WarmUpStopped) return;
        ctx.logError(err, `warm-up ${part}`);
      }
      const ms = performance.now() - started;
      last.push({ part, ms: tenths(ms), longest: tenths(sliced ? longest : ms) });
    }
  };
  const loop = async () => {
    try {
      do {
        again = false;
        await once();
      } while (again && !stopped);
    } catch (err) {
      ctx.logError(err, 'warm-up');
    } finally {
      running = null;
    }
  };
  return {
    request() {
      if (stopped) return;
      if (running) again = true;
      else running = loop();
    },
    idle: async () => {
      while (running) await running;
    },
    stop() {
      stopped = true;
    },
    last,
  };
}
