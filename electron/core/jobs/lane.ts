import type { Account } from '../../../shared/contract/accounts';
import type { Result } from '../../../shared/contract/result';
import type { JobControl } from './registry';

// The second lane (issue 13): long jobs and roster generation run in the job worker (its own thread and its own
// SQLite connection on the same file), so a list or a save on the interactive worker never waits behind them.
// The interactive core admits a call (permission, input, township scope) and hands it over with the caller; the
// job worker runs the same handler with the same transaction and audit code (dispatch.ts), as that caller.

/** Who the call is from, as the job worker rebuilds its context (account, scope, operator name). */
export interface LaneCaller {
  account: Account | null;
  session: string | null;
}

export interface JobLane {
  /** Runs an admitted job channel in the job worker; `job` is the interactive registry's control of it. */
  runJob(channel: string, input: unknown, caller: LaneCaller, job: JobControl): Promise<Result<unknown>>;
  /** Runs an admitted write channel (roster generation) in the job worker; the caller waits for its answer. */
  runWrite(channel: string, input: unknown, caller: LaneCaller): Promise<Result<unknown>>;
  /**
   * Takes today's automatic backup in the job worker (started for it), off the interactive thread; resolves with the
   * new backup's name, or null (none due, or failed: logged). Not counted in handedOver.
   */
  dailyBackup(): Promise<string | null>;
  /** Closes the job worker's connection until resume (a restore replaces the file under it). */
  suspend(): Promise<void>;
  resume(): Promise<void>;
  /** Ends the job worker (its connection closed first). */
  close(): Promise<void>;
  /** How many calls were handed over since start (tests: a refused call never reaches the lane). */
  readonly handedOver: number;
  /** The board on which the job worker marks the tables its calls wrote (db/job-writes.ts), read by db/memo.ts. */
  readonly writes?: Int32Array;
}

/**
 * Write channels that are long enough to run in the job worker although the caller waits for them (roster
 * generation). Every job channel goes there too, except the restore: it swaps the interactive connection.
 */
const LANE_WRITES: ReadonlySet<string> = new Set([
  'subsidies.generateBatch',
  'attendance.generate',
  'allowances.generate',
  'training.generateBatch',
]);
const STAY_JOBS: ReadonlySet<string> = new Set(['backups.restore']);

export const runsInLane = (channel: string, kind: { job?: boolean }): boolean =>
  kind.job ? !STAY_JOBS.has(channel) : LANE_WRITES.has(channel);
