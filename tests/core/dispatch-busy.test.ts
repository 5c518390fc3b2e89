import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUSY_MESSAGE } from '../../shared/contract';
import { call, makeCore, must } from './harness';

const office = (name: string) => ({ name, countyName: '疏附县', countyCode: '653121' });

// Issue 20: write transactions start IMMEDIATE; a database held by another writer gets a Chinese BUSY answer,
// never 程序内部错误, and nothing is written.

describe('a write while another connection holds the write lock', () => {
  it('answers BUSY with a Chinese message, writes nothing, and succeeds once the lock is gone', async () => {
    const core = makeCore();
    await must(core, 'settings.setOffice', office('疏附县人社局'));
    core.ctx.db.pragma('busy_timeout = 50');
    const other = new Database(join(core.dataDir, 'taizhang.db'));
    try {
      other.prepare('BEGIN IMMEDIATE').run();
      const r = await call(core, 'settings.setOffice', office('疏附县就业局'));
      expect(r).toEqual({ ok: false, error: { code: 'BUSY', message: BUSY_MESSAGE } });
      other.prepare('ROLLBACK').run();
    } finally {
      other.close();
    }
    expect(await must(core, 'settings.get', {})).toMatchObject({ office: { name: '疏附县人社局' } });
    expect(await must(core, 'settings.setOffice', office('疏附县就业局'))).toMatchObject({
      office: { name: '疏附县就业局' },
    });
  });
});
