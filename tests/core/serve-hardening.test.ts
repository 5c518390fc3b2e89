import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type Invoker } from '../../electron/serve/server';
import { jsonDepth } from '../../electron/serve/json-body';
import { makeCore, tempDir } from './harness';

// Issue 20: no request line, header, path or body may take the browser-mode server down.

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz';

async function serve(core: Invoker = makeCore()) {
  const staticDir = join(tempDir(), 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<html><body>就业援助台账</body></html>');
  const s = await startServer({ core, token: TOKEN, staticDir, port: 0 });
  closers.push(() => s.server.close());
  return s;
}

/** Sends raw bytes and returns the whole raw answer (the server closes or answers once). */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (d) => {
      answer += d.toString('utf8');
      if (answer.includes('\r\n\r\n')) socket.end();
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

function post(
  port: number,
  path: string,
  body: string,
  headers: Record<string, string> = { 'x-taizhang-token': TOKEN },
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// auth.status needs no session: it answers 200 whenever the server is up.
const alive = async (port: number) => (await post(port, '/api/auth.status', '{}')).status;

describe('browser-mode server survives malformed requests', () => {
  it('answers 400 to an absolute-form request line new URL() rejects, without the token, and keeps serving', async () => {
    const { port } = await serve();
    const answer = await raw(port, `GET http://[/ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(await alive(port)).toBe(200);
  });

  it('answers 400 to a broken percent-escape in an API path and in a page path', async () => {
    const { port } = await serve();
    const api = await post(port, '/api/%E0%A4%A', '{}');
    expect(api.status).toBe(400);
    expect(api.body).toBe('请求地址无效。');
    const page = await raw(
      port,
      `GET /%E0%A4%A?token=${TOKEN} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    );
    expect(page).toMatch(/^HTTP\/1\.1 400/);
    expect(await alive(port)).toBe(200);
  });

  it('refuses JSON nested 5,000 deep with a Chinese message and nothing written', async () => {
    const core = makeCore();
    const { port } = await serve(core);
    const deep = `{"name":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const r = await post(port, '/api/settings.setOffice', deep);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: '请求内容嵌套过深（超过 64 层）。' },
    });
    expect(core.ctx.db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
    expect(await alive(port)).toBe(200);
  });

  it('answers 500 with the short Chinese message when the core throws, and keeps serving', async () => {
    let calls = 0;
    const core: Invoker = {
      invoke: async () => {
        calls++;
        if (calls === 1) throw new Error('boom');
        return { ok: true, data: {} };
      },
    };
    const { port } = await serve(core);
    const r = await post(port, '/api/settings.get', '{}');
    expect(r.status).toBe(500);
    expect(JSON.parse(r.body).error.code).toBe('INTERNAL');
    expect(JSON.parse(r.body).error.message).not.toContain('boom');
    expect(await alive(port)).toBe(200);
  });

  it('sets a page cookie that is not the API token and cannot call the API', async () => {
    const { port } = await serve();
    const page = await raw(
      port,
      `GET /?token=${TOKEN} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
    );
    const cookie = /Set-Cookie: ([^\r]+)/i.exec(page)?.[1] ?? '';
    expect(cookie).toMatch(new RegExp(`^taizhang_page_${port}=`));
    expect(cookie).not.toContain(TOKEN);
    const pair = cookie.split(';')[0];
    const value = pair.slice(pair.indexOf('=') + 1);
    const withCookieAsToken = await post(port, '/api/settings.get', '{}', { 'x-taizhang-token': value, cookie: pair });
    expect(withCookieAsToken.status).toBe(401);
  });
});

describe('jsonDepth', () => {
  it.each([
    ['{}', 1],
    ['[[1],[2,[3]]]', 3],
    ['{"a":"[[[[{{"}', 1],
    ['{"a":"\\"[["}', 1],
    ['12', 0],
  ])('%s nests %i deep', (text, depth) => expect(jsonDepth(text)).toBe(depth));
});
