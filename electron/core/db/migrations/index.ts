import m0001 from './0001-foundation';
import m0002 from './0002-persons';

/**
 * Numbered migrations, applied in order in one transaction and recorded with a checksum.
 * They are TypeScript modules holding SQL text (not .sql files) so that every bundler
 * (electron-vite, tsx, vitest) ships them without copy steps. Never edit an entry once released:
 * add a new one. Each migration has a test that upgrades a database of the previous version.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'foundation', sql: m0001 }, { version: 2, name: 'persons', sql: m0002 }];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
