import type { Channel, ChannelInput, ChannelOutput, Contract, JobResultOf, Result } from '../../../shared/contract';
import type { JobStatus } from '../../../shared/contract/system';
import { createElectronTransport, findBridge } from './electron-transport';
import { createHttpTransport } from './http-transport';
import { captureTokenFromUrl } from './token';
import { reportSessionExpired } from './session-events';
import type { Transport } from './transport';

/** Channels that run as long jobs (they return { jobId } at once). */
export type JobChannel = { [C in Channel]: Contract[C] extends { job: true } ? C : never }[Channel];

export interface JobProgress {
  jobId: string;
  done: number;
  total: number;
  /** Chinese phase name, shown beside the progress bar. */
  phase: string;
}

export interface ApiClient {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Starts a job channel, reports progress while polling jobs.status, and resolves with the job's final Result. */
  runJob<C extends JobChannel>(
    channel: C,
    input: ChannelInput<C>,
    onProgress?: (progress: JobProgress) => void,
  ): Promise<Result<JobResultOf<C>>>;
  /** Asks the core to stop a running job; the job then finishes with a CANCELLED result. */
  cancelJob(jobId: string): Promise<Result<ChannelOutput<'jobs.cancel'>>>;
}

export interface ApiClientOptions {
  /** Delay between two jobs.status polls. */
  pollIntervalMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createApiClient(rawTransport: Transport, options: ApiClientOptions = {}): ApiClient {
  const pollIntervalMs = options.pollIntervalMs ?? 150;
  // Every reply passes here: an ended session is reported once, whatever screen made the call.
  const transport: Transport = {
    invoke: async (channel, input) => {
      const result = await rawTransport.invoke(channel, input);
      if (!result.ok && result.error.code === 'UNAUTHENTICATED') reportSessionExpired();
      return result;
    },
  };

  const invoke = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    transport.invoke(channel, input) as Promise<Result<ChannelOutput<C>>>;

  async function runJob<C extends JobChannel>(
    channel: C,
    input: ChannelInput<C>,
    onProgress?: (progress: JobProgress) => void,
  ): Promise<Result<JobResultOf<C>>> {
    const started = (await transport.invoke(channel, input)) as Result<{ jobId: string }>;
    if (!started.ok) return started;
    const { jobId } = started.data;
    onProgress?.({ jobId, done: 0, total: 0, phase: '准备中' });
    for (;;) {
      await sleep(pollIntervalMs);
      const polled = (await transport.invoke('jobs.status', { jobId })) as Result<JobStatus>;
      if (!polled.ok) return polled;
      const status = polled.data;
      onProgress?.({ jobId, done: status.done, total: status.total, phase: status.phase });
      if (status.state === 'running') continue;
      if (status.result) return status.result as Result<JobResultOf<C>>;
      return { ok: false, error: { code: 'INTERNAL', message: '任务已结束，但没有返回结果。' } };
    }
  }

  const cancelJob = (jobId: string) => invoke('jobs.cancel', { jobId });

  return { invoke, runJob, cancelJob };
}

/** The client the app uses: Electron IPC when the preload ran, otherwise HTTP (browser mode). */
export function createDefaultApiClient(): ApiClient {
  const bridge = findBridge();
  if (bridge) return createApiClient(createElectronTransport(bridge));
  captureTokenFromUrl();
  return createApiClient(createHttpTransport());
}
