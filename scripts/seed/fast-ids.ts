// UUIDv7 keys for bulk seeding (ARCHITECTURE §4: UUIDv7 primary keys). The same layout as the core's newId —
// 48-bit millisecond time, version 7, a 12-bit counter within the millisecond, variant 10, random bits — but
// the random bits come from the seeded RNG: uuid's v7 draws crypto randomness for every id, which costs more
// than inserting the row when a seed makes a million of them. Time-ordered, so primary-key inserts append.
import type { Rng } from './rng';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export function makeSeedIds(rng: Rng, startMs = Date.now()): () => string {
  let ms = startMs;
  let seq = -1;
  return () => {
    if (++seq > 0xfff) {
      seq = 0;
      ms++;
    }
    const time = hex(ms, 12);
    const variant = 0x8000 | Math.floor(rng.next() * 0x4000);
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(seq, 3)}-${hex(variant, 4)}-${hex(Math.floor(rng.next() * 0x1000000), 6)}${hex(Math.floor(rng.next() * 0x1000000), 6)}`;
  };
}
