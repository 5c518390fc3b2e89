// Roster scope and period (DOMAIN §3.10 SubsidyBatch 范围 "region or employer", period "period_month /
// period_from–to"; BR-24 monthly or quarterly claims). A roster is for the whole county (township_id and employer_id
// NULL, as every roster before), for one 乡镇(街道) (township_id) or for one 用人单位/见习单位 (employer_id); month_to is
// the last month of a quarterly roster (month its first), NULL for a roster of one month. One ordinary roster per
// kind, period and scope: the partial unique index of 0007/0010 cannot be changed in place, so it is dropped and made
// again over them. A row is still on at most one ordinary roster of its kind (the item indexes of 0010 are unchanged).
// The review-lock triggers of 0007/0010 stay as they are: they read the items and the status, not the roster's
// columns; batch_scope_locked_update adds the new columns to what a reviewed roster keeps (batch_locked_update names
// its columns, so it does not see them).
export default /* sql */ `
ALTER TABLE subsidy_batches ADD COLUMN township_id TEXT REFERENCES regions (id);
ALTER TABLE subsidy_batches ADD COLUMN employer_id TEXT REFERENCES employers (id)
  CHECK (employer_id IS NULL OR township_id IS NULL);
ALTER TABLE subsidy_batches ADD COLUMN month_to TEXT CHECK (month_to IS NULL OR (length(month_to) = 7 AND month_to > month));

DROP INDEX subsidy_batches_month;
CREATE UNIQUE INDEX subsidy_batches_month ON subsidy_batches
  (kind, month, coalesce(month_to, ''), coalesce(township_id, ''), coalesce(employer_id, '')) WHERE supplementary = 0;

CREATE TRIGGER batch_scope_locked_update BEFORE UPDATE OF township_id, employer_id, month_to ON subsidy_batches
WHEN OLD.status <> 'draft' AND NEW.status <> 'draft'
BEGIN SELECT RAISE(ABORT, '补贴发放花名册已审核，不能修改'); END;
`;
