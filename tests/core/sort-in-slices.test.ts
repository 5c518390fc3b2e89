// db/sort-in-slices.ts sortSteps (issue 13: the warm-up sorts a county's work list in slices): the order
// Array.prototype.sort gives with the same comparator — stable, equal items in their input order — for any step,
// with a bounded number of comparisons between two yields, run at once (drain) or in slices (runInSlices).
import { describe, expect, it } from 'vitest';
import { drain, runInSlices } from '../../electron/core/db/sliced';
import { sortSteps } from '../../electron/core/db/sort-in-slices';

interface Item {
  key: number;
  at: number;
}

/** `n` items with keys drawn from n / 3 values (many ties), the same at every run (a linear congruential draw). */
function items(n: number, seed: number): Item[] {
  let x = seed;
  return Array.from({ length: n }, (_, at) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return { key: Math.floor((x / 2147483648) * Math.max(1, n / 3)), at };
  });
}

const byKey = (a: Item, b: Item) => a.key - b.key;

describe('sortSteps (issue 13)', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 1],
    [7, 3],
    [100, 7],
    [1000, 16],
    [1000, 1000],
    [1000, 5000],
    [4097, 64],
  ])('sorts %i items %i at a time as Array.prototype.sort does, ties in input order', (n, step) => {
    const input = items(n, n * 31 + step);
    const copy = input.slice();
    const expected = input.slice().sort(byKey);
    const sorted = drain(sortSteps(input, byKey, step));
    expect(sorted.map((i) => i.at)).toEqual(expected.map((i) => i.at));
    expect(input).toEqual(copy);
    if (n > 2) expect(new Set(input.map((i) => i.key)).size).toBeLessThan(n);
  });

  it('yields after a bounded number of comparisons', () => {
    const step = 16;
    let calls = 0;
    const steps = sortSteps(
      items(2000, 7),
      (a, b) => {
        calls++;
        return byKey(a, b);
      },
      step,
    );
    let most = 0;
    let yields = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) {
      most = Math.max(most, calls);
      calls = 0;
      yields++;
    }
    // A run of 16 sorted at once takes at most 16·log2(16) comparisons; a merge step 16. Sorting 2,000 at once: ~20,000.
    expect(most).toBeLessThanOrEqual(64);
    expect(yields).toBeGreaterThanOrEqual(2000 / step);
  });

  it('runs in slices with a breath between them, the same order', async () => {
    const input = items(500, 3);
    let breaths = 0;
    const slices: number[] = [];
    const sorted = await runInSlices(sortSteps(input, byKey, 10), {
      breathe: async () => {
        breaths++;
        await new Promise((r) => setImmediate(r));
      },
      sliceMs: 0,
      chunk: 10,
      slice: (ms) => slices.push(ms),
    });
    expect(sorted.map((i) => i.at)).toEqual(
      input
        .slice()
        .sort(byKey)
        .map((i) => i.at),
    );
    // 50 runs, then 6 merge passes of 50 steps each, one slice per step (sliceMs 0).
    expect(breaths).toBe(50 + 6 * 50);
    expect(slices.length).toBe(breaths + 1);
  });
});
