import type Database from 'better-sqlite3';
import type { Account } from '../../shared/contract/accounts';
import type { JobRegistry } from './jobs/registry';
import type { JobLane } from './jobs/lane';
import type { SessionStore } from './modules/accounts/sessions';
import type { Scope } from './scope/scope';

/** Who made this call: set by dispatch from the session the transport passed (issue 19). */
export interface CallerInfo {
  /** The signed-in account, or null for the public auth.* calls made without a session. */
  account: Account | null;
  /** The session token the call carried (auth.signOut ends it). */
  session: string | null;
}

/** What every handler may use. Nothing here knows about Electron or HTTP. */
export interface CoreContext {
  db: Database.Database;
  /** The working date ("today"), YYYY-MM-DD; injectable for tests and E2E (ARCHITECTURE §4). */
  today(): string;
  /** ISO timestamp for created_at/updated_at and the audit table. */
  now(): string;
  /** The signed-in account that makes this call, as the audit log and created_by/updated_by record it. */
  operator(): string;
  /** The caller of this call; dispatch gives each call its own context with it. */
  caller: CallerInfo;
  /**
   * What the caller may see and touch: county-wide, or a 乡镇经办's townships (electron/core/scope). Set by
   * dispatch with the caller; queries apply it with scopeSql / personScopeSql.
   */
  scope: Scope;
  /** Open sessions (in memory: a restart signs everyone out). */
  sessions: SessionStore;
  jobs: JobRegistry;
  /** The job worker that runs jobs and roster generation off this thread (absent: they run here, as in tests). */
  lane?: JobLane;
  dataDir: string;
  /** The better-sqlite3 build the core was opened with, for second connections (backups, restore). */
  nativeBinding?: string;
  appVersion: string;
  schemaVersion: number;
  logError(err: unknown, where: string): void;
}

/** A write handler returns what dispatch records in the audit table, in the same transaction. */
export interface WriteResult<T> {
  data: T;
  entityId: string | null;
  summary: string;
  /** The audit row's operator when no one is signed in yet (the first start, recovery). */
  operator?: string;
  /**
   * A batch write's audit rows, one per record it changed (e.g. each trainee of a results grid), written instead of
   * the one row of entityId/summary; absent or empty: that one row.
   */
  entries?: AuditEntryOf[];
}

/** One audit row of a batch write: the record changed and what changed on it. */
export interface AuditEntryOf {
  entityId: string;
  summary: string;
}
