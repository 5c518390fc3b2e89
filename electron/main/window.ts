// Type-only: this file never loads 'electron' itself, so tests pass fakes and the
// electron-vite config can import CONTENT_SECURITY_POLICY without the Electron binary.
import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export const WINDOW_TITLE = '就业援助台账';

/** The built renderer's origin: a privileged custom scheme served by app-protocol.ts, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'taizhang';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  // antd (cssinjs) writes <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** Sent as a response header. No remote origin, no 'unsafe-eval' (zod runs with `jitless`). */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The same policy as a <meta> tag for the built index.html (defence in depth: app:// responses carry the
 * header too, see app-protocol.ts; electron.vite.config.mts injects it). frame-ancestors is ignored in <meta>, hence dropped.
 */
export const CONTENT_SECURITY_POLICY_META = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** The one page this window may show: the built renderer, or the dev server during `electron-vite dev`. */
interface AppPage {
  url: string;
  devServer: boolean;
}

/** The built page on the app:// origin (app-protocol.ts serves it), or the dev server in an unpackaged run. */
export function appPage(options: { devServerUrl?: string; packaged: boolean }): AppPage {
  // A packaged app never takes its page from the environment.
  if (options.devServerUrl && !options.packaged) return { url: new URL(options.devServerUrl).href, devServer: true };
  return { url: APP_INDEX_URL, devServer: false };
}

/** True for any page on the app's own origin (app://taizhang); for the dev server, any path on its origin. */
export function isAppUrl(url: string, page: AppPage): boolean {
  let target: URL;
  let own: URL;
  try {
    target = new URL(url);
    own = new URL(page.url);
  } catch {
    return false;
  }
  if (page.devServer) return target.origin === own.origin;
  // app: is not a WHATWG special scheme, so URL.origin is 'null': compare scheme, host and port instead.
  return (
    target.protocol === `${APP_SCHEME}:` &&
    target.host === APP_HOST &&
    target.port === '' &&
    own.protocol === `${APP_SCHEME}:` &&
    own.host === APP_HOST
  );
}

export function windowOptions(preloadPath: string, devTools = false): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1366,
    height: 768,
    minWidth: 1280,
    minHeight: 720,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools,
    },
  };
}

/** Deny every permission, and put the CSP on every response the session receives. */
function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

/** No pop-ups, no webviews, and no navigation away from the app's own page. */
function hardenContents(contents: WebContents, page: AppPage): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url, page)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  preloadPath: string;
  page: AppPage;
  /** Developer tools only in an unpackaged run. */
  devTools?: boolean;
}

export function createMainWindow(deps: WindowDeps): BrowserWindow {
  const win = new deps.BrowserWindow(windowOptions(deps.preloadPath, deps.devTools ?? false));
  hardenSession(win.webContents.session);
  hardenContents(win.webContents, deps.page);
  win.once('ready-to-show', () => win.show());
  // Never leave an invisible window behind if the page cannot load.
  win.webContents.once('did-fail-load', () => win.show());
  // Keep the Chinese title even if the page sets another one.
  win.on('page-title-updated', (event) => event.preventDefault());
  void win.loadURL(deps.page.url);
  return win;
}
