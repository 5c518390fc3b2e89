import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron';
import type { App, BrowserWindow as BrowserWindowType, Dialog, IpcMain, Protocol } from 'electron';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { StartupError } from '../core/db/startup-error';
import { startCoreHost, type CoreHost, type HostOptions } from '../core/host';
import { createFileDialogs } from './dialogs';
import { bindContract } from './ipc';
import { installMenu, type MenuDeps } from './menu';
import { appPage, createMainWindow, isAppUrl, WINDOW_TITLE, type WindowDeps } from './window';

// Lifecycle of the desktop app. Everything Electron-specific comes in through ShellDeps, so the
// tests run startApp with fakes; the bottom of this file passes the real modules.

export const STARTUP_FAILED_TITLE = '就业援助台账无法启动';

interface ShellDeps {
  app: Pick<
    App,
    | 'requestSingleInstanceLock'
    | 'quit'
    | 'on'
    | 'whenReady'
    | 'setName'
    | 'getPath'
    | 'getAppPath'
    | 'getVersion'
    | 'isPackaged'
  >;
  BrowserWindow: WindowDeps['BrowserWindow'];
  dialog: Pick<Dialog, 'showErrorBox' | 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  Menu: MenuDeps['Menu'];
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  startCoreHost: (options: HostOptions) => Promise<CoreHost>;
  env: Record<string, string | undefined>;
  fileExists: (path: string) => boolean;
  /** Folder of the bundled main script (out/main); preload and renderer sit beside it. */
  mainDir: string;
}

type StartOutcome = 'second-instance' | 'startup-failed' | 'running';

/**
 * The better-sqlite3 build for Electron's ABI. Unpackaged runs only: TAIZHANG_SQLITE_BINDING, else the developer
 * build made by scripts/electron-native.mjs. Otherwise (always in a packaged app, so nothing in the environment or
 * beside the app can load a foreign native module) better-sqlite3's own, rebuilt by electron-builder.
 */
export function resolveNativeBinding(
  env: ShellDeps['env'],
  appRoot: string,
  fileExists: (p: string) => boolean,
  packaged: boolean,
): string | undefined {
  if (packaged) return undefined;
  if (env.TAIZHANG_SQLITE_BINDING) return env.TAIZHANG_SQLITE_BINDING;
  const local = join(appRoot, '.electron-native', 'better_sqlite3.node');
  return fileExists(local) ? local : undefined;
}

const withTimeout = (p: Promise<void>, ms: number) =>
  Promise.race([p, new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.())]);

export async function startApp(deps: ShellDeps): Promise<StartOutcome> {
  const { app } = deps;
  app.setName(WINDOW_TITLE);
  if (!app.requestSingleInstanceLock()) {
    // Another copy is running: it comes to the front (second-instance below) and this one leaves.
    app.quit();
    return 'second-instance';
  }

  let win: BrowserWindowType | null = null;
  app.on('second-instance', () => {
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  // Defence in depth for any contents, not only the main window.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => app.quit());
  // Custom schemes must be privileged before ready.
  registerAppScheme(deps.protocol);

  await app.whenReady();

  const packaged = app.isPackaged;
  let host: CoreHost;
  try {
    host = await deps.startCoreHost({
      dataDir: app.getPath('userData'),
      // A fixed working date is for development runs only.
      today: packaged ? null : (deps.env.TAIZHANG_TODAY ?? null),
      nativeBinding: resolveNativeBinding(deps.env, app.getAppPath(), deps.fileExists, packaged),
    });
  } catch (err) {
    // The core refused the database and has not written to it; tell the clerk why and stop.
    const message =
      err instanceof StartupError ? err.message : `程序启动失败：${(err as Error)?.message ?? String(err)}`;
    deps.dialog.showErrorBox(STARTUP_FAILED_TITLE, message);
    app.quit();
    return 'startup-failed';
  }

  serveAppProtocol(deps.protocol, join(deps.mainDir, '..', 'renderer'));
  const page = appPage({ devServerUrl: deps.env.ELECTRON_RENDERER_URL, packaged });
  const currentWindow = () => (win && !win.isDestroyed() ? win : null);

  // IPC first, so the page can call in as soon as it loads.
  const unbind = bindContract(deps.ipcMain, host, {
    isAppUrl: (url) => isAppUrl(url, page),
    dialogs: createFileDialogs({
      dialog: deps.dialog,
      window: currentWindow,
      defaultDir: () => app.getPath('documents'),
    }),
    target: () => currentWindow()?.webContents,
  });
  installMenu({ Menu: deps.Menu, dialog: deps.dialog, window: currentWindow, version: app.getVersion(), packaged });
  win = createMainWindow({
    BrowserWindow: deps.BrowserWindow,
    preloadPath: join(deps.mainDir, '..', 'preload', 'index.cjs'),
    page,
    devTools: !packaged,
  });

  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    unbind();
    // Let the core finish its transaction and close SQLite, but never hang the exit.
    void withTimeout(host.close(), 5000).finally(() => app.quit());
  });
  return 'running';
}

// Start only inside Electron; under vitest this module is imported for startApp alone.
if (process.versions.electron) {
  void startApp({
    app,
    BrowserWindow,
    dialog,
    ipcMain,
    Menu,
    protocol,
    startCoreHost,
    env: process.env,
    fileExists: existsSync,
    mainDir: import.meta.dirname,
  }).catch((err: unknown) => {
    console.error('[main]', err);
    dialog.showErrorBox(STARTUP_FAILED_TITLE, `程序启动失败：${(err as Error)?.message ?? String(err)}`);
    app.quit();
  });
}
