// A stable sort done in steps, for db/sliced.ts runInSlices: the warm-up sorts a county's work list (500,000 rows
// at the large scale) without holding the thread for the whole sort (issue 13).
import type { Steps } from './sliced';

/**
 * `items` in the order items.slice().sort(cmp) gives (stable: equal items keep their order), yielding after every
 * `step` items: runs of `step` items sorted at once, then merged pairwise, pass after pass.
 */
export function* sortSteps<T>(items: readonly T[], cmp: (a: T, b: T) => number, step: number): Steps<T[]> {
  const n = items.length;
  const size = Math.max(1, Math.floor(step));
  let from: T[] = [];
  for (let at = 0; at < n; at += size) {
    for (const x of items.slice(at, at + size).sort(cmp)) from.push(x);
    yield;
  }
  let to = from.slice();
  let moved = 0;
  for (let width = size; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      // Equal items are taken from the left run first: the order among them stays the input's.
      for (let k = lo; k < hi; k++) {
        to[k] = j >= hi || (i < mid && cmp(from[i], from[j]) <= 0) ? from[i++] : from[j++];
        if (++moved % size === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
