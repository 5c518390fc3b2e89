import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CalendarDayInput, CalendarYear } from '../../shared/contract/calendar';
import { WorkingCalendarTab } from '../../renderer/src/features/settings/calendar/WorkingCalendarTab';
import { ACCOUNT, SETTINGS, createFakeApi, failed, ok } from './fake-api';
import { renderWithApp } from './render';

/** A fake core keeping one calendar; a weekend holiday is refused as the core does. */
function calendarApi(start: Partial<CalendarYear> = {}) {
  let cal: CalendarYear = { year: 2025, holidays: ['2025-01-01'], workdays: [], lockedThrough: null, ...start };
  return createFakeApi({
    'calendar.year': (i) =>
      ok({ ...cal, year: i.year, ...(i.year === cal.year ? {} : { holidays: [], workdays: [] }) }),
    'calendar.setDay': (i: CalendarDayInput) => {
      if (i.date === '2025-10-04')
        return failed('BAD_INPUT', '输入有误', { date: '2025-10-04（周六）是周末，本来就不上班，不用设为法定节假日' });
      const holidays = cal.holidays.filter((d) => d !== i.date);
      const workdays = cal.workdays.filter((d) => d !== i.date);
      if (i.kind === 'holiday') holidays.push(i.date);
      if (i.kind === 'workday') workdays.push(i.date);
      cal = { ...cal, holidays: holidays.sort(), workdays: workdays.sort() };
      return ok(cal);
    },
    'calendar.fillNational': (i) => {
      cal = { ...cal, year: i.year, holidays: [...cal.holidays, '2025-01-28'].sort(), workdays: ['2025-01-26'] };
      return ok(cal);
    },
  });
}

/** Replaces the date field's text (pasted: typing 10 characters is slow on a loaded machine). */
async function typeDate(text: string) {
  const input = screen.getByLabelText('日期');
  await userEvent.clear(input);
  await userEvent.click(input);
  await userEvent.paste(text);
}

describe('设置 → 工作日历', () => {
  it('the administrator adds a holiday and a 调休 day, is told why a weekend holiday is refused, and removes one', async () => {
    const fake = calendarApi();
    renderWithApp(<WorkingCalendarTab />, { api: fake.api, settings: SETTINGS });
    const holidays = await screen.findByRole('table', { name: '法定节假日' });
    expect(await within(holidays).findByText('2025-01-01')).toBeInTheDocument();
    expect(within(holidays).getByText('周三')).toBeInTheDocument();

    await typeDate('2025-10-01');
    await userEvent.click(screen.getByRole('button', { name: '添加' }));
    expect(await within(holidays).findByText('2025-10-01')).toBeInTheDocument();

    await typeDate('2025-10-04');
    await userEvent.click(screen.getByRole('button', { name: '添加' }));
    expect(await screen.findByText('2025-10-04（周六）是周末，本来就不上班，不用设为法定节假日')).toBeInTheDocument();

    await typeDate('2025-09-28');
    await userEvent.click(screen.getByLabelText('设为'));
    await userEvent.click(await screen.findByTitle('调休上班日'));
    await userEvent.click(screen.getByRole('button', { name: '添加' }));
    const workdays = screen.getByRole('table', { name: '调休上班日' });
    expect(await within(workdays).findByText('2025-09-28')).toBeInTheDocument();
    expect(within(workdays).getByText('周日')).toBeInTheDocument();

    await userEvent.click(within(holidays).getByRole('button', { name: '移除 2025-01-01' }));
    await waitFor(() => expect(within(holidays).queryByText('2025-01-01')).not.toBeInTheDocument());
    expect(fake.callsTo('calendar.setDay')).toEqual([
      { date: '2025-10-01', kind: 'holiday' },
      { date: '2025-10-04', kind: 'holiday' },
      { date: '2025-09-28', kind: 'workday' },
      { date: '2025-01-01', kind: 'normal' },
    ]);
  });

  it('a 只读 account sees the year but cannot add or remove days; a locked month is named', async () => {
    const fake = calendarApi({ lockedThrough: '2025-02' });
    renderWithApp(<WorkingCalendarTab />, {
      api: fake.api,
      settings: SETTINGS,
      account: { ...ACCOUNT, role: 'readonly' },
    });
    const holidays = await screen.findByRole('table', { name: '法定节假日' });
    expect(await within(holidays).findByText('2025-01-01')).toBeInTheDocument();
    expect(screen.getByText('2025年2月及以前的月份已锁定，其中的日期不能再更改')).toBeInTheDocument();
    // The help names the weekday 调休: a statutory holiday the county works.
    expect(screen.getByText(/本县在法定节假日（如元旦、国庆）照常上班的，把该日设为调休上班日。/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '添加' })).not.toBeInTheDocument();
    expect(within(holidays).queryByRole('button', { name: /移除/ })).not.toBeInTheDocument();
  });

  it('the administrator fills the year with the built-in national schedule after confirming', async () => {
    const fake = calendarApi();
    renderWithApp(<WorkingCalendarTab />, { api: fake.api, settings: SETTINGS });
    const holidays = await screen.findByRole('table', { name: '法定节假日' });
    await userEvent.click(screen.getByRole('button', { name: '填入2025年全国节假日安排' }));
    await userEvent.click(await screen.findByRole('button', { name: '填入' }));
    expect(await within(holidays).findByText('2025-01-28')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: '调休上班日' })).getByText('2025-01-26')).toBeInTheDocument();
    expect(fake.callsTo('calendar.fillNational')).toEqual([{ year: 2025 }]);
    // A year without a built-in schedule offers no button.
    await userEvent.click(screen.getByLabelText('年份'));
    await userEvent.click(await screen.findByTitle('2024年'));
    expect(screen.queryByRole('button', { name: /全国节假日安排/ })).not.toBeInTheDocument();
  });

  it('opens on the year the address names (the 首页 reminder), one of the three years offered; else this year', async () => {
    const fake = calendarApi();
    renderWithApp(<WorkingCalendarTab />, { api: fake.api, settings: SETTINGS, route: '/settings/calendar?year=2026' });
    expect(await screen.findByText('2026年尚未录入法定节假日')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '填入2026年全国节假日安排' })).toBeInTheDocument();
    expect(fake.callsTo('calendar.year')).toEqual([{ year: 2026 }]);
  });

  it('ignores a year in the address that is not offered', async () => {
    const fake = calendarApi();
    renderWithApp(<WorkingCalendarTab />, { api: fake.api, settings: SETTINGS, route: '/settings/calendar?year=2030' });
    expect(await screen.findByRole('table', { name: '法定节假日' })).toBeInTheDocument();
    expect(fake.callsTo('calendar.year')).toEqual([{ year: 2025 }]);
  });
});
