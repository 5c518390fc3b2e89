// BR-38 as SQL for the set-based reports (RPT-13, RPT-15): the same rule as shared/domain/training-employment.ts —
// an employment starting within (class end, class end + N months]: recorded on the enrolment, a placement on a post
// starting in the window, a registration cancelled for employment (C01 21, C02 23, C03 22) or a successful contact
// finding E09 21–24 dated in it (but not a 24 finding when a placement was running at the class end). A placement
// already running at the class end does not count. The window end clamps to the month's last day like shiftMonths.
// Aliases: te (enrolment), c (class).

/** BR-38's base: passed trainees of 就业技能培训 (01) / 创业培训 (03) in a closed class (04 结业, 05 已申领补贴), as a SQL condition. */
export const FOLLOWED_PASSED = "te.result = '1' AND c.status IN ('04', '05') AND c.training_type IN ('01', '03')";

/** SQL for the last day of the follow-up window of class `c` (N months, whole number). */
const windowEnd = (months: number) =>
  `min(date(c.end_date, 'start of month', '+${months} months', '+' || (CAST(strftime('%d', c.end_date) AS INTEGER) - 1) || ' days'),
       date(c.end_date, 'start of month', '+${months + 1} months', '-1 day'))`;

/** 1 when the trainee of `te` in class `c` found employment within the window, else 0. */
export function employedAfterSql(months: number): string {
  const end = windowEnd(months);
  return `(CASE WHEN (te.employed_date > c.end_date AND te.employed_date <= ${end})
    OR EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = te.person_id AND pl.deleted_at IS NULL
               AND pl.start_date > c.end_date AND pl.start_date <= ${end})
    OR EXISTS (SELECT 1 FROM registrations g WHERE g.person_id = te.person_id AND g.cancel_reason IN ('C01', 'C02', 'C03')
               AND g.cancel_date > c.end_date AND g.cancel_date <= ${end})
    OR EXISTS (SELECT 1 FROM registrations g JOIN contacts k ON k.registration_id = g.id WHERE g.person_id = te.person_id
               AND k.result = '1' AND k.employment_status_found IN ('21', '22', '23', '24')
               AND k.contact_date > c.end_date AND k.contact_date <= ${end}
               AND NOT (k.employment_status_found = '24' AND EXISTS (SELECT 1 FROM placements po
                 WHERE po.person_id = te.person_id AND po.deleted_at IS NULL AND po.start_date <= c.end_date
                   AND (po.leave_date IS NULL OR po.leave_date >= c.end_date))))
    THEN 1 ELSE 0 END)`;
}
