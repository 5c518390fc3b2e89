// A bench's job call: start a job channel on an in-process core and wait for its data (jobs.status every 5 ms).
import type { Core } from '../../electron/core/core';

/** Starts a job and waits for its data; throws with the job's error, or when its status cannot be read. */
export async function job(core: Core, channel: string, input: unknown): Promise<Record<string, unknown>> {
  const started = await core.invoke(channel, input);
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.data as { jobId: string };
  for (;;) {
    const r = await core.invoke('jobs.status', { jobId });
    if (!r.ok) throw new Error('jobs.status failed');
    const s = r.data as { state: string; result?: { ok: boolean; data?: unknown; error?: unknown } };
    if (s.state !== 'running') {
      if (!s.result?.ok) throw new Error(`${channel}: ${JSON.stringify(s.result)}`);
      return s.result.data as Record<string, unknown>;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
