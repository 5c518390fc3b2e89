// What RPT-11 and RPT-12 share: the month's parameters and the SQL of "registrations active in the month".
import { completedMonthsCutoff } from '../../../../../shared/domain/contact-due';
import { monthRange } from '../../../../../shared/domain/dates';
import { activeRegistrationsSql, type LevelSql } from '../../registrations/month-sql';
import { recognisedOn } from '../../recognitions/in-force-sql';

/** Parameters of a monthly report. `today` (the working date) caps the as-of day of the running month. */
export interface MonthReportParams {
  month: string;
  today?: string;
  /** CFG-26: the month's report period when it is not the calendar month (reports/statistical-period.ts). */
  dates?: { start: string; end: string };
}

interface MonthBounds {
  start: string;
  end: string;
  /** The month end, or today while the month runs: durations and levels are judged on it. */
  asOf: string;
}

export function monthBounds(p: MonthReportParams): MonthBounds {
  const { start, end } = p.dates ?? monthRange(p.month);
  return { start, end, asOf: p.today && p.today < end ? p.today : end };
}

/** BR-12 cutoffs: registered on or before these dates = unemployed ≥ 6 / ≥ 12 months on asOf. */
export const durationCutoffs = (asOf: string) => ({
  m6: completedMonthsCutoff(asOf, 6),
  m12: completedMonthsCutoff(asOf, 12),
});

/**
 * act: registrations active at any time in the month (BR-05: reg_date ≤ $end, not cancelled before $start),
 * persons not deleted, with the person's place, the open-at-month-end flag and the level at the month end.
 * The WITH list must start with level.ctes.
 */
export const actCte = (level: LevelSql) => `act AS MATERIALIZED (
  ${activeRegistrationsSql({
    columns: `r.id, r.person_id, r.reg_date, r.cancel_date, r.cancel_reason, r.responsible_staff,
    p.township_id, p.residence_region_id AS village_id, ${recognisedOn('p.id', '$end')} AS is_difficult,
    (r.cancel_date IS NULL OR r.cancel_date > $end) AS open_end, ${level.expr} AS level`,
    joins: `CROSS JOIN persons AS p INDEXED BY persons_registration ON p.id = r.person_id
  ${level.join}`,
    where: 'p.deleted_at IS NULL',
    cancelledFrom: '>= $start',
  })}
)`;
