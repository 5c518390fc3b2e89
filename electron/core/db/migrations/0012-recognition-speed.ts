// Issue 11 at 100,000 persons: the recognition work lists, their counts and RPT-02 answered in seconds because every
// recognition probed the person's contacts, registrations and person row through indexes that did not hold the
// columns asked for (each probe went on to the table). These indexes hold exactly what those probes read:
// - contacts_employment_found: the contacts that found the person employed (E09 21–23), a few percent of all
//   contacts — RPT-02 (first employment in the month, employed at the end) and 应退出 look only at these;
// - registrations_cancelled: cancelled registrations by person and date (应退出 and its hint);
// - persons_recognition_facts: the person columns the recognition lists test (on post, employment status);
// - recognitions_valid: recognitions by status with the columns RPT-02 and 应退出 read, without the table.
// Queries must repeat the partial indexes' WHERE terms exactly for SQLite to use them.
export default /* sql */ `
CREATE INDEX contacts_employment_found ON contacts (registration_id, contact_date, employment_status_found)
  WHERE result = '1' AND employment_status_found IN ('21', '22', '23');
CREATE INDEX registrations_cancelled ON registrations (person_id, cancel_date, cancel_reason) WHERE status = 'cancelled';
CREATE INDEX persons_recognition_facts ON persons (id, deleted_at, on_post, employment_status, township_id);
CREATE INDEX recognitions_valid ON recognitions (status, person_id, recognition_date, exit_date, primary_category, categories, id);
`;
