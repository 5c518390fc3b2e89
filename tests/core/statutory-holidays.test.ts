// A year whose State Council notice is not built in (2027): the fixed-date holidays of 《全国年节及纪念日放假办法》
// (元旦 1月1日 …) are still days off, so January 2027's 应出勤天数 and BR-04 working days do not count 1 January; the
// 工作日历 tab and the 首页 reminder that the year's notice is missing stay as they are.
import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../shared/domain/working-days';
import { readContactRules, workingCalendar } from '../../electron/core/modules/registrations/config';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { makeCore, must } from './harness';
import { CALENDAR_2026, subsidyCounty } from './subsidies-fixtures';

describe('statutory fixed-date holidays of a year not built in', () => {
  it('January 2027: 20 working days on post, not 21; the calendar and its reminder unchanged', async () => {
    const core = makeCore(undefined, '2027-01-20');
    const c = await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2027-01' });
    const grid = await must(core, 'attendance.grid', { month: '2027-01', employerId: c.employerId });
    expect(grid.restDays.slice(0, 3)).toEqual([1, 2, 3]);
    expect(grid.rows.find((x) => x.placementId === c.urbanPlacementId)).toMatchObject({
      daysOnPost: 31,
      requiredDays: 20,
      attendedDays: 20,
    });
    // BR-04: registered Monday 2026-12-28, five working days: 29, 30, 31, (1 January off), 4, 5.
    const december = readContactRules(core.ctx.db, '2026-12-28');
    expect(addWorkingDays('2026-12-28', 5, workingCalendar(december, '2026-12-28'))).toBe('2027-01-05');
    // The stored days the contact rules answer stay as the county entered them.
    expect(december.holidays).toEqual(CALENDAR_2026.holidays);
    // Nothing stored: the tab shows 2027 as not entered and 首页 still asks for the notice.
    expect((await must(core, 'calendar.year', { year: 2027 })).holidays).toEqual([]);
    expect((await must(core, 'home.overview', {})).calendarToEnter).toEqual({ year: 2027, builtIn: false });
  });

  it('the clerk’s own entry for such a day wins', async () => {
    const core = makeCore(undefined, '2027-01-20');
    writeSetting(
      core.ctx.db,
      'calendar.workingDays',
      { holidays: CALENDAR_2026.holidays, workdays: [...CALENDAR_2026.workdays, '2027-01-01'] },
      '古丽',
      '2026-01-01T00:00:00.000Z',
    );
    const rules = workingCalendar(readContactRules(core.ctx.db, '2027-01-01'), '2027-01-01');
    expect(rules.holidays).not.toContain('2027-01-01');
    expect(rules.holidays).toContain('2027-10-01');
    expect(addWorkingDays('2026-12-31', 1, rules)).toBe('2027-01-01');
  });
});
