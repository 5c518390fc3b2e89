import type { Result } from '../../../shared/contract/result';
import type { LaneCaller } from './lane';

/** What the job worker is started with (workerData). */
export interface JobWorkerData {
  dbFile: string;
  dataDir: string;
  today: string | null;
  nativeBinding?: string;
  schemaVersion: number;
  appVersion: string;
  /**
   * Test seam: while gate[0] is 0 the job worker's thread is blocked (Atomics.wait) before each job it runs (and
   * before the daily backup), so a
   * test proves an interactive call is answered while a job is under way — without timing anything.
   */
  gate?: Int32Array;
  /** The tables its calls wrote, for the interactive connection's kept answers (db/job-writes.ts). */
  writes?: Int32Array;
}

export type LaneRequest =
  | {
      type: 'job';
      id: number;
      channel: string;
      input: unknown;
      caller: LaneCaller;
      /** [0] becomes 1 when the clerk cancels: seen at once, even inside a synchronous chunk of work. */
      cancel: Int32Array;
    }
  | { type: 'write'; id: number; channel: string; input: unknown; caller: LaneCaller }
  /** Today's automatic backup, taken here after start (modules/backups/daily.ts); answered with its name or null. */
  | { type: 'daily-backup'; id: number }
  | { type: 'suspend'; id: number }
  | { type: 'resume'; id: number }
  | { type: 'close' };

export type LaneMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; done: number; total: number; phase: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'ack'; id: number; error?: string };
