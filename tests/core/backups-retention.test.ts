import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPrune } from '../../electron/core/modules/backups/retention';
import { addDays } from '../../shared/domain/working-days';
import { call, makeCore, must, tempDir } from './harness';
import { backupsOf, countyWith } from './backups-fixtures';

/** Every day from `from` for `n` days. */
const daysFrom = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));

describe('retention of automatic backups', () => {
  it('keeps exactly the newest N days and the first backup of each of the newest M months', () => {
    const autos = daysFrom('2025-01-01', 699).map((day) => ({ name: `auto-${day}`, day }));
    const gone = new Set(toPrune(autos, 7, 12).map((b) => b.name));
    const kept = autos.filter((b) => !gone.has(b.name)).map((b) => b.day);
    const lastDay = autos.at(-1)?.day as string; // 2026-11-30
    expect(lastDay).toBe('2026-11-30');
    expect(kept).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
    // A month whose first backup fell on the 3rd keeps that one; nothing is kept twice.
    const gappy = [...daysFrom('2026-09-03', 10), ...daysFrom('2026-10-05', 3)].map((day) => ({ name: day, day }));
    const left = gappy.filter((b) => !toPrune(gappy, 2, 2).some((g) => g.name === b.name)).map((b) => b.day);
    expect(left).toEqual(['2026-09-03', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(toPrune(autos, 7, 0)).toHaveLength(692);
  });

  it('takes one automatic backup at the first start of each day and prunes to the settings', async () => {
    const dir = tempDir();
    const first = makeCore(dir, '2026-09-25');
    await countyWith(first, ['阿依古丽']);
    expect(existsSync(join(dir, 'backups'))).toBe(false); // a first start with an empty register takes none
    const bad = await call(first, 'backups.setRetention', { keepDaily: 0, keepMonthly: 2 });
    expect(bad.ok || bad.error.fields).toEqual({ keepDaily: '每日备份至少保留1份' });
    await must(first, 'backups.setRetention', { keepDaily: 3, keepMonthly: 2 });
    first.close();

    const days = daysFrom('2026-09-26', 64); // to 2026-11-28
    for (const day of days) {
      makeCore(dir, day).close();
      if (day === '2026-10-10') makeCore(dir, day).close(); // a second start the same day adds nothing
    }
    const core = makeCore(dir, '2026-11-28');
    const { items } = await must(core, 'backups.list', {});
    const autos = items.filter((b) => b.kind === 'auto');
    expect(autos.map((b) => b.day)).toEqual(['2026-11-28', '2026-11-27', '2026-11-26', '2026-11-01', '2026-10-01']);
    expect(autos.every((b) => b.counts.persons === 1 && !b.encrypted)).toBe(true);
    for (const b of autos) expect(existsSync(join(backupsOf(core), `${b.name}.json`))).toBe(true);
    expect((await must(core, 'backups.settings', {})).keepDaily).toBe(3);
  });
});
