import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { HomeOverview } from '../../shared/contract/home';
import { monthOf } from '../../shared/domain/dates';
import { commitElsewhere, makeCore, must, TODAY } from './harness';
import { seedSteps } from './seeded';
import { statementsOf } from './statements';

// 首页 after another connection's commit (issue 17): a roster generated in the job worker (its own thread and
// connection) marks the tables it wrote on the board shared with the interactive connection (db/job-writes.ts), so
// 首页 recomputes only the figures that read them; the rest is served as kept.

const JOB_WORKER = new URL('../../electron/core/jobs/job-worker-dev.mjs', import.meta.url).href;

let open: Core | null = null;
afterEach(async () => {
  if (open) {
    open.close();
    await open.closed();
  }
  open = null;
});

describe('home.overview after the job worker commits', () => {
  it('recomputes the figures that read the tables written and keeps the others', async () => {
    const core = makeCore(undefined, undefined, { jobWorker: JOB_WORKER });
    open = core;
    await seedSteps(core, {
      persons: 300,
      posts: { posts: 30, placements: 60 },
      subsidyMonths: 2,
      registrations: true,
      recognitions: false,
      seed: 3,
    });
    const before = await must(core, 'home.overview', {});
    const drafts = before.reminders.find((r) => r.key === 'batchesToReview')!.count;

    const month = monthOf(TODAY);
    let after: HomeOverview | null = null;
    await must(core, 'subsidies.generateBatch', { kind: 'post', month });
    expect(core.ctx.lane!.handedOver).toBe(1);
    const ran = await statementsOf(core.ctx.db, async () => (after = await must(core, 'home.overview', {})));
    // The roster generation wrote subsidy_batches and their items: the subsidy reminders read them again...
    expect(ran.some((s) => s.includes('FROM subsidy_batches'))).toBe(true);
    expect(after!.reminders.find((r) => r.key === 'batchesToReview')!.count).toBe(drafts + 1);
    // ...while the trends, the stock figures, the composition and the contact counts are served as kept.
    const read = (table: string) => ran.filter((s) => !s.startsWith('EXPLAIN') && s.includes(table));
    expect(read('registrations')).toEqual([]);
    expect(read('recognitions')).toEqual([]);
    expect(read('contacts')).toEqual([]);
    expect(read('pl.basis_list')).toEqual([]);
    expect(after!.charts.trend).toEqual(before.charts.trend);
    expect(after!.figures).toEqual(before.figures);

    // A commit the job worker does not explain (another program) still drops every kept answer.
    commitElsewhere(core, "UPDATE placements SET deleted_at = '2026-11-28T00:00:00.000Z'");
    const emptied = await must(core, 'home.overview', {});
    expect(before.figures.onPost.current).toBeGreaterThan(0);
    expect(emptied.figures.onPost.current).toBe(0);
    expect(emptied.charts.postComposition).toEqual([]);
  }, 90_000);
});
