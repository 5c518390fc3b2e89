// BR-08 (DOMAIN S10): the person is informed of the cancellation of their registration; registrations.notified_date
// is the optional 告知日期 (not before the cancellation date, checked in the core with "not in the future"). NULL on
// every cancellation made before this version and whenever the clerk leaves it empty.
// DOMAIN §3.8 / BR-28's counterpart for posts: placements.status_before keeps the person's employment status (E09)
// from before the placement set it to 24, so deleting a mistaken placement gives the person that status back (as
// internships.status_before does since 0005). NULL on placements made before this version (10 失业 is used then).
export default /* sql */ `
ALTER TABLE registrations ADD COLUMN notified_date TEXT
  CHECK (notified_date IS NULL OR (cancel_date IS NOT NULL AND notified_date >= cancel_date));
ALTER TABLE placements ADD COLUMN status_before TEXT;
`;
