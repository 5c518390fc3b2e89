// Issue 13 at 500,000 persons: the month work lists, their counts, RPT-11/12 and the 首页 read the registrations
// open at a month end. registrations_person holds every registration ever made, so those reads grew with the
// county's history; these partial indexes hold only what a month needs:
// - registrations_open: the registrations not cancelled (a running month reads these and nothing else);
// - registrations_closed: cancelled registrations by cancel date (a past month adds those cancelled after its end).
// Both carry the columns the month reads (covering). Queries repeat the WHERE terms exactly (month-sql.ts).
export default /* sql */ `
CREATE INDEX registrations_open ON registrations (person_id, reg_date, id, service_level, responsible_staff, cancel_date)
  WHERE cancel_date IS NULL;
CREATE INDEX registrations_closed ON registrations (cancel_date, person_id, reg_date, id, service_level, responsible_staff, status)
  WHERE status = 'cancelled';
`;
