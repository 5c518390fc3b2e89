// Migration 0014 (issue 11): the office phone a 公示名单 prints is a region attribute, edited with 修改 in
// 设置 → 行政区划. Upgrading keeps every region (phone empty); a phone that is neither a mobile nor a fixed line is
// refused naming the field, writing nothing; an empty one clears it; the audit row says what changed.
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { call, makeCore, must, snapshot } from './harness';
import { databaseAt, insertOffice } from './migration-fixtures';
import { county } from './persons-fixtures';
import { refusedBadInput } from './refusals';

describe('region office phone', () => {
  it('upgrades a database of version 12: regions kept, the phone empty', async () => {
    const old = databaseAt(12);
    insertOffice(old.db);
    const regions = old.db.prepare('SELECT count(*) FROM regions').pluck().get() as number;
    expect(regions).toBeGreaterThan(0);
    old.db.close();
    const core = makeCore(old.dir);
    expect(core.ctx.schemaVersion).toBe(LATEST_VERSION);
    expect(core.ctx.db.prepare('SELECT name FROM schema_migrations WHERE version = 14').pluck().get()).toBe(
      'region-office-phone',
    );
    const { items } = await must(core, 'regions.list', {});
    expect(items).toHaveLength(regions);
    expect(items.every((r) => r.officePhone === null)).toBe(true);
    core.close();
  });

  it('sets, refuses a malformed number by field, keeps it when omitted, clears it when empty; audited', async () => {
    const c = await county(makeCore());
    const set = await must(c.core, 'regions.rename', {
      id: c.village2,
      name: '幸福路社区',
      officePhone: ' 0998 6421234 ',
    });
    expect(set.officePhone).toBe('09986421234');
    const before = snapshot(c.core);
    expect(
      await call(c.core, 'regions.rename', { id: c.village2, name: '幸福路社区', officePhone: '12345' }),
    ).toMatchObject(refusedBadInput({ officePhone: '联系电话应为手机号或固定电话（如 0998-6421234）' }));
    expect(snapshot(c.core)).toBe(before);
    const renamed = await must(c.core, 'regions.rename', { id: c.village2, name: '幸福路居委会' });
    expect(renamed).toMatchObject({ name: '幸福路居委会', officePhone: '09986421234' });
    expect(
      (await must(c.core, 'regions.rename', { id: c.village2, name: '幸福路居委会', officePhone: '' })).officePhone,
    ).toBe(null);
    const audit = await must(c.core, 'audit.search', { channel: 'regions.rename' });
    expect(audit.items.map((a) => a.summary)).toContain(
      `村(社区)“幸福路居委会”（${set.code}），联系电话：09986421234 → 未填`,
    );
  });
});
