import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../scripts/seed/demo';
import { makeCore, must } from './harness';

// BR-06 in the demo county (npm run seed): whatever the working date, 待就业援助 shows a handful of persons, its count
// equals its list, and the persons listed are recognised, registered or not, with no SV7 in the months counted.
describe('seeded 待就业援助', () => {
  it.each(['2026-12-06', '2025-06-15'])(
    'leaves a handful due on %s',
    async (today) => {
      const core = makeCore(undefined, today);
      await seedDemo(core, { persons: 600, today, seed: 20260101 });
      const counts = await must(core, 'recognitionWorklists.counts', {});
      expect(counts.assistanceDue).toBeGreaterThanOrEqual(2);
      expect(counts.assistanceDue).toBeLessThanOrEqual(15);
      // The exits the seed makes are for persons with no registration: 应退出 keeps its own.
      expect(counts.shouldExit).toBeGreaterThan(0);
      const list = await must(core, 'recognitionWorklists.assistanceDue', { page: 1, pageSize: 50 });
      expect(list.total).toBe(counts.assistanceDue);
      expect(list.items.every((i) => i.stage === 'recognised' && (i.daysWithoutAssistance ?? 999) >= 89)).toBe(true);
      const home = await must(core, 'home.overview', {});
      expect(home.reminders.find((r) => r.key === 'assistanceDue')?.count).toBe(counts.assistanceDue);
    },
    120_000,
  );
});
