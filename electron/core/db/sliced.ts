// One kept answer built chunk by chunk in the background (the warm-up, modules/home/warm-up.ts): chunks run in
// slices of `sliceMs`, other calls answered between them, through memo-slices.ts buildInSlices (writes made meanwhile
// are patched in; a read meanwhile runs the remaining chunks itself).
import type { CoreContext } from '../context';
import { buildInSlices, type SlicedBuild } from './memo-slices';
import type { Patch } from './memo-store';

export interface Paced {
  /** Awaited between slices (the next turn of the event loop; tests pass a gate). */
  breathe: () => Promise<void>;
  sliceMs: number;
  /** Rows (registrations, persons) read per chunk. */
  chunk: number;
  /** Told how long each slice held the thread (bench). */
  slice?: (ms: number) => void;
}

/**
 * Builds `key` by calling `chunk` (true once the last chunk was read) until done, then keeps `value()`. True when
 * kept (or kept already), false when a write or commit meanwhile means it could not be.
 */
export async function buildByChunks<T>(
  ctx: CoreContext,
  key: string,
  patch: Patch<T>,
  o: Paced,
  chunk: () => boolean,
  value: () => T,
): Promise<boolean> {
  let done = false;
  const run = (slices: SlicedBuild<T>, until: number) => {
    while (!done) {
      done = slices.step(chunk);
      if (performance.now() >= until) break;
    }
  };
  const slices: SlicedBuild<T> | null = buildInSlices(ctx, key, patch, () => {
    run(slices!, Infinity);
    slices!.finish(value());
  });
  if (!slices) return true;
  try {
    while (slices.alive) {
      const started = performance.now();
      run(slices, started + o.sliceMs);
      o.slice?.(performance.now() - started);
      if (done) return slices.finish(value());
      await o.breathe();
    }
    return false;
  } catch (err) {
    slices.abandon();
    throw err;
  }
}

/** Work done a step at a time: it yields where the thread may be given up, and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` in slices of o.sliceMs (o.slice told each one's length), awaiting o.breathe between them. */
export async function runInSlices<T>(steps: Steps<T>, o: Paced): Promise<T> {
  for (;;) {
    const started = performance.now();
    let r = steps.next();
    while (!r.done && performance.now() < started + o.sliceMs) r = steps.next();
    o.slice?.(performance.now() - started);
    if (r.done) return r.value;
    await o.breathe();
  }
}

/** Runs `steps` at once (a read that needs the answer now). */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
