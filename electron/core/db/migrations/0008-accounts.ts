// Accounts and roles (issue 19 part A, DOMAIN §9.4).
//
// - accounts: one row per person who signs in. role is admin 管理员 / reviewer 审核员 / clerk 乡镇经办 / readonly 只读;
//   full_id_export is the separate 导出完整号码 permission (§9.5). password_hash is `scrypt$N$r$p$salt$hash`
//   (modules/accounts/password.ts). failed_attempts counts wrong passwords since the last good one; locked_until is
//   the ISO instant until which sign-in is refused. Accounts are deactivated (active = 0), never deleted, so the
//   audit log's operator names stay resolvable.
// - account_townships: the 乡镇(街道) a township clerk may see and touch (one or more).
// - audit_log.account_id: the signed-in account that made the change (the operator column keeps its display name).
// - The one-time recovery code and the auto-lock minutes live in `settings` (keys auth.recovery, auth.lockMinutes).
export default /* sql */ `
CREATE TABLE accounts (
  id               TEXT PRIMARY KEY,
  username         TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(username) BETWEEN 1 AND 32),
  display_name     TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 30),
  role             TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'clerk', 'readonly')),
  full_id_export   INTEGER NOT NULL DEFAULT 0 CHECK (full_id_export IN (0, 1)),
  password_hash    TEXT NOT NULL,
  failed_attempts  INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until     TEXT,
  active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  created_by       TEXT NOT NULL,
  updated_by       TEXT NOT NULL
);

CREATE TABLE account_townships (
  account_id  TEXT NOT NULL REFERENCES accounts (id),
  region_id   TEXT NOT NULL REFERENCES regions (id),
  PRIMARY KEY (account_id, region_id)
) WITHOUT ROWID;

ALTER TABLE audit_log ADD COLUMN account_id TEXT; -- no foreign key: a restored register may lack the account
`;
