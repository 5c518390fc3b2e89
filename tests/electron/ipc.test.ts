import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Result } from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';
import type { FileDialogs } from '../../electron/main/dialogs';
import { bindContract, FOREIGN_SENDER_MESSAGE, handledNames, type IpcMainLike } from '../../electron/main/ipc';
import { appPage, isAppUrl as isAppPage } from '../../electron/main/window';
import { CORE_CHANNELS } from './core-channels';
import { frameEvent, fakeIpcMain, FakeWebContents } from './fakes';

vi.mock('electron', () => ({}));

// The sender check index.ts binds: window.ts isAppUrl on the packaged page (app://taizhang).
const page = appPage({ packaged: true });
const APP_URL = page.url;
const isAppUrl = (url: string) => isAppPage(url, page);

function setup() {
  const ipc = fakeIpcMain();
  let progress: ((s: JobStatus) => void) | null = null;
  const stopProgress = vi.fn();
  const host = {
    invoke: vi.fn(async (channel: string, input: unknown): Promise<Result<unknown>> => ({
      ok: true,
      data: { channel, input },
    })),
    onProgress: vi.fn((listener: (s: JobStatus) => void) => {
      progress = listener;
      return stopProgress;
    }),
  };
  const dialogs: FileDialogs = {
    saveFile: vi.fn(async (_name: string) => ({ saved: true, path: '/home/u/a.xlsx' })),
    chooseFolder: vi.fn(async (_title: string) => ({ path: '/media/clerk/U盘' })),
  };
  const contents = new FakeWebContents();
  const unbind = bindContract(ipc as unknown as IpcMainLike, host, {
    isAppUrl,
    dialogs,
    target: () => contents as never,
  });
  return { ipc, host, dialogs, contents, unbind, stopProgress, emitProgress: (s: JobStatus) => progress?.(s) };
}

describe('bindContract', () => {
  it('binds every channel the core answers exactly once, plus save-file', () => {
    const { ipc } = setup();
    const names = ipc.handle.mock.calls.map((c) => c[0]);
    expect(new Set(names).size).toBe(names.length);
    expect(CORE_CHANNELS.length).toBeGreaterThan(50);
    expect(names.filter((n) => n !== 'taizhang:save-file' && n !== 'taizhang:choose-folder').sort()).toEqual(
      CORE_CHANNELS.map((c) => `taizhang:${c}`),
    );
    expect(names).toContain('taizhang:save-file');
    expect(names).toContain('taizhang:choose-folder');
    expect(names.sort()).toEqual(handledNames().sort());
  });

  it('forwards the input to the core and returns its Result unchanged', async () => {
    const { ipc, host } = setup();
    for (const channel of CORE_CHANNELS) {
      const input = { probe: channel };
      const result = await ipc.handlers.get(`taizhang:${channel}`)!(frameEvent(APP_URL), input);
      expect(result).toEqual({ ok: true, data: { channel, input } });
      expect(host.invoke).toHaveBeenLastCalledWith(channel, input, null);
    }
    expect(host.invoke).toHaveBeenCalledTimes(CORE_CHANNELS.length);
  });

  it('keeps the session in the main process: the sign-in token never reaches the page, later calls carry it', async () => {
    const { ipc, host } = setup();
    const call = (channel: string, input: unknown = {}) =>
      ipc.handlers.get(`taizhang:${channel}`)!(frameEvent(APP_URL), input);
    host.invoke.mockResolvedValueOnce({ ok: true, data: { account: { id: 'a1' }, session: 'tok-1' } });
    await expect(call('auth.signIn', { username: 'gulnar', password: 'x' })).resolves.toEqual({
      ok: true,
      data: { account: { id: 'a1' } },
    });
    await call('persons.list', { page: 1 });
    expect(host.invoke).toHaveBeenLastCalledWith('persons.list', { page: 1 }, 'tok-1');
    // A failed sign-in keeps the session that was there; a session in any other reply is not taken.
    host.invoke.mockResolvedValueOnce({ ok: true, data: { session: 'forged' } });
    await call('persons.get', { id: 'p' });
    await call('persons.list', {});
    expect(host.invoke).toHaveBeenLastCalledWith('persons.list', {}, 'tok-1');
    await call('auth.signOut');
    expect(host.invoke).toHaveBeenLastCalledWith('auth.signOut', {}, 'tok-1');
    await call('persons.list', {});
    expect(host.invoke).toHaveBeenLastCalledWith('persons.list', {}, null);
  });

  it('returns a failed Result from the core as it is', async () => {
    const { ipc, host } = setup();
    const failed: Result<never> = {
      ok: false,
      error: { code: 'BAD_INPUT', message: '输入有误', fields: { name: '请填写姓名' } },
    };
    host.invoke.mockResolvedValueOnce(failed);
    await expect(ipc.handlers.get(`taizhang:${CHANNELS[0]}`)!(frameEvent(APP_URL), {})).resolves.toEqual(failed);
  });

  it('refuses calls from a foreign page, a sub-frame or a vanished frame without reaching the core', async () => {
    const { ipc, host, dialogs } = setup();
    const handler = ipc.handlers.get(`taizhang:${CHANNELS[0]}`)!;
    await expect(async () => handler(frameEvent('https://evil.example/'), {})).rejects.toThrow(FOREIGN_SENDER_MESSAGE);
    await expect(async () => handler(frameEvent('file:///tmp/other.html'), {})).rejects.toThrow(FOREIGN_SENDER_MESSAGE);
    await expect(async () => handler(frameEvent('file:///opt/taizhang/out/renderer/index.html'), {})).rejects.toThrow(
      FOREIGN_SENDER_MESSAGE,
    );
    await expect(async () => handler(frameEvent('app://other/index.html'), {})).rejects.toThrow(FOREIGN_SENDER_MESSAGE);
    await expect(async () => handler(frameEvent('app://taizhang:8080/index.html'), {})).rejects.toThrow(
      FOREIGN_SENDER_MESSAGE,
    );
    await expect(handler(frameEvent('app://taizhang/index.html#/persons'), { a: 1 })).resolves.toMatchObject({
      ok: true,
    });
    host.invoke.mockClear();
    await expect(async () => handler(frameEvent(APP_URL, { url: APP_URL }), {})).rejects.toThrow(
      FOREIGN_SENDER_MESSAGE,
    );
    await expect(async () => handler({ senderFrame: null }, {})).rejects.toThrow(FOREIGN_SENDER_MESSAGE);
    const save = ipc.handlers.get('taizhang:save-file')!;
    await expect(async () => save(frameEvent('https://evil.example/'), 'a.xlsx', 'AA==')).rejects.toThrow(
      FOREIGN_SENDER_MESSAGE,
    );
    expect(host.invoke).not.toHaveBeenCalled();
    expect(dialogs.saveFile).not.toHaveBeenCalled();
  });

  it('passes save-file to the dialogs and rejects malformed arguments', async () => {
    const { ipc, dialogs } = setup();
    const save = ipc.handlers.get('taizhang:save-file')!;
    await expect(save(frameEvent(APP_URL), '名单.xlsx', 'UEsDBA==')).resolves.toEqual({
      saved: true,
      path: '/home/u/a.xlsx',
    });
    expect(dialogs.saveFile).toHaveBeenCalledWith('名单.xlsx', 'UEsDBA==');
    await expect(save(frameEvent(APP_URL), 42, {})).resolves.toMatchObject({ saved: false });
    expect(dialogs.saveFile).toHaveBeenCalledTimes(1);
  });

  it('passes choose-folder to the dialogs, only for the app page', async () => {
    const { ipc, dialogs } = setup();
    const choose = ipc.handlers.get('taizhang:choose-folder')!;
    await expect(choose(frameEvent(APP_URL), '选择U盘')).resolves.toEqual({ path: '/media/clerk/U盘' });
    expect(dialogs.chooseFolder).toHaveBeenCalledWith('选择U盘');
    await expect(choose(frameEvent(APP_URL), { evil: 1 })).resolves.toEqual({ path: '/media/clerk/U盘' });
    expect(dialogs.chooseFolder).toHaveBeenLastCalledWith('');
    await expect(async () => choose(frameEvent('https://evil.example/'), 'x')).rejects.toThrow(FOREIGN_SENDER_MESSAGE);
    expect(dialogs.chooseFolder).toHaveBeenCalledTimes(2);
  });

  it('forwards core progress to the window, and unbinds everything', () => {
    const { ipc, contents, unbind, stopProgress, emitProgress } = setup();
    const status: JobStatus = {
      jobId: 'j1',
      channel: 'regions.import',
      state: 'running',
      done: 3,
      total: 10,
      phase: '校验',
    };
    emitProgress(status);
    expect(contents.sent).toEqual([['taizhang:progress', status]]);
    contents.destroyed = true;
    emitProgress(status);
    expect(contents.sent).toHaveLength(1);

    unbind();
    expect(stopProgress).toHaveBeenCalled();
    expect(ipc.handlers.size).toBe(0);
  });
});
