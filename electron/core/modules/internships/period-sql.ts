// An internship's period as RPT-08, RPT-10, the 首页, the person's internships and VR-13 (overlap.ts) read it:
// [agreement_start, end_date], or up to agreement_end while it has not ended. SQL over the alias `i` (internships).

/** The last day of the period: the actual end, else the agreed end. */
export const INTERNSHIP_PERIOD_END = 'coalesce(i.end_date, i.agreement_end)';

/**
 * The period meets [from, to]; `from` and `to` are SQL terms (named parameters such as '@from', or '?', which then
 * take `to` first and `from` second, in that order in the text).
 */
export const internshipMeetsSql = (from: string, to: string) =>
  `i.agreement_start <= ${to} AND ${INTERNSHIP_PERIOD_END} >= ${from}`;
