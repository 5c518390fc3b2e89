import type { Core } from '../../electron/core/core';
import { NATIONAL_SCHEDULE_YEARS } from '../../shared/domain/national-holidays';
import { invokeOk } from './invoke';

/**
 * The working calendar as a county keeps it: every built-in national schedule up to the working date's year filled
 * in (first, so the deadlines and 应出勤天数 the later steps compute count the holidays). The next year is left
 * empty, as it is until the State Council's notice is entered: in December the 首页 shows its reminder.
 */
export async function seedCalendar(core: Core, today: string): Promise<number[]> {
  const years = NATIONAL_SCHEDULE_YEARS.filter((y) => y <= Number(today.slice(0, 4)));
  for (const year of years) await invokeOk(core, 'calendar.fillNational', { year });
  return years;
}
