import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/core/dispatch';
import { allHandlers } from '../../electron/core/modules';
import { CHANNELS } from '../../shared/contract';
import { call, makeCore, must, setUpOffice, snapshot } from './harness';
import { refusedAs } from './refusals';

describe('dispatch', () => {
  it('has exactly one handler for every contract channel', () => {
    expect(Object.keys(allHandlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('answers an unknown channel with its own code', async () => {
    const core = makeCore();
    const r = await core.invoke('persons.drop', {});
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '未知的操作：persons.drop' } });
  });

  it.each([
    ['settings.setOffice', { countyName: '疏附县', countyCode: '653121' }, { name: '请填写单位名称' }],
    ['settings.setOffice', { name: '   ', countyName: '疏附县', countyCode: '653121' }, { name: '请填写单位名称' }],
    ['settings.setOffice', { name: 42, countyName: '疏附县', countyCode: '653121' }, { name: '请填写单位名称' }],
    ['regions.create', { parentId: null, code: '65312110', name: '乌帕尔镇' }, { code: '区划代码应为12位数字' }],
    ['regions.create', { parentId: null, code: '653121101000', name: '' }, { name: '请填写名称' }],
    [
      'regions.create',
      { parentId: null, code: '653121101000', name: '乌帕尔镇', urbanRuralCode: '999' },
      { urbanRuralCode: '城乡分类代码不在代码表中' },
    ],
    ['regions.rename', { id: '', name: '新名' }, { id: '缺少区划编号' }],
  ])('refuses malformed input to %s with Chinese field messages and writes nothing', async (channel, input, fields) => {
    const core = makeCore();
    await setUpOffice(core);
    const before = snapshot(core);
    const r = await core.invoke(channel, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_INPUT');
    expect(r.error.fields).toEqual(fields);
    expect(r.error.message).toBe(`输入有误：${Object.values(fields)[0]}`);
    expect(snapshot(core)).toBe(before);
  });

  it('hides an internal error behind a short Chinese message, logs the stack, and rolls back the write', async () => {
    const core = makeCore();
    await setUpOffice(core);
    const before = snapshot(core);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...allHandlers,
      'regions.create': () => {
        core.ctx.db
          .prepare(
            "INSERT INTO audit_log (id, at, operator, channel, entity, summary) VALUES ('x','x','x','x','x','half-done')",
          )
          .run();
        throw new TypeError('boom at secret/path.ts:12');
      },
    } as typeof allHandlers;
    const r = await dispatch(
      'regions.create',
      { parentId: null, code: '653121101000', name: '乌帕尔镇' },
      core.ctx,
      broken,
      core.adminSession,
    );
    spy.mockRestore();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INTERNAL');
    expect(r.error.message).not.toContain('boom');
    expect(r.error.message).toContain('数据未改动');
    expect(snapshot(core)).toBe(before);
    expect(readFileSync(join(core.dataDir, 'logs', 'core.log'), 'utf8')).toContain(
      'TypeError: boom at secret/path.ts:12',
    );
  });

  it('reports system info with the fixed working date', async () => {
    const core = makeCore(undefined, '2026-03-05');
    const info = await must(core, 'system.info', {});
    expect(info.today).toBe('2026-03-05');
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('answers jobs.status for an unknown job with NOT_FOUND', async () => {
    const core = makeCore();
    const r = await call(core, 'jobs.status', { jobId: 'nope' });
    expect(r).toEqual(refusedAs('NOT_FOUND', '找不到该任务，可能已过期。'));
  });
});
