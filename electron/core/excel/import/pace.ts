// Long import loops (reading 50,000 rows, validating them, matching them) run in time slices: after SLICE_MS of
// work the loop yields to the event loop, so status and cancel requests (and, in-process, every other call) are
// answered while a big roster is read. A row count per slice is not enough: a row costs 10 µs on an idle machine
// and ten times that on a loaded one or when the garbage collector runs.

export const SLICE_MS = 20;

/** Lets the event loop run (timers, I/O, other requests) before the next slice. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface Pace {
  /** True once the current slice has run its time: call rest() before the next row. */
  due(): boolean;
  /** Yields (`breathe`), then starts the next slice. */
  rest(): Promise<void>;
}

/** A slice clock for one loop; `breathe` is the job's (JobControl.breathe) or the next turn of the loop. */
export function pace(breathe: () => Promise<void> = nextTurn, sliceMs = SLICE_MS): Pace {
  let since = performance.now();
  return {
    due: () => performance.now() - since >= sliceMs,
    rest: async () => {
      await breathe();
      since = performance.now();
    },
  };
}
