// "Nothing was written", byte for byte: the register file's SHA-256 after every committed page has been moved from
// the write-ahead log into it (wal_checkpoint TRUNCATE). A rolled-back transaction leaves no committed frame, so
// the digest taken before and after it is the same; a commit that adds or changes a row changes a page.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { Channel, ChannelInput } from '../../shared/contract';
import { must, snapshot, waitJob } from './harness';

export function dbBytes(core: Core): string {
  const db = core.ctx.db;
  const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (r?.busy) throw new Error('checkpoint blocked by another connection');
  return createHash('sha256').update(readFileSync(db.name)).digest('hex');
}

/** Every row and the file's bytes: what "byte-identical" compares. */
export const registerState = (core: Core) => ({ rows: snapshot(core), bytes: dbBytes(core) });

/**
 * Starts a job, cancels it at once, and checks it ended cancelled with the register as it was before the start;
 * returns that state (for the caller's later checks).
 */
export async function expectCancelledUntouched<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
): Promise<ReturnType<typeof registerState>> {
  const before = registerState(core);
  const { jobId } = (await must(core, channel, input)) as { jobId: string };
  await must(core, 'jobs.cancel', { jobId });
  const cancelled = await waitJob(core, jobId);
  expect([cancelled.state, cancelled.result]).toEqual([
    'cancelled',
    { ok: false, error: { code: 'CANCELLED', message: '已取消，数据未改动。' } },
  ]);
  expect(registerState(core)).toEqual(before);
  return before;
}
