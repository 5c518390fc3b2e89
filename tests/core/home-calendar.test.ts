import { describe, expect, it } from 'vitest';
import { calendarToEnter } from '../../electron/core/modules/settings/calendar';
import { makeCore, must, setUpOffice, tempDir } from './harness';

// 首页's working-calendar reminder: the year whose 法定节假日 are not entered — this year, or from 1 December the next
// (settings/calendar.ts calendarToEnter). Read through home.overview, which is kept until a write: entering a day
// must clear the reminder at the next read.

async function coreOn(today: string) {
  const core = makeCore(tempDir(), today);
  await setUpOffice(core);
  return core;
}

const reminderOf = async (core: Awaited<ReturnType<typeof coreOn>>, townshipId?: string) =>
  (await must(core, 'home.overview', { townshipId })).calendarToEnter;

describe('home.overview calendarToEnter', () => {
  it('names this year until it has a 法定节假日, then nothing before December', async () => {
    const core = await coreOn('2026-11-28');
    expect(await reminderOf(core)).toEqual({ year: 2026, builtIn: true });
    await must(core, 'calendar.fillNational', { year: 2026 });
    expect(await reminderOf(core)).toBeNull();
  });

  it('from 1 December names the next year; a year not built in says so; one holiday entered clears it', async () => {
    const core = await coreOn('2026-12-01');
    // This year first while it lacks its own days.
    expect(await reminderOf(core)).toEqual({ year: 2026, builtIn: true });
    await must(core, 'calendar.fillNational', { year: 2026 });
    expect(await reminderOf(core)).toEqual({ year: 2027, builtIn: false });
    // Days of the next year worked on a weekend alone do not make the year entered.
    await must(core, 'calendar.setDay', { date: '2027-01-09', kind: 'workday' });
    expect(await reminderOf(core)).toEqual({ year: 2027, builtIn: false });
    await must(core, 'calendar.setDay', { date: '2027-01-01', kind: 'holiday' });
    expect(await reminderOf(core)).toBeNull();
    // Removing the only holiday brings it back.
    await must(core, 'calendar.setDay', { date: '2027-01-01', kind: 'normal' });
    expect(await reminderOf(core)).toEqual({ year: 2027, builtIn: false });
  });

  it('in December of a year whose next year is built in, offers the one-click fill', async () => {
    const core = await coreOn('2025-12-20');
    await must(core, 'calendar.fillNational', { year: 2025 });
    expect(await reminderOf(core)).toEqual({ year: 2026, builtIn: true });
  });

  it('is county-wide: a township-narrowed 首页 carries it too', async () => {
    const core = await coreOn('2026-12-05');
    const township = await must(core, 'regions.create', { parentId: null, code: '653121101000', name: '乌帕尔镇' });
    expect(await reminderOf(core, township.id)).toEqual({ year: 2026, builtIn: true });
  });

  it('the rule itself on dates at the year boundary (calendar read from the database)', async () => {
    const core = await coreOn('2026-11-30');
    await must(core, 'calendar.fillNational', { year: 2026 });
    expect(calendarToEnter(core.ctx.db, '2026-11-30')).toBeNull();
    expect(calendarToEnter(core.ctx.db, '2026-12-01')).toEqual({ year: 2027, builtIn: false });
    expect(calendarToEnter(core.ctx.db, '2026-12-31')).toEqual({ year: 2027, builtIn: false });
    // On 1 January the new year is this year: still missing.
    expect(calendarToEnter(core.ctx.db, '2027-01-01')).toEqual({ year: 2027, builtIn: false });
    expect(calendarToEnter(core.ctx.db, '2025-06-01')).toEqual({ year: 2025, builtIn: true });
  });
});
