import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appRequestHandler, registerAppScheme, serveAppProtocol } from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/window';

vi.mock('electron', () => ({}));

// A built renderer folder, with a secret file beside it that must never be served.
const base = mkdtempSync(join(tmpdir(), 'taizhang-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>台账</title>');
writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
writeFileSync(join(root, 'assets', '图标 1.svg'), '<svg/>');
writeFileSync(join(base, 'secret.txt'), '身份证号');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const handler = appRequestHandler(root);
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme and handled from the renderer folder', async () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    serveAppProtocol(protocol, root);
    expect(protocol.handle.mock.calls[0][0]).toBe('app');
    const served: Response = protocol.handle.mock.calls[0][1](new Request('app://taizhang/index.html'));
    expect(await served.text()).toContain('<title>台账</title>');
  });

  it('serves the page and its assets with their type and the CSP header', async () => {
    const page = get('app://taizhang/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const script = get('app://taizhang/assets/main.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await script.text()).toBe('console.log(1)');
    // Percent-encoded names are decoded once.
    expect(await get('app://taizhang/assets/%E5%9B%BE%E6%A0%87%201.svg').text()).toBe('<svg/>');
  });

  it('falls back to index.html for an unknown path or a folder', async () => {
    for (const url of [
      'app://taizhang/',
      'app://taizhang/persons/12',
      'app://taizhang/assets',
      'app://taizhang/nope.js',
    ]) {
      const res = get(url);
      expect(res.status, url).toBe(200);
      expect(await res.text(), url).toContain('<title>台账</title>');
    }
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      'app://taizhang/%2E%2E/secret.txt',
      'app://taizhang/..%2Fsecret.txt',
      'app://taizhang/assets/..%2F..%2Fsecret.txt',
      'app://taizhang/%2E%2E%5Csecret.txt',
      `app://taizhang/${encodeURIComponent(join(base, 'secret.txt'))}`,
    ];
    for (const url of attempts) {
      const res = get(url);
      const body = await res.text();
      expect(body, url).not.toContain('身份证号');
      // Either refused or the app's own page; never the secret.
      if (res.status === 200) expect(body, url).toContain('<title>台账</title>');
    }
  });

  it('refuses a broken escape, a NUL, another host and a write', async () => {
    const broken = get('app://taizhang/%E0%A4%A');
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await broken.text()).toBe('请求地址有误。');
    expect(get('app://taizhang/index.html%00.js').status).toBe(400);
    expect(get('app://other/index.html').status).toBe(404);
    expect(get('app://taizhang/index.html', 'POST').status).toBe(405);
    const head = get('app://taizhang/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
