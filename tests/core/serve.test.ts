import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../electron/serve/server';
import { makeCore, tempDir, TEST_PASSWORD } from './harness';
import { send } from './http';

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

async function serve() {
  const core = makeCore();
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<html><body>就业援助台账</body></html>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const token = 'tok_abcdefghijklmnopqrstuvwxyz';
  const s = await startServer({ core, token, staticDir, port: 0 });
  closers.push(() => s.server.close());
  return { ...s, token, core };
}

describe('browser-mode HTTP transport (ARCHITECTURE §7)', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', async () => {
    const { server, url, port, token } = await serve();
    const addr = server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
    expect(url).toBe(`http://127.0.0.1:${port}/?token=${token}`);
  });

  it('runs a channel: POST /api/{channel} with the token header and the session cookie returns the Result envelope', async () => {
    const { port, token } = await serve();
    const signIn = await send(port, '/api/auth.signIn', {
      method: 'POST',
      headers: { 'x-taizhang-token': token },
      body: JSON.stringify({ username: 'gulnar', password: TEST_PASSWORD }),
    });
    const session = String(signIn.headers['set-cookie']).split(';')[0];
    const r = await send(port, '/api/settings.setOffice', {
      method: 'POST',
      headers: { 'x-taizhang-token': token, 'content-type': 'application/json', cookie: session },
      body: JSON.stringify({ name: '疏附县人社局', countyName: '疏附县', countyCode: '653121' }),
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({
      ok: true,
      data: { office: { name: '疏附县人社局', countyName: '疏附县', countyCode: '653121000000' } },
    });
    const bad = await send(port, '/api/settings.setOffice', {
      method: 'POST',
      headers: { 'x-taizhang-token': token, cookie: session },
      body: '{"name":"","countyName":"疏附县","countyCode":"653121"}',
    });
    expect(JSON.parse(bad.body)).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: '输入有误：请填写单位名称', fields: { name: '请填写单位名称' } },
    });
    const notJson = await send(port, '/api/settings.get', {
      method: 'POST',
      headers: { 'x-taizhang-token': token },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.code).toBe('BAD_INPUT');
  });

  it('refuses API calls without the token or with another token, and writes nothing', async () => {
    const { port, core } = await serve();
    const none = await send(port, '/api/settings.setOffice', { method: 'POST', body: '{"name":"x"}' });
    const wrong = await send(port, '/api/settings.setOffice', {
      method: 'POST',
      headers: { 'x-taizhang-token': 'tok_abcdefghijklmnopqrstuvwxyZ' },
      body: '{"name":"x"}',
    });
    expect([none.status, wrong.status]).toEqual([401, 401]);
    expect(none.body).toBe('拒绝访问：缺少或错误的访问令牌。');
    expect(core.ctx.db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
  });

  it('refuses another Host header (DNS rebinding)', async () => {
    const { port, token } = await serve();
    const r = await send(port, `/?token=${token}`, { headers: { host: `evil.example:${port}` } });
    expect(r.status).toBe(403);
    expect(r.body).toBe('拒绝访问：主机名不正确。');
  });

  it('serves the page only with the token, then by the HttpOnly cookie it sets', async () => {
    const { port, token } = await serve();
    expect((await send(port, '/')).status).toBe(401);
    const first = await send(port, `/?token=${token}`);
    expect(first.status).toBe(200);
    expect(first.body).toContain('就业援助台账');
    expect(first.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const asset = await send(port, '/assets/app.js', { headers: { cookie: cookie.split(';')[0] } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(port, '/assets/app.js')).status).toBe(401);
  });

  it('never serves files outside the renderer folder', async () => {
    const { port, token } = await serve();
    const r = await send(port, `/..%2f..%2fetc%2fpasswd?token=${token}`);
    expect(r.body).not.toContain('root:');
  });
});
