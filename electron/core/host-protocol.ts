import type { Result } from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';
import type { StartTimes } from './core';
import type { StartupErrorCode } from './db/startup-error';

export type HostRequest =
  { type: 'invoke'; id: number; channel: string; input: unknown; session: string | null } | { type: 'close' };

export type WorkerMessage =
  | { type: 'ready'; schemaVersion: number; backupPath: string | null; startTimes: StartTimes }
  | { type: 'startup-error'; code: StartupErrorCode; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'progress'; status: JobStatus };
