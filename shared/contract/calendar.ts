// 设置 → 工作日历: the county's 法定节假日 (weekdays off) and 调休上班日 (weekend days or statutory holidays worked)
// of a year, the calendar the working-day rules read (shared/domain/working-days.ts: first contact within N working
// days, 应出勤天数).
// Capabilities: calendar.year read; calendar.setDay and calendar.fillNational admin (管理员), refused inside a locked month.
import { z } from 'zod';
import { channel, writeChannel } from './define';
import { isoDate, whole } from './fields';
import { codeList, type CodeItem, type CodeOf } from '../enums/code-list';

export const CALENDAR_DAY_KIND_LIST = [
  { code: 'holiday', label: '法定节假日' },
  { code: 'workday', label: '调休上班日' },
  { code: 'normal', label: '按星期（周一至周五上班）' },
] as const satisfies readonly CodeItem[];
export type CalendarDayKind = CodeOf<typeof CALENDAR_DAY_KIND_LIST>;
export const { codes: CALENDAR_DAY_KINDS, label: calendarDayLabel } = codeList(CALENDAR_DAY_KIND_LIST);

export const calendarYearInput = z.object({
  year: whole('年份', 2000, 2100, {
    missing: '请选择年份',
    tooSmall: '年份应在 2000–2100 之间',
    tooLarge: '年份应在 2000–2100 之间',
  }),
});
export type CalendarYearInput = z.infer<typeof calendarYearInput>;

export const calendarYear = z.object({
  year: z.number(),
  /** Weekdays off, ascending. */
  holidays: z.array(z.string()),
  /** Saturdays, Sundays and statutory holidays worked, ascending. */
  workdays: z.array(z.string()),
  /** The last locked month (YYYY-MM): its days and earlier ones cannot change; null = no lock. */
  lockedThrough: z.string().nullable(),
});
export type CalendarYear = z.infer<typeof calendarYear>;

export const calendarDayInput = z.object({
  date: isoDate('日期'),
  kind: z.enum(CALENDAR_DAY_KINDS, { error: '请选择类别' }),
});
export type CalendarDayInput = z.infer<typeof calendarDayInput>;

export const calendarChannels = {
  'calendar.year': channel({ input: calendarYearInput, output: calendarYear }),
  'calendar.setDay': writeChannel(calendarDayInput, calendarYear, 'settings'),
  /** Puts a built-in year's national schedule (shared/domain/national-holidays.ts) into the calendar. */
  'calendar.fillNational': writeChannel(calendarYearInput, calendarYear, 'settings'),
};
