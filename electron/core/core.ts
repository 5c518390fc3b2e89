import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { Result } from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';
import { makeNow, makeToday, systemMillis } from './clock';
import type { CoreContext } from './context';
import { openDatabase, openMarker } from './db/open';
import { errorLogger } from './error-log';
import { dispatch } from './dispatch';
import { JobRegistry } from './jobs/registry';
import { startJobLane } from './jobs/worker-lane';
import { newWriteBoard } from './db/job-writes';
import { dailyBackup, dailyBackupDue } from './modules/backups/daily';
import { cleanUpAtStart } from './modules/backups/files';
import { writeSidecar, describeRegister } from './modules/backups/meta';
import { purgeAtStart, purgeOldExports, SWEEP_EVERY_MS } from './modules/files/store';
import { startDueInternships } from './modules/internships/person-flags';
import { NOBODY } from './modules/accounts/caller';
import { COUNTY } from './scope/scope';
import { SessionStore } from './modules/accounts/sessions';
import { startWarmUp, type WarmUp, type WarmUpOptions } from './modules/home/warm-up';

z.config(z.locales.zhCN());

const APP_VERSION = '0.1.0';
export const DB_FILE = 'taizhang.db';

export interface CoreOptions {
  dataDir: string;
  /** Fixed working date YYYY-MM-DD (tests, E2E, `--today`). */
  today?: string | null;
  /** The current instant (ISO-8601 text); default the computer's time of day on the working date (makeNow). */
  now?: () => string;
  nativeBinding?: string;
  onProgress?: (status: JobStatus) => void;
  /**
   * The job worker's script (URL href; jobs/worker-lane.ts): jobs and roster generation then run on their own
   * thread and connection (issue 13). The host passes it; without it (tests, seed, bench in-process) they run here.
   */
  jobWorker?: string;
  /** Test seam: see JobWorkerData.gate. */
  jobGate?: Int32Array;
  /**
   * Computes the first 首页, month work list and badges in the background at start, after a job and when the
   * date changes (modules/home/warm-up.ts). The host turns it on; in-process cores (tests, bench) ask for it.
   */
  warmUp?: boolean | WarmUpOptions;
}

/** When each step of a start ended (epoch ms), in order: what `npm run bench -- --only start` splits the start by. */
export type StartTimes = [phase: string, at: number][];

export interface Core {
  /** `session`: the token from auth.setup / auth.signIn / auth.recover, or null (then only public channels run). */
  invoke(channel: string, input: unknown, session?: string | null): Promise<Result<unknown>>;
  close(): void;
  /** Resolves when everything close() started has ended (the job worker's thread). */
  closed(): Promise<void>;
  ctx: CoreContext;
  backupPath: string | null;
  /**
   * Today's automatic backup: with a job worker it is taken there after start, so this resolves (with its name, or
   * null when none was due or it failed) after the core already answers; without one it was taken at open.
   */
  dailyBackup: Promise<string | null>;
  startTimes: StartTimes;
  /** The background warm-up, when CoreOptions.warmUp asked for it. */
  warmUp?: WarmUp;
}

/** Opens the database (refusing bad files with a StartupError) and returns the in-process core. */
export function openCore(options: CoreOptions): Core {
  const startTimes: StartTimes = [['open core', systemMillis()]];
  const mark = (phase: string) => startTimes.push([phase, systemMillis()]);
  mkdirSync(options.dataDir, { recursive: true });
  const dbFile = join(options.dataDir, DB_FILE);
  cleanUpAtStart(options.dataDir, dbFile);
  mark('clean-up');
  const { db, schemaVersion, backupPath } = openDatabase(dbFile, {
    backupDir: join(options.dataDir, 'backups'),
    nativeBinding: options.nativeBinding,
    mark,
  });
  let warm: WarmUp | undefined;
  const ctx: CoreContext = {
    db,
    today: makeToday(options.today),
    now: options.now ?? makeNow(options.today),
    // Replaced per call by dispatch (contextFor) with the signed-in account; this is what runs outside a call.
    operator: () => NOBODY,
    caller: { account: null, session: null },
    scope: COUNTY,
    sessions: new SessionStore(),
    // A job that ended may have dropped what the warm-up keeps (an import's commit): warmed again.
    jobs: new JobRegistry((status) => {
      options.onProgress?.(status);
      if (status.state !== 'running') warm?.request();
    }),
    dataDir: options.dataDir,
    nativeBinding: options.nativeBinding,
    appVersion: APP_VERSION,
    schemaVersion,
    logError: errorLogger(options.dataDir),
  };
  if (options.jobWorker) {
    const data = {
      dbFile,
      dataDir: options.dataDir,
      today: options.today ?? null,
      nativeBinding: options.nativeBinding,
      schemaVersion,
      appVersion: APP_VERSION,
      gate: options.jobGate,
      writes: newWriteBoard(),
    };
    ctx.lane = startJobLane(new URL(options.jobWorker), data, ctx.logError);
  }
  purgeAtStart(ctx);
  if (backupPath) describeUpgradeBackup(ctx, backupPath);
  const daily = startDailyBackup(ctx);
  mark('daily backup');
  // Files with full ID numbers nobody took go after a few minutes, even when no other export runs (issue 20).
  // Internships signed ahead mark their person 见习中 from the start date (BR-28): at start and when the day turns.
  const internshipsDue = () => {
    try {
      if (!ctx.db.inTransaction) startDueInternships(ctx);
    } catch (err) {
      ctx.logError(err, 'internships.start-due');
    }
  };
  internshipsDue();
  mark('internships');
  if (options.warmUp) {
    warm = startWarmUp(ctx, options.warmUp === true ? {} : options.warmUp);
    warm.request();
  }
  let day = ctx.today();
  const sweep = setInterval(() => {
    purgeOldExports(ctx);
    internshipsDue();
    if (ctx.today() !== day) warm?.request(); // a new day drops what was kept for the old one
    day = ctx.today();
  }, SWEEP_EVERY_MS);
  sweep.unref();
  let laneClosed: Promise<void> = Promise.resolve();
  return {
    invoke: (channel, input, session) => dispatch(channel, input, ctx, undefined, session ?? null),
    // ctx.db, not the first connection: a restore swaps it. Closing removes the open-marker (a clean exit).
    close: () => {
      clearInterval(sweep);
      warm?.stop();
      if (ctx.lane) laneClosed = ctx.lane.close();
      ctx.db.close();
      rmSync(openMarker(ctx.db.name), { force: true });
    },
    closed: () => laneClosed,
    ctx,
    backupPath,
    dailyBackup: daily,
    startTimes,
    ...(warm ? { warmUp: warm } : {}),
  };
}

/**
 * Today's automatic backup (issue 13): handed to the job worker when one is due, so the copy of the whole register
 * (seconds at 100,000 persons) never comes before the first answer; taken here at once without a job worker.
 */
function startDailyBackup(ctx: CoreContext): Promise<string | null> {
  if (!ctx.lane) return Promise.resolve(dailyBackup(ctx));
  try {
    return dailyBackupDue(ctx) ? ctx.lane.dailyBackup() : Promise.resolve(null);
  } catch (err) {
    ctx.logError(err, 'backups.daily');
    return Promise.resolve(null);
  }
}

/** Gives the copy taken before an upgrade its .json, so the backups list shows it with its counts. Never throws. */
function describeUpgradeBackup(ctx: CoreContext, path: string): void {
  try {
    const copy = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: ctx.nativeBinding });
    try {
      writeSidecar(path, { ...describeRegister(copy, 'before-upgrade', ctx) });
    } finally {
      copy.close();
    }
  } catch (err) {
    ctx.logError(err, 'backups.before-upgrade');
  }
}
