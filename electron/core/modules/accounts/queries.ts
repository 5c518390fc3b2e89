import type Database from 'better-sqlite3';
import type { Account, Role } from '../../../../shared/contract/accounts';
import { prepared } from '../../db/prepared';
import { insertRow, updateRow } from '../../db/update-row';

export interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  full_id_export: number;
  password_hash: string;
  failed_attempts: number;
  locked_until: string | null;
  active: number;
}

const COLUMNS =
  'id, username, display_name, role, full_id_export, password_hash, failed_attempts, locked_until, active';

export const accountById = (db: Database.Database, id: string) =>
  prepared(db, `SELECT ${COLUMNS} FROM accounts WHERE id = ?`).get(id) as AccountRow | undefined;

export const accountByUsername = (db: Database.Database, username: string) =>
  prepared(db, `SELECT ${COLUMNS} FROM accounts WHERE username = ?`).get(username) as AccountRow | undefined;

export const countAccounts = (db: Database.Database): number =>
  (prepared(db, 'SELECT count(*) AS n FROM accounts').get() as { n: number }).n;

export const allAccountRows = (db: Database.Database) =>
  prepared(db, `SELECT ${COLUMNS} FROM accounts ORDER BY active DESC, username`).all() as AccountRow[];

const townshipIdsOf = (db: Database.Database, accountId: string): string[] =>
  (
    prepared(db, 'SELECT region_id FROM account_townships WHERE account_id = ? ORDER BY region_id').all(accountId) as {
      region_id: string;
    }[]
  ).map((r) => r.region_id);

export function toAccount(db: Database.Database, row: AccountRow): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    fullIdExport: row.full_id_export === 1,
    townshipIds: townshipIdsOf(db, row.id),
    active: row.active === 1,
    lockedUntil: row.locked_until,
  };
}

interface NewAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  fullIdExport: boolean;
  passwordHash: string;
}

export function insertAccount(db: Database.Database, a: NewAccount, by: string, at: string): void {
  const row = {
    username: a.username,
    display_name: a.displayName,
    role: a.role,
    full_id_export: a.fullIdExport ? 1 : 0,
    password_hash: a.passwordHash,
  };
  insertRow(db, 'accounts', a.id, row, by, at, Object.keys(row));
}

export function setTownships(db: Database.Database, accountId: string, regionIds: string[]): void {
  prepared(db, 'DELETE FROM account_townships WHERE account_id = ?').run(accountId);
  const add = prepared(db, 'INSERT INTO account_townships (account_id, region_id) VALUES (?, ?)');
  for (const r of new Set(regionIds)) add.run(accountId, r);
}

/** Patches the given columns and the update stamp. Column names come from this module only. */
export function patchAccount(
  db: Database.Database,
  id: string,
  patch: Partial<
    Record<
      'display_name' | 'role' | 'full_id_export' | 'password_hash' | 'failed_attempts' | 'locked_until' | 'active',
      string | number | null
    >
  >,
  by: string,
  at: string,
): void {
  updateRow(db, 'accounts', id, patch, by, at);
}
