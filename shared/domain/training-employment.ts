// BR-38 employment after training (DOMAIN §11.3): for 就业技能培训 and 创业培训, a trainee counts as employed when an
// employment STARTS within CFG-36 months after the class end, i.e. in (class end, class end + N] — recorded on the
// enrolment, or found in the register (a placement starting in the window, a registration cancelled for employment
// or an E09 21–24 contact finding dated in it). A placement already running at the class end is not employment
// after training, nor is a later finding of 公益性岗位 (24) for such a person. 培训后就业率 = employed ÷
// 结业合格 × 100, one decimal. (BR-12's `employmentBetween` counts any employment overlapping a span; not this.)
import { shiftMonths } from './dates';
import { isEmployedStatus, type EmploymentRecord, type StatusEvent } from './employment-history';

/** The last day of the follow-up window of a class that ended on `classEnd`. */
export const followUpEnd = (classEnd: string, months: number): string => shiftMonths(classEnd, months);

/** The date employment started within (classEnd, classEnd + months], or null. */
export function employedAfterTraining(
  classEnd: string,
  months: number,
  recorded: string | null,
  register: EmploymentRecord | null,
): string | null {
  const until = followUpEnd(classEnd, months);
  if (recorded && recorded > classEnd && recorded <= until) return recorded;
  const found = register ? employmentStartedBetween(register, classEnd, until) : null;
  return found ? found.date : null;
}

/**
 * The first employment starting in (from, to]: a placement whose start date lies in it, or an employed-status event
 * dated in it — except a 24 (公益性岗位) finding when a placement was already running on `from`. Null when none.
 */
export function employmentStartedBetween(r: EmploymentRecord, from: string, to: string): StatusEvent | null {
  const postAtFrom = r.placements.some((s) => s.start <= from && (s.end === null || s.end >= from));
  const starts: StatusEvent[] = [
    ...r.placements.filter((s) => s.start > from && s.start <= to).map((s) => ({ date: s.start, status: '24' })),
    ...r.events.filter(
      (e) => e.date > from && e.date <= to && isEmployedStatus(e.status) && !(postAtFrom && e.status === '24'),
    ),
  ];
  return starts.sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}

/** 培训后就业率 in percent with one decimal; null when nobody passed. */
export function employmentRate(employed: number, passed: number): number | null {
  if (passed === 0) return null;
  return Math.round((employed * 1000) / passed) / 10;
}
