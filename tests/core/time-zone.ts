// Runs each test of the file in a time zone (process.env.TZ), restoring the zone after: stored instants are UTC and
// the core takes their local date (electron/core/clock.ts localDate).
import { afterEach, beforeEach } from 'vitest';

export function inTimeZone(zone: string): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}
