// 工作日历: the county's 法定节假日 and 调休上班日, stored in the setting the working-day rules read
// (registrations/config.ts SETTING_KEYS.calendar: { holidays, workdays }). A day is changed in every stored version of
// the setting, so whichever version a rule reads for its date agrees. A day inside or before a locked month cannot
// change: that month's deadlines and 应出勤天数 were reported.
import type Database from 'better-sqlite3';
import { badInput, ruleViolation } from '../../../../shared/contract/result';
import {
  CALENDAR_DAY_LABELS,
  type CalendarDayInput,
  type CalendarDayKind,
  type CalendarYear,
} from '../../../../shared/contract/calendar';
import { weekday, type WorkingCalendar } from '../../../../shared/domain/working-days';
import type { CoreContext, WriteResult } from '../../context';
import { lastLockedMonth } from '../period-locks/guard';
import { SETTING_KEYS } from '../registrations/config';
import { writeSetting } from './queries';
import { chineseMonth } from '../../../../shared/domain/dates';

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
  const latest = versions(db).at(-1)?.calendar ?? { holidays: [], workdays: [] };
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
  if (kind === 'workday' && dow <= 5) throw badInput({ date: `${day}是工作日，只有周六、周日才能设为调休上班日` });
  const locked = lastLockedMonth(ctx.db);
  if (locked && date.slice(0, 7) <= locked) {
    const msg = `${chineseMonth(locked)}已锁定（已上报），不能更改该月及以前的工作日安排`;
    throw ruleViolation(msg, { date: msg });
  }
  const stored = versions(ctx.db);
  const all = stored.length ? stored : [{ effectiveFrom: '0000-01-01', calendar: { holidays: [], workdays: [] } }];
  const before = kindOf(all[all.length - 1].calendar, date);
  for (const v of all) {
    const holidays = v.calendar.holidays.filter((d) => d !== date);
    const workdays = v.calendar.workdays.filter((d) => d !== date);
    if (kind === 'holiday') holidays.push(date);
    if (kind === 'workday') workdays.push(date);
    const value = { holidays: holidays.sort(), workdays: workdays.sort() };
    writeSetting(ctx.db, KEY, value, ctx.operator(), ctx.now(), v.effectiveFrom);
  }
  return {
    data: calendarYear(ctx.db, Number(date.slice(0, 4))),
    entityId: KEY,
    summary: `工作日历：${day}由“${CALENDAR_DAY_LABELS[before]}”改为“${CALENDAR_DAY_LABELS[kind]}”`,
  };
}
