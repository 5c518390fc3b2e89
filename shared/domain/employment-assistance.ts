// BR-06 (second half): a recognised 就业困难人员 must also get employment assistance (S1). One is due for it when,
// for [CFG] 3 months (recognition.assistanceMonths), they have had neither an E14 SV7 就业援助 service at a successful
// contact nor a day on a 公益性岗位. DOMAIN names only these two: an internship, a training class or another
// service (SV1 职业介绍 …) is not employment assistance here.
//
// The months are completed months, counted like BR-12's (contact-due.ts completedMonths) from the later of the
// recognition date and the last assistance: so a person recognised last week is not due, and one whose last SV7
// service was on the cutoff day (completedMonthsCutoff) is: N completed months without one since.
export const ASSISTANCE_MONTHS_KEY = 'recognition.assistanceMonths';
export const DEFAULT_ASSISTANCE_MONTHS = 3;
