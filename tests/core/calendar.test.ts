// 工作日历 (issue 19, the working-day calendar of DOMAIN §8) through dispatch on real SQLite files: a year's 法定节假日
// and 调休上班日 added and removed, read by the contact rules; a weekend holiday or a weekday 调休 refused naming the
// date; no change inside a locked month; each change audited; every stored version of the calendar follows.
import { describe, expect, it } from 'vitest';
import { readContactRules, workingCalendar } from '../../electron/core/modules/registrations/config';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { addWorkingDays } from '../../shared/domain/working-days';
import { call, makeCore, must, mustJob, setUpOffice, signedInAs, snapshot } from './harness';
import { refusedAs, refusedBadInput, refusedRule } from './refusals';

describe('working-day calendar', () => {
  it('adds and removes 法定节假日 and 调休上班日 of a year; the working-day rules follow', async () => {
    const core = makeCore();
    await setUpOffice(core);
    expect(await must(core, 'calendar.year', { year: 2026 })).toEqual({
      year: 2026,
      holidays: [],
      workdays: [],
      lockedThrough: null,
    });
    for (const date of ['2026-10-02', '2026-10-01', '2026-10-05'])
      await must(core, 'calendar.setDay', { date, kind: 'holiday' });
    const view = await must(core, 'calendar.setDay', { date: '2026-09-27', kind: 'workday' });
    expect(view).toEqual({
      year: 2026,
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05'],
      workdays: ['2026-09-27'],
      lockedThrough: null,
    });
    expect(await must(core, 'calendar.year', { year: 2025 })).toMatchObject({ holidays: [], workdays: [] });

    // The rules read the calendar: 5 working days from Wednesday 2026-09-30 skip 10-01, 10-02, the weekend and 10-05.
    const rules = readContactRules(core.ctx.db, '2026-11-28');
    expect(rules.holidays).toEqual(['2026-10-01', '2026-10-02', '2026-10-05']);
    expect(addWorkingDays('2026-09-30', 5, rules)).toBe('2026-10-12');

    // Back to an ordinary day.
    expect(await must(core, 'calendar.setDay', { date: '2026-10-05', kind: 'normal' })).toMatchObject({
      holidays: ['2026-10-01', '2026-10-02'],
    });
    expect(addWorkingDays('2026-09-30', 5, readContactRules(core.ctx.db, '2026-11-28'))).toBe('2026-10-09');

    const audit = await must(core, 'audit.list', { entity: 'settings' });
    expect(audit.items.slice(0, 2).map((i) => [i.channel, i.summary])).toEqual([
      ['calendar.setDay', '工作日历：2026-10-05（周一）由“法定节假日”改为“按星期（周一至周五上班）”'],
      ['calendar.setDay', '工作日历：2026-09-27（周日）由“按星期（周一至周五上班）”改为“调休上班日”'],
    ]);
  });

  it('refuses a weekend holiday, a weekday 调休 and a bad year with the field named, writing nothing', async () => {
    const core = makeCore();
    await setUpOffice(core);
    const before = snapshot(core);
    expect(await call(core, 'calendar.setDay', { date: '2026-10-03', kind: 'holiday' })).toMatchObject(
      refusedBadInput({ date: '2026-10-03（周六）是周末，本来就不上班，不用设为法定节假日' }),
    );
    expect(await call(core, 'calendar.setDay', { date: '2026-10-08', kind: 'workday' })).toMatchObject(
      refusedBadInput({ date: '2026-10-08（周四）是工作日，只有周六、周日或法定节假日才能设为调休上班日' }),
    );
    expect(await call(core, 'calendar.setDay', { date: '2026-02-30', kind: 'holiday' })).toMatchObject(
      refusedBadInput({ date: '日期不是有效的日期' }),
    );
    expect(await call(core, 'calendar.year', { year: 1999 })).toMatchObject(
      refusedBadInput({ year: '年份应在 2000–2100 之间' }),
    );
    expect(snapshot(core)).toBe(before);
  });

  it('sets a statutory holiday weekday the county works as 调休上班日; the working days count it', async () => {
    const core = makeCore(undefined, '2026-12-20');
    await setUpOffice(core);
    // 元旦 2027-01-01 (周五): a statutory holiday of a year whose notice is not built in, a day off without an entry.
    const off = workingCalendar(readContactRules(core.ctx.db, '2026-12-31'), '2026-12-31');
    expect(addWorkingDays('2026-12-31', 1, off)).toBe('2027-01-04');
    expect(await must(core, 'calendar.setDay', { date: '2027-01-01', kind: 'workday' })).toEqual({
      year: 2027,
      holidays: [],
      workdays: ['2027-01-01'],
      lockedThrough: null,
    });
    const worked = workingCalendar(readContactRules(core.ctx.db, '2026-12-31'), '2026-12-31');
    expect(addWorkingDays('2026-12-31', 1, worked)).toBe('2027-01-01');
    // 国庆 2026-10-01 (周四) of the built-in 2026 schedule: filled in as 法定节假日, then worked.
    await must(core, 'calendar.fillNational', { year: 2026 });
    const view = await must(core, 'calendar.setDay', { date: '2026-10-01', kind: 'workday' });
    expect([view.holidays.includes('2026-10-01'), view.workdays.includes('2026-10-01')]).toEqual([false, true]);
    expect(addWorkingDays('2026-09-30', 1, readContactRules(core.ctx.db, '2026-11-28'))).toBe('2026-10-01');
    const audit = await must(core, 'audit.list', { entity: 'settings' });
    expect(audit.items[0].summary).toBe('工作日历：2026-10-01（周四）由“法定节假日”改为“调休上班日”');
  });

  it('refuses a day inside or before a locked month', async () => {
    const core = makeCore();
    await setUpOffice(core);
    await mustJob(core, 'periodLocks.lock', { month: '2026-10' });
    const before = snapshot(core);
    const msg = '2026年10月已锁定（已上报），不能更改该月及以前的工作日安排';
    for (const date of ['2026-10-01', '2026-05-01'])
      expect(await call(core, 'calendar.setDay', { date, kind: 'holiday' })).toMatchObject(refusedRule('date', msg));
    expect(snapshot(core)).toBe(before);
    expect((await must(core, 'calendar.setDay', { date: '2026-11-02', kind: 'holiday' })).lockedThrough).toBe(
      '2026-10',
    );
  });

  it('changes the day in every stored version of the calendar', async () => {
    const core = makeCore();
    await setUpOffice(core);
    writeSetting(
      core.ctx.db,
      'calendar.workingDays',
      { holidays: ['2025-01-01'], workdays: [] },
      '古丽',
      '2025-01-01T00:00:00Z',
    );
    writeSetting(
      core.ctx.db,
      'calendar.workingDays',
      { holidays: ['2026-01-01'], workdays: [] },
      '古丽',
      '2026-01-01T00:00:00Z',
      '2026-01-01',
    );
    await must(core, 'calendar.setDay', { date: '2026-12-31', kind: 'holiday' });
    expect(readContactRules(core.ctx.db, '2025-06-01').holidays).toEqual(['2025-01-01', '2026-12-31']);
    expect(readContactRules(core.ctx.db, '2026-06-01').holidays).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('a 只读 account may read the calendar but not change it', async () => {
    const core = makeCore();
    const s = signedInAs(core, 'chakan', 'readonly');
    expect((await core.invoke('calendar.year', { year: 2026 }, s)).ok).toBe(true);
    expect(await core.invoke('calendar.setDay', { date: '2026-10-01', kind: 'holiday' }, s)).toMatchObject(
      refusedAs('FORBIDDEN'),
    );
  });

  it("fills a built-in year with the State Council schedule, keeping the county's own days; refuses other years and locked months", async () => {
    const core = makeCore();
    await setUpOffice(core);
    // A county day (the region's own holiday) is kept; a national day entered by hand is not doubled.
    await must(core, 'calendar.setDay', { date: '2026-03-20', kind: 'holiday' });
    await must(core, 'calendar.setDay', { date: '2026-10-01', kind: 'holiday' });
    const view = await must(core, 'calendar.fillNational', { year: 2026 });
    // 2026: 元旦 1-1..1-3, 春节 2-15..2-23, 清明 4-4..4-6, 劳动节 5-1..5-5, 端午 6-19..6-21, 中秋 9-25..9-27,
    // 国庆 10-1..10-7 — weekdays only; 调休上班 1-4, 2-14, 2-28, 5-9, 9-20, 10-10.
    expect(view.holidays).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-23',
      '2026-03-20',
      '2026-04-06',
      '2026-05-01',
      '2026-05-04',
      '2026-05-05',
      '2026-06-19',
      '2026-09-25',
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(view.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    // The rules read it: 5 working days from Wednesday 2026-09-30 end on Tuesday 10-13 (10-10 is worked).
    expect(addWorkingDays('2026-09-30', 5, readContactRules(core.ctx.db, '2026-11-28'))).toBe('2026-10-13');
    const audit = await must(core, 'audit.list', { entity: 'settings' });
    expect(audit.items[0].summary).toBe('工作日历：填入2026年全国节假日安排（法定节假日 19 天，调休上班日 6 天）');

    const before = snapshot(core);
    expect(await call(core, 'calendar.fillNational', { year: 2027 })).toMatchObject(
      refusedBadInput({ year: '系统内置的全国节假日安排只有2025年、2026年，2027年请按国务院办公厅的通知逐日录入' }),
    );
    expect(snapshot(core)).toBe(before);
    await mustJob(core, 'periodLocks.lock', { month: '2025-12' });
    const locked = snapshot(core);
    expect(await call(core, 'calendar.fillNational', { year: 2025 })).toMatchObject(
      refusedAs('RULE_VIOLATION', '2025年12月已锁定（已上报），不能更改该月及以前的工作日安排'),
    );
    expect(snapshot(core)).toBe(locked);
  });
});
