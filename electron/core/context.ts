import type Database from 'better-sqlite3';
import type { JobRegistry } from './jobs/registry';

/** What every handler may use. Nothing here knows about Electron or HTTP. */
export interface CoreContext {
  db: Database.Database;
  /** The working date ("today"), YYYY-MM-DD; injectable for tests and E2E (ARCHITECTURE §4). */
  today(): string;
  /** ISO timestamp for created_at/updated_at and the audit table. */
  now(): string;
  /** The operator's name from settings (accounts come later). */
  operator(): string;
  jobs: JobRegistry;
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
}
