import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobStatus } from '../../shared/contract/system';
import type { TaizhangBridge } from '../../electron/preload/api-types';
import { CORE_CHANNELS } from './core-channels';

const fake = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async () => ({ ok: true, data: 'from main' })),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: fake.exposeInMainWorld },
  ipcRenderer: { invoke: fake.invoke, on: fake.on, removeListener: fake.removeListener },
}));

const { ALLOWED_CHANNELS } = await import('../../electron/preload/index');
const exposed = () => fake.exposeInMainWorld.mock.calls[0][1] as TaizhangBridge;

describe('preload', () => {
  beforeEach(() => {
    fake.invoke.mockClear();
    fake.on.mockClear();
    fake.removeListener.mockClear();
  });

  it('allows exactly the channels the core has a handler for', () => {
    expect(CORE_CHANNELS.length).toBeGreaterThan(50);
    expect([...ALLOWED_CHANNELS].sort()).toEqual(CORE_CHANNELS);
  });

  it("exposes one fixed, frozen object as 'taizhang'", () => {
    expect(fake.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(fake.exposeInMainWorld.mock.calls[0][0]).toBe('taizhang');
    const api = exposed();
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(['chooseFolder', 'invoke', 'onProgress', 'saveFile']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it('refuses a channel outside the contract without calling ipcRenderer', async () => {
    const api = exposed() as unknown as { invoke(channel: unknown, input: unknown): Promise<unknown> };
    for (const channel of [
      'fs.readFile',
      '__proto__',
      'constructor',
      'toString',
      'taizhang:save-file',
      'save-file',
      '',
      42,
      null,
    ]) {
      await expect(api.invoke(channel, {})).resolves.toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `未知的操作：${String(channel)}` },
      });
    }
    expect(fake.invoke).not.toHaveBeenCalled();
  });

  it('sends contract channels over their own IPC name with the input', async () => {
    const api = exposed() as unknown as { invoke(channel: string, input: unknown): Promise<unknown> };
    for (const channel of CORE_CHANNELS) {
      await expect(api.invoke(channel, { a: 1 })).resolves.toEqual({ ok: true, data: 'from main' });
      expect(fake.invoke).toHaveBeenLastCalledWith(`taizhang:${channel}`, { a: 1 });
    }
    expect(fake.invoke).toHaveBeenCalledTimes(CORE_CHANNELS.length);
  });

  it('saveFile goes to taizhang:save-file; malformed arguments never leave the page', async () => {
    await exposed().saveFile('名单.xlsx', 'AA==');
    expect(fake.invoke).toHaveBeenCalledWith('taizhang:save-file', '名单.xlsx', 'AA==');
    await expect(exposed().saveFile(42 as never, 'AA==')).resolves.toEqual({
      saved: false,
      error: '保存文件的参数有误。',
    });
    expect(fake.invoke).toHaveBeenCalledTimes(1);
  });

  it('chooseFolder goes to taizhang:choose-folder with a string title', async () => {
    await exposed().chooseFolder('选择U盘');
    expect(fake.invoke).toHaveBeenCalledWith('taizhang:choose-folder', '选择U盘');
    await (exposed() as unknown as { chooseFolder(t: unknown): Promise<unknown> }).chooseFolder({ x: 1 });
    expect(fake.invoke).toHaveBeenLastCalledWith('taizhang:choose-folder', '');
  });

  it('onProgress relays the status without the IPC event and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = exposed().onProgress(listener);
    expect(fake.on).toHaveBeenCalledWith('taizhang:progress', expect.any(Function));
    const relay = fake.on.mock.calls[0][1] as (e: unknown, s: JobStatus) => void;
    const status = { jobId: 'j', channel: 'x', state: 'running', done: 1, total: 2, phase: '读取' } as JobStatus;
    relay({ sender: 'ipc event' }, status);
    expect(listener).toHaveBeenCalledWith(status);
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    expect(fake.removeListener).toHaveBeenCalledWith('taizhang:progress', relay);
  });

  it('imports nothing at run time but electron, the contract and its own types', () => {
    const source = readFileSync(resolve('electron/preload/index.ts'), 'utf8');
    const specifiers = [...source.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)]
      .filter((m) => !m[1])
      .map((m) => m[2]);
    expect(specifiers.sort()).toEqual(['../../shared/contract', './api-types', 'electron']);
  });
});
