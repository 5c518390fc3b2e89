import m0001 from './0001-foundation';
import m0002 from './0002-persons';
import m0003 from './0003-registrations';
import m0004 from './0004-posts';
import m0005 from './0005-internships';
import m0006 from './0006-recognitions';
import m0007 from './0007-subsidies';
import m0008 from './0008-accounts';
import m0009 from './0009-period-locks';
import m0010 from './0010-training';
import m0012 from './0012-recognition-speed';
import m0013 from './0013-open-registrations';
import m0014 from './0014-region-office-phone';
import m0015 from './0015-household-income';
import m0016 from './0016-cancel-income';
import m0017 from './0017-archive-redaction';
import m0018 from './0018-placement-assessments';
import m0019 from './0019-flexible-subsidies';
import m0020 from './0020-batch-scope';
import m0021 from './0021-allowance-deductions';
import m0022 from './0022-contact-soft-delete';
import m0023 from './0023-cancel-notice-placement-status';
import m0024 from './0024-assessment-trainee-soft-delete';
import m0025 from './0025-registration-ledger';
import m0026 from './0026-registration-recognition-soft-delete';
import m0027 from './0027-internships-wage-other-type';
import m0028 from './0028-roster-payee-copies';
import m0029 from './0029-import-batches';

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

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: m0001 },
  { version: 2, name: 'persons', sql: m0002 },
  { version: 3, name: 'registrations', sql: m0003 },
  { version: 4, name: 'posts', sql: m0004 },
  { version: 5, name: 'internships', sql: m0005 },
  { version: 6, name: 'recognitions', sql: m0006 },
  { version: 7, name: 'subsidies', sql: m0007 },
  { version: 8, name: 'accounts', sql: m0008 },
  { version: 9, name: 'period-locks', sql: m0009 },
  { version: 10, name: 'training', sql: m0010 },
  // 11 was reserved for a branch that needed no migration.
  { version: 12, name: 'recognition-speed', sql: m0012 },
  { version: 13, name: 'open-registrations', sql: m0013 },
  { version: 14, name: 'region-office-phone', sql: m0014 },
  { version: 15, name: 'household-income', sql: m0015 },
  { version: 16, name: 'cancel-income', sql: m0016 },
  { version: 17, name: 'archive-redaction', sql: m0017 },
  { version: 18, name: 'placement-assessments', sql: m0018 },
  { version: 19, name: 'flexible-subsidies', sql: m0019 },
  { version: 20, name: 'batch-scope', sql: m0020 },
  { version: 21, name: 'allowance-deductions', sql: m0021 },
  { version: 22, name: 'contact-soft-delete', sql: m0022 },
  { version: 23, name: 'cancel-notice-placement-status', sql: m0023 },
  { version: 24, name: 'assessment-trainee-soft-delete', sql: m0024 },
  { version: 25, name: 'registration-ledger', sql: m0025 },
  { version: 26, name: 'registration-recognition-soft-delete', sql: m0026 },
  { version: 27, name: 'internships-wage-other-type', sql: m0027 },
  { version: 28, name: 'roster-payee-copies', sql: m0028 },
  { version: 29, name: 'import-batches', sql: m0029 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
