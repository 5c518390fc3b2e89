import type { JobStatus } from '../../../shared/contract/system';
import type { Result } from '../../../shared/contract/result';
import { AppError } from '../../../shared/contract/result';
import { newId } from '../ids';
import { systemMillis } from '../clock';

/** What a running job sees: report progress, notice a cancel, let other requests in. */
export interface JobControl {
  progress(done: number, total: number, phase: string): void;
  readonly cancelled: boolean;
  /** Throws the CANCELLED error if the clerk pressed 取消. Call it before committing. */
  checkCancelled(): void;
  /** Yields to the event loop so status and cancel requests are answered during long work. */
  breathe(): Promise<void>;
  /** Called once when the clerk cancels (the job lane passes the cancel on to the job worker). */
  onCancel?(listener: () => void): void;
}

interface Entry {
  status: JobStatus;
  /** The account that started the job (null: nobody signed in); only it may read, cancel or take its file. */
  owner: string | null;
  cancelRequested: boolean;
  finishedAt?: number;
  cancelListeners: (() => void)[];
}

const KEEP_FINISHED_MS = 30 * 60_000;

export class JobRegistry {
  private jobs = new Map<string, Entry>();

  constructor(private readonly onProgress?: (status: JobStatus) => void) {}

  start(channel: string, owner: string | null, run: (job: JobControl) => Promise<Result<unknown>>): string {
    this.prune();
    const jobId = newId();
    const entry: Entry = {
      status: { jobId, channel, state: 'running', done: 0, total: 0, phase: '准备中' },
      owner,
      cancelRequested: false,
      cancelListeners: [],
    };
    this.jobs.set(jobId, entry);
    const control: JobControl = {
      progress: (done, total, phase) => {
        Object.assign(entry.status, { done, total, phase });
        this.onProgress?.({ ...entry.status });
      },
      get cancelled() {
        return entry.cancelRequested;
      },
      checkCancelled: () => {
        if (entry.cancelRequested) throw new AppError('CANCELLED', '已取消，数据未改动。');
      },
      breathe: () => new Promise((resolve) => setImmediate(resolve)),
      onCancel: (listener) => {
        entry.cancelListeners.push(listener);
      },
    };
    // Start on the next turn so the caller gets the job id before any work happens.
    setImmediate(() => {
      run(control).then((result) => this.finish(entry, result));
    });
    return jobId;
  }

  private finish(entry: Entry, result: Result<unknown>) {
    const cancelled = !result.ok && result.error.code === 'CANCELLED';
    entry.status.state = result.ok ? 'done' : cancelled ? 'cancelled' : 'failed';
    entry.status.result = result;
    entry.status.phase = result.ok ? '已完成' : cancelled ? '已取消' : '失败';
    entry.finishedAt = systemMillis();
    this.onProgress?.({ ...entry.status });
  }

  /**
   * Whether `account` started the job (gap 7 of audit4): jobs.status and jobs.cancel answer another account's job as
   * they answer an unknown id, so a job's file reaches only the account whose permissions the job was started with.
   */
  startedBy(jobId: string, account: string | null): boolean {
    const e = this.jobs.get(jobId);
    return e !== undefined && e.owner === account;
  }

  status(jobId: string): JobStatus | undefined {
    const e = this.jobs.get(jobId);
    return e ? { ...e.status } : undefined;
  }

  /** How many jobs are running now (a restore refuses to swap the register under another job). */
  running(): number {
    let n = 0;
    for (const e of this.jobs.values()) if (e.status.state === 'running') n++;
    return n;
  }

  cancel(jobId: string): boolean {
    const e = this.jobs.get(jobId);
    if (!e || e.status.state !== 'running') return false;
    e.cancelRequested = true;
    for (const l of e.cancelListeners.splice(0)) l();
    return true;
  }

  private prune() {
    const limit = systemMillis() - KEEP_FINISHED_MS;
    for (const [id, e] of this.jobs) if (e.finishedAt && e.finishedAt < limit) this.jobs.delete(id);
  }
}
