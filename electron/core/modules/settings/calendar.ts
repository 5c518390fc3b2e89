// 工作日历: the county's 法定节假日 and 调休上班日 (weekend days or statutory holidays worked), stored in the setting
// the working-day rules read (registrations/config.ts SETTING_KEYS.calendar: { holidays, workdays }). A day is changed
// in every stored version of the setting, so whichever version a rule reads for its date agrees. A day inside or
// before a locked month cannot change: that month's deadlines and 应出勤天数 were reported.
import type Database from 'better-sqlite3';
import { badInput } from '../../../../shared/contract/result';
import {
  calendarDayLabel,
  type CalendarDayInput,
  type CalendarDayKind,
  type CalendarYear,
  type CalendarYearInput,
} from '../../../../shared/contract/calendar';
import {
  isStatutoryHoliday,
  NATIONAL_SCHEDULE_YEARS,
  nationalCalendar,
} from '../../../../shared/domain/national-holidays';
import { weekday, type WorkingCalendar } from '../../../../shared/domain/working-days';
import type { CoreContext, WriteResult } from '../../context';
import { lastLockedMonth } from '../period-locks/guard';
import { SETTING_KEYS } from '../registrations/config';
import { writeSetting } from './queries';
import { chineseMonth } from '../../../../shared/domain/dates';
import { refuseField } from '../../refuse-field';

const KEY = SETTING_KEYS.calendar;
const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

interface Version {
  effectiveFrom: string;
  calendar: { holidays: string[]; workdays: string[] };
}

const dates = (v: unknown): string[] => (Array.isArray(v) ? v.filter((d): d is string => typeof d === 'string') : []);

function versions(db: Database.Database): Version[] {
  const rows = db
    .prepare('SELECT effective_from, value FROM settings WHERE key = ? ORDER BY effective_from')
    .all(KEY) as { effective_from: string; value: string }[];
  return rows.map((r) => {
    const c = (JSON.parse(r.value) ?? {}) as WorkingCalendar;
    return { effectiveFrom: r.effective_from, calendar: { holidays: dates(c.holidays), workdays: dates(c.workdays) } };
  });
}

const kindOf = (c: Version['calendar'], date: string): CalendarDayKind =>
  c.holidays.includes(date) ? 'holiday' : c.workdays.includes(date) ? 'workday' : 'normal';

/** The year's days as the latest version of the calendar has them. */
export function calendarYear(db: Database.Database, year: number): CalendarYear {
  const latest = latestOf(versions(db));
  const inYear = (list: string[]) => list.filter((d) => d.startsWith(`${year}-`)).sort();
  return {
    year,
    holidays: inYear(latest.holidays),
    workdays: inYear(latest.workdays),
    lockedThrough: lastLockedMonth(db),
  };
}

export function setCalendarDay(ctx: CoreContext, input: CalendarDayInput): WriteResult<CalendarYear> {
  const { date, kind } = input;
  const dow = weekday(date);
  const day = `${date}（${WEEKDAY_NAMES[dow]}）`;
  if (kind === 'holiday' && dow >= 6) throw badInput({ date: `${day}是周末，本来就不上班，不用设为法定节假日` });
  // A weekday 调休上班日: a statutory holiday the county works (isStatutoryHoliday); any other weekday is worked anyway.
  if (kind === 'workday' && dow <= 5 && !isStatutoryHoliday(date))
    throw badInput({ date: `${day}是工作日，只有周六、周日或法定节假日才能设为调休上班日` });
  refuseLocked(ctx.db, [date]);
  const before = kindOf(latestOf(versions(ctx.db)), date);
  applyDays(ctx, new Map([[date, kind]]));
  return {
    data: calendarYear(ctx.db, Number(date.slice(0, 4))),
    entityId: KEY,
    summary: `工作日历：${day}由“${calendarDayLabel(before)}”改为“${calendarDayLabel(kind)}”`,
  };
}

/**
 * The year whose 法定节假日 the county has not entered, for the 首页 reminder: this year, or from 1 December the next
 * year (the State Council publishes the next year's schedule in November; until it is entered, January's deadlines
 * and 应出勤天数 count 1 January and the Spring Festival as working days). A year counts as entered once it has one
 * 法定节假日: every year has weekday holidays (the Spring Festival alone gives several). null when nothing is due.
 */
export function calendarToEnter(db: Database.Database, today: string): { year: number; builtIn: boolean } | null {
  const thisYear = Number(today.slice(0, 4));
  const years = today.slice(5, 7) === '12' ? [thisYear, thisYear + 1] : [thisYear];
  const holidays = latestOf(versions(db)).holidays;
  const year = years.find((y) => !holidays.some((d) => d.startsWith(`${y}-`)));
  return year === undefined ? null : { year, builtIn: NATIONAL_SCHEDULE_YEARS.includes(year) };
}

/**
 * Puts the State Council's schedule of a built-in year into the calendar (shared/domain/national-holidays.ts): its
 * weekdays off become 法定节假日 and its weekend days worked 调休上班日; the county's other days stay (the region's
 * own holidays). Refused for a year not built in and when a day falls in a locked month.
 */
export function fillNationalCalendar(ctx: CoreContext, input: CalendarYearInput): WriteResult<CalendarYear> {
  const national = nationalCalendar(input.year);
  if (!national) {
    const years = NATIONAL_SCHEDULE_YEARS.map((y) => `${y}年`).join('、');
    throw badInput({ year: `系统内置的全国节假日安排只有${years}，${input.year}年请按国务院办公厅的通知逐日录入` });
  }
  refuseLocked(ctx.db, [...national.holidays, ...national.workdays]);
  const changes = new Map<string, CalendarDayKind>([
    ...national.holidays.map((d) => [d, 'holiday'] as const),
    ...national.workdays.map((d) => [d, 'workday'] as const),
  ]);
  applyDays(ctx, changes);
  return {
    data: calendarYear(ctx.db, input.year),
    entityId: KEY,
    summary: `工作日历：填入${input.year}年全国节假日安排（法定节假日 ${national.holidays.length} 天，调休上班日 ${national.workdays.length} 天）`,
  };
}

/** A day inside or before a locked month cannot change: that month's deadlines and 应出勤天数 were reported. */
function refuseLocked(db: Database.Database, days: string[]): void {
  const locked = lastLockedMonth(db);
  if (locked && days.some((d) => d.slice(0, 7) <= locked)) {
    refuseField(`${chineseMonth(locked)}已锁定（已上报），不能更改该月及以前的工作日安排`, 'date');
  }
}

const latestOf = (stored: Version[]): Version['calendar'] => stored.at(-1)?.calendar ?? { holidays: [], workdays: [] };

/** Sets each day's kind in every stored version of the calendar (one version from the start when none is stored). */
function applyDays(ctx: CoreContext, changes: Map<string, CalendarDayKind>): void {
  const stored = versions(ctx.db);
  const all = stored.length ? stored : [{ effectiveFrom: '0000-01-01', calendar: { holidays: [], workdays: [] } }];
  for (const v of all) {
    const holidays = v.calendar.holidays.filter((d) => !changes.has(d));
    const workdays = v.calendar.workdays.filter((d) => !changes.has(d));
    for (const [date, kind] of changes) {
      if (kind === 'holiday') holidays.push(date);
      if (kind === 'workday') workdays.push(date);
    }
    const value = { holidays: holidays.sort(), workdays: workdays.sort() };
    writeSetting(ctx.db, KEY, value, ctx.operator(), ctx.now(), v.effectiveFrom);
  }
}
