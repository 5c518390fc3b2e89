import { describe, expect, it } from 'vitest';
import { makeSeedIds } from '../../scripts/seed/fast-ids';
import { makeRng } from '../../scripts/seed/rng';

// ARCHITECTURE §4: primary keys are UUIDv7; the bulk seed makes them without crypto randomness.
describe('seed UUIDv7 keys', () => {
  it('are version 7, variant 10, strictly increasing across the millisecond counter', () => {
    const next = makeSeedIds(makeRng(1), Date.UTC(2026, 10, 28));
    const ids = Array.from({ length: 10_000 }, next);
    // The ids that are not UUIDv7, compared once (an expect per id, 10,000 of them, took a third of a second).
    const uuid7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(ids.filter((id) => !uuid7.test(id))).toEqual([]);
    expect(ids.every((id, i) => i === 0 || ids[i - 1] < id)).toBe(true);
    expect(ids[0].slice(0, 13)).toBe(
      `${Date.UTC(2026, 10, 28).toString(16).padStart(12, '0').slice(0, 8)}-${Date.UTC(2026, 10, 28).toString(16).padStart(12, '0').slice(8)}`,
    );
  });
});
