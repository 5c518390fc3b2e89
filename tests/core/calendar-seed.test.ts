import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../scripts/seed/demo';
import { nationalCalendar } from '../../shared/domain/national-holidays';
import { makeCore, must } from './harness';

// The demo county's working calendar: the built-in national schedules up to the working date's year are filled in
// first, so the seeded 应出勤天数 count the holidays; the next year is left empty, so in December 首页 reminds.
describe('seeded working calendar', () => {
  it('fills 2025 and 2026 before the attendance is made, and leaves 2027 to the clerk', async () => {
    const core = makeCore(undefined, '2026-12-05');
    await seedDemo(core, { persons: 300, today: '2026-12-05', seed: 7 });
    for (const year of [2025, 2026]) {
      const entered = await must(core, 'calendar.year', { year });
      expect(entered.holidays).toEqual(nationalCalendar(year)!.holidays);
      expect(entered.workdays).toEqual(nationalCalendar(year)!.workdays);
    }
    expect((await must(core, 'calendar.year', { year: 2027 })).holidays).toEqual([]);
    expect((await must(core, 'home.overview', {})).calendarToEnter).toEqual({ year: 2027, builtIn: false });
    // October 2026: 22 weekdays, 1–2 and 5–7 off, Saturday the 10th worked → 18 working days on a full month.
    const october = core.ctx.db
      .prepare(
        `SELECT DISTINCT required_days AS d FROM attendance_months WHERE month = '2026-10' AND days_on_post = 31`,
      )
      .all() as { d: number }[];
    expect(october.length).toBeGreaterThan(0);
    expect(october.map((r) => r.d)).toEqual([18]);
  }, 120_000);
});
