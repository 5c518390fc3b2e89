import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/contract';
import { StartupError } from '../../electron/core/db/startup-error';
import type { CoreHost } from '../../electron/core/host';
import { FakeBrowserWindow, FakeEmitter, fakeIpcMain } from './fakes';

// index.ts imports the real module names; startApp receives the fakes below instead.
vi.mock('electron', () => ({ app: {}, BrowserWindow: class {}, dialog: {}, ipcMain: {}, Menu: {}, protocol: {} }));

const { resolveNativeBinding, startApp, STARTUP_FAILED_TITLE } = await import('../../electron/main/index');
type Deps = Parameters<typeof startApp>[0];

function fakeApp(lock = true, packaged = false) {
  const app = Object.assign(new FakeEmitter(), {
    isPackaged: packaged,
    setName: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn((name: string) => `/home/clerk/.config/就业援助台账/${name}`),
    getAppPath: () => '/opt/taizhang',
    getVersion: () => '0.1.0',
  });
  return app;
}

/** Records what the shell does with the protocol module, and when (before or after ready). */
function fakeProtocol(app: { whenReady: { mock: { calls: unknown[] } } }) {
  const events: string[] = [];
  const handlers = new Map<string, (request: Request) => Response>();
  return {
    events,
    handlers,
    registerSchemesAsPrivileged: vi.fn((schemes: { scheme: string; privileges: Record<string, boolean> }[]) => {
      events.push(
        `privileged:${schemes.map((s) => s.scheme).join()}:${app.whenReady.mock.calls.length ? 'after' : 'before'}-ready`,
      );
    }),
    handle: vi.fn((scheme: string, handler: (request: Request) => Response) => {
      events.push(`handle:${scheme}`);
      handlers.set(scheme, handler);
    }),
  };
}

function fakeHost(): CoreHost {
  return {
    invoke: vi.fn(),
    onProgress: vi.fn(() => () => undefined),
    close: vi.fn(async () => undefined),
    schemaVersion: 1,
    startTimes: [],
  };
}

function deps(overrides: Record<string, unknown> & { app: ReturnType<typeof fakeApp> }) {
  const d = {
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
    ipcMain: fakeIpcMain(),
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    startCoreHost: vi.fn(async () => fakeHost()),
    protocol: fakeProtocol(overrides.app),
    env: {},
    fileExists: () => false,
    mainDir: '/opt/taizhang/out/main',
    ...overrides,
  };
  return d;
}

const run = (d: ReturnType<typeof deps>) => startApp(d as unknown as Deps);

describe('startApp', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = [];
  });

  it('a second instance quits at once and creates no window', async () => {
    const app = fakeApp(false);
    const d = deps({ app });
    await expect(run(d)).resolves.toBe('second-instance');
    expect(app.quit).toHaveBeenCalled();
    expect(d.startCoreHost).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(app.setName).toHaveBeenCalledWith('就业援助台账');
  });

  it('the first instance brings its window to the front when a second one starts', async () => {
    const app = fakeApp();
    await run(deps({ app }));
    const win = FakeBrowserWindow.instances[0];
    win.minimized = true;
    app.emit('second-instance');
    expect(win.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('a StartupError is shown in Chinese and the app quits without a window', async () => {
    const app = fakeApp();
    const message = '数据库已损坏（完整性检查未通过）。程序未作任何改动，请用备份恢复或联系技术支持。';
    const d = deps({ app, startCoreHost: vi.fn(async () => Promise.reject(new StartupError('CORRUPT', message))) });
    await expect(run(d)).resolves.toBe('startup-failed');
    expect(d.dialog.showErrorBox).toHaveBeenCalledWith(STARTUP_FAILED_TITLE, message);
    expect(STARTUP_FAILED_TITLE).toBe('就业援助台账无法启动');
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(d.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('starts the core in userData, binds IPC, sets the menu and opens the built page', async () => {
    const app = fakeApp();
    const d = deps({ app, env: { TAIZHANG_SQLITE_BINDING: '/x/better_sqlite3.node', TAIZHANG_TODAY: '2025-03-01' } });
    await expect(run(d)).resolves.toBe('running');
    expect(d.startCoreHost).toHaveBeenCalledWith({
      dataDir: '/home/clerk/.config/就业援助台账/userData',
      today: '2025-03-01',
      nativeBinding: '/x/better_sqlite3.node',
    });
    expect(d.ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length + 2);
    expect(d.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const [win] = FakeBrowserWindow.instances;
    expect(win.options.webPreferences.preload).toBe(join('/opt/taizhang/out/main', '..', 'preload', 'index.cjs'));
    expect(win.loadedUrl).toBe('app://taizhang/index.html');
    expect(d.protocol.events).toEqual(['privileged:app:before-ready', 'handle:app']);
    expect(d.protocol.registerSchemesAsPrivileged.mock.calls[0][0][0].privileges).toMatchObject({
      standard: true,
      secure: true,
    });
    expect(win.options.webPreferences.devTools).toBe(true);
  });

  it('a packaged app ignores the dev server URL and a fixed date', async () => {
    const app = fakeApp(true, true);
    const d = deps({ app, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/', TAIZHANG_TODAY: '2025-03-01' } });
    await run(d);
    expect(FakeBrowserWindow.instances[0].loadedUrl).toBe('app://taizhang/index.html');
    expect(FakeBrowserWindow.instances[0].options.webPreferences.devTools).toBe(false);
    expect((d.startCoreHost.mock.calls[0] as unknown[])[0]).toMatchObject({ today: null });
  });

  it('closes the core before quitting', async () => {
    const app = fakeApp();
    const host = fakeHost();
    const d = deps({ app, startCoreHost: vi.fn(async () => host) });
    await run(d);
    const event = { preventDefault: vi.fn() };
    app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(host.close).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(d.ipcMain.handlers.size).toBe(0);
    const again = { preventDefault: vi.fn() };
    app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});

describe('resolveNativeBinding', () => {
  const local = join('/opt/taizhang', '.electron-native', 'better_sqlite3.node');

  it('unpackaged: prefers the environment, then .electron-native, then better-sqlite3 itself', () => {
    expect(resolveNativeBinding({ TAIZHANG_SQLITE_BINDING: '/b.node' }, '/opt/taizhang', () => true, false)).toBe(
      '/b.node',
    );
    expect(resolveNativeBinding({}, '/opt/taizhang', (p) => p === local, false)).toBe(local);
    expect(resolveNativeBinding({}, '/opt/taizhang', () => false, false)).toBeUndefined();
  });

  it('packaged: ignores the environment and a developer build beside the app', () => {
    const seen: string[] = [];
    const exists = (p: string) => (seen.push(p), true);
    expect(
      resolveNativeBinding({ TAIZHANG_SQLITE_BINDING: '/tmp/evil.node' }, '/opt/taizhang', exists, true),
    ).toBeUndefined();
    expect(resolveNativeBinding({}, '/opt/taizhang', exists, true)).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it('a packaged app starts the core without the binding from the environment', async () => {
    const app = fakeApp(true, true);
    const d = deps({ app, env: { TAIZHANG_SQLITE_BINDING: '/tmp/evil.node' }, fileExists: () => true });
    await run(d);
    expect((d.startCoreHost.mock.calls[0] as unknown[])[0]).toMatchObject({ nativeBinding: undefined });
  });
});
