// CFG-31 retention (DOMAIN §9.8, issue 19): purging a closed case past its retention period deletes the person and
// their records, but the audit log stays append-only. Its rows about those records keep who did what and when; only
// their summary — which names the person (姓名, masked ID) — is replaced by a fixed text. The update trigger now
// allows exactly that change and nothing else: every other update, and every delete, is still refused.
export const REDACTED_SUMMARY = '（该人员档案已按保存期限清理）';

export default /* sql */ `
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.summary = '${REDACTED_SUMMARY}' AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.operator IS OLD.operator
  AND NEW.channel IS OLD.channel AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id
  AND NEW.account_id IS OLD.account_id)
BEGIN SELECT RAISE(ABORT, '操作记录只能追加，不能修改'); END;
`;
