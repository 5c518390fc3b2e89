// Issue 19, CFG-25 (DOMAIN §8, BR-08): a registration cancelled with E11 C03 (有稳定收入的劳动且月收入不低于标准)
// records the monthly income the clerk checked against the county's standard (the minimum wage or the 低保
// standard in force on the cancellation date), in fen. NULL on every other reason and on every cancellation made
// before this version (the income was not asked then).
export default /* sql */ `
ALTER TABLE registrations ADD COLUMN cancel_income INTEGER
  CHECK (cancel_income IS NULL OR (cancel_income >= 0 AND cancel_reason = 'C03'));
`;
