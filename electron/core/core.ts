import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Result } from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';
import { makeToday, systemInstant } from './clock';
import type { CoreContext } from './context';
import { openDatabase } from './db/open';
import { dispatch } from './dispatch';
import { JobRegistry } from './jobs/registry';
import { purgeAtStart } from './modules/files/store';
import { readSettings } from './modules/settings/service';

z.config(z.locales.zhCN());

export const APP_VERSION = '0.1.0';
export const DB_FILE = 'taizhang.db';

export interface CoreOptions {
  dataDir: string;
  /** Fixed working date YYYY-MM-DD (tests, E2E, `--today`). */
  today?: string | null;
  nativeBinding?: string;
  onProgress?: (status: JobStatus) => void;
}

export interface Core {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  close(): void;
  ctx: CoreContext;
  backupPath: string | null;
}

/** Opens the database (refusing bad files with a StartupError) and returns the in-process core. */
export function openCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const { db, schemaVersion, backupPath, close } = openDatabase(join(options.dataDir, DB_FILE), {
    backupDir: join(options.dataDir, 'backups'),
    nativeBinding: options.nativeBinding,
  });
  const logFile = join(options.dataDir, 'logs', 'core.log');
  const ctx: CoreContext = {
    db,
    today: makeToday(options.today),
    now: systemInstant,
    operator: () => readSettings(db).operatorName ?? '未设置',
    jobs: new JobRegistry(options.onProgress),
    dataDir: options.dataDir,
    appVersion: APP_VERSION,
    schemaVersion,
    logError: (err, where) => {
      const text = `${systemInstant()} [${where}] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`;
      try {
        mkdirSync(join(options.dataDir, 'logs'), { recursive: true });
        appendFileSync(logFile, text);
      } catch {
        // logging must never break a request
      }
      console.error(text);
    },
  };
  purgeAtStart(ctx);
  return {
    invoke: (channel, input) => dispatch(channel, input, ctx),
    close,
    ctx,
    backupPath,
  };
}
