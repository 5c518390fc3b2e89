import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  appPage,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  createMainWindow,
  windowOptions,
  type WindowDeps,
} from '../../electron/main/window';
import { FakeBrowserWindow } from './fakes';

// window.ts takes the BrowserWindow class as a dependency; the mock only makes sure nothing loads the real module.
vi.mock('electron', () => ({}));

const PAGE_URL = 'app://taizhang/index.html';

function open(page = appPage({ packaged: true })) {
  FakeBrowserWindow.instances = [];
  const win = createMainWindow({
    BrowserWindow: FakeBrowserWindow as unknown as WindowDeps['BrowserWindow'],
    preloadPath: '/opt/taizhang/out/preload/index.cjs',
    page,
  }) as unknown as FakeBrowserWindow;
  return { win, contents: win.webContents, session: win.webContents.session };
}

const navigate = (contents: FakeBrowserWindow['webContents'], event: string, url: string) => {
  const e = { url, preventDefault: vi.fn() };
  contents.emit(event, e);
  return e.preventDefault;
};

describe('main window', () => {
  let w: ReturnType<typeof open>;
  beforeEach(() => {
    w = open();
  });

  it('is created once with the secure web preferences', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const prefs = w.win.options.webPreferences;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.devTools).toBe(false);
    expect(prefs.preload).toBe('/opt/taizhang/out/preload/index.cjs');
    expect(w.win.options).toMatchObject({
      title: '就业援助台账',
      width: 1366,
      height: 768,
      minWidth: 1280,
      minHeight: 720,
    });
    expect(windowOptions('/opt/taizhang/out/preload/index.cjs')).toEqual(w.win.options);
  });

  it('loads only the built page', () => {
    expect(w.win.loadedUrl).toBe(PAGE_URL);
  });

  it('denies window.open', () => {
    expect(w.contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(w.contents.windowOpenHandler?.({ url: PAGE_URL })).toEqual({ action: 'deny' });
  });

  it('blocks navigation away from the app page and allows the page itself', () => {
    expect(navigate(w.contents, 'will-navigate', 'https://example.com')).toHaveBeenCalled();
    expect(navigate(w.contents, 'will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(navigate(w.contents, 'will-navigate', 'file:///opt/taizhang/out/renderer/index.html')).toHaveBeenCalled();
    expect(navigate(w.contents, 'will-navigate', 'app://evil/index.html')).toHaveBeenCalled();
    expect(navigate(w.contents, 'will-navigate', 'apps://taizhang/index.html')).toHaveBeenCalled();
    expect(navigate(w.contents, 'will-navigate', 'javascript:alert(1)')).toHaveBeenCalled();
    expect(navigate(w.contents, 'will-redirect', 'http://127.0.0.1:8080/')).toHaveBeenCalled();
    expect(navigate(w.contents, 'will-navigate', PAGE_URL)).not.toHaveBeenCalled();
    expect(navigate(w.contents, 'will-navigate', `${PAGE_URL}#/persons`)).not.toHaveBeenCalled();
  });

  it('with the dev server, allows its origin only; a packaged app ignores the dev server URL', () => {
    const dev = open(appPage({ devServerUrl: 'http://localhost:5173/', packaged: false }));
    expect(dev.win.loadedUrl).toBe('http://localhost:5173/');
    expect(navigate(dev.contents, 'will-navigate', 'http://localhost:5173/#/x')).not.toHaveBeenCalled();
    expect(navigate(dev.contents, 'will-navigate', 'http://localhost:5174/')).toHaveBeenCalled();
    expect(navigate(dev.contents, 'will-navigate', 'https://example.com')).toHaveBeenCalled();
    expect(appPage({ devServerUrl: 'https://evil.example/', packaged: true }).url).toBe(PAGE_URL);
  });

  it('refuses webviews', () => {
    const e = { preventDefault: vi.fn() };
    w.contents.emit('will-attach-webview', e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      w.session.requestHandler?.(w.contents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(w.session.checkHandler?.(w.contents, permission, 'file://', {})).toBe(false);
    }
  });
});

/** The content of the first <meta http-equiv="Content-Security-Policy">, or null when the page has none. */
function metaPolicy(html: string): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const attrs = new Map(
      [...tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1].toLowerCase(), m[2] ?? m[3]]),
    );
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') return attrs.get('content') ?? '';
  }
  return null;
}

describe('content security policy', () => {
  const directives = (csp: string) =>
    new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v.join(' ')]),
    );

  it('names no remote origin and allows no eval', () => {
    for (const csp of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META]) {
      expect(csp).not.toMatch(/https?:/i);
      expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*/);
      const d = directives(csp);
      expect(d.get('default-src')).toBe("'self'");
      expect(d.get('script-src')).toBe("'self'");
      expect(d.get('style-src')).toBe("'self' 'unsafe-inline'");
      expect(d.get('img-src')).toBe("'self' data:");
      expect(d.get('font-src')).toBe("'self' data:");
      expect(d.get('connect-src')).toBe("'self'");
      expect(d.get('object-src')).toBe("'none'");
      expect(d.get('base-uri')).toBe("'none'");
    }
    expect(directives(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toBe("'none'");
  });

  it('is applied to every response, replacing any other policy', () => {
    const w = open();
    const listener = w.session.webRequest.onHeadersReceived.mock.calls[0][0];
    const callback = vi.fn();
    listener(
      { url: PAGE_URL, responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      callback,
    );
    const headers = callback.mock.calls[0][0].responseHeaders;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['1']);
  });

  // Besides the app:// response header, the built page carries a <meta> policy in its HTML
  // (renderer/index.html's own, or the one electron.vite.config.mts injects when it has none).
  it('reads a <meta> policy whatever the attribute order and quotes, and only that one', () => {
    expect(metaPolicy(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">`)).toBe(
      "default-src 'self'",
    );
    expect(metaPolicy(`<META\n  content="object-src 'none'"\n  HTTP-EQUIV='content-security-policy' />`)).toBe(
      "object-src 'none'",
    );
    expect(metaPolicy('<meta charset="UTF-8"><meta name="viewport" content="width=device-width">')).toBeNull();
  });

  it("the built page's <meta> policy is as strict: renderer/index.html's own, or the injected one", () => {
    const html = readFileSync(resolve('renderer/index.html'), 'utf8');
    const own = metaPolicy(html);
    // A policy the page names but the reader cannot find must fail here, not pass as "none, so injected".
    if (own === null) expect(html).not.toMatch(/content-security-policy/i);
    const policy = own ?? CONTENT_SECURITY_POLICY_META;
    expect(policy).not.toMatch(/https?:|unsafe-eval|\*/i);
    expect(directives(policy).get('script-src') ?? directives(policy).get('default-src')).toBe("'self'");
    expect(directives(policy).get('object-src')).toBe("'none'");
  });
});
