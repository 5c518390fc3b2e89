// Calls through the browser mode's HTTP API (electron/serve) of an in-process core, signed in as the seed's
// administrator (issue 19) — the path a clerk's page takes, for the benches that compare it with in-process calls.
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import type { Invoker } from '../../electron/serve/server';
import { startServer, TOKEN_HEADER } from '../../electron/serve/server';
import { DEMO_ADMIN } from '../seed/accounts';

interface Reply {
  status: number;
  setCookie: string | null;
  body: { ok: boolean; data?: Record<string, unknown>; error?: { message: string } };
}

export interface HttpInvoker {
  call: (channel: string, input: unknown) => Promise<Record<string, unknown>>;
  close: () => Promise<void>;
}

/**
 * A caller of the browser mode's API at 127.0.0.1:port with its per-run token, signed in over HTTP as the seed's
 * administrator; every call opens a new connection (agent: false, as a page's first request: a kept-alive socket
 * closed by the server between runs made fetch fail with ECONNRESET).
 */
export function httpClient(port: number, token: string) {
  const post = (channel: string, input: unknown, cookie: string | null) =>
    new Promise<Reply>((resolve, reject) => {
      const body = JSON.stringify(input);
      const headers: Record<string, string | number> = {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        [TOKEN_HEADER]: token,
      };
      if (cookie) headers.cookie = cookie;
      const req = request(
        { host: '127.0.0.1', port, path: `/api/${channel}`, method: 'POST', agent: false, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const set = res.headers['set-cookie']?.[0];
            resolve({
              status: res.statusCode ?? 0,
              setCookie: set ? set.split(';')[0] : null,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['body'],
            });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const callAs = async (cookie: string | null, channel: string, input: unknown) => {
    const r = await post(channel, input, cookie);
    if (!r.body.ok) throw new Error(`${channel}: ${r.body.error?.message}`);
    return r.body.data ?? {};
  };
  return {
    /** A call before sign-in (public channels such as auth.status). */
    callPublic: (channel: string, input: unknown) => callAs(null, channel, input),
    /** Signs in as the seed's administrator and returns a caller with that session. */
    async signIn() {
      const r = await post('auth.signIn', { username: DEMO_ADMIN.username, password: DEMO_ADMIN.password }, null);
      if (!r.body.ok || !r.setCookie) throw new Error(`auth.signIn over HTTP: ${r.body.error?.message}`);
      const cookie = r.setCookie;
      return (channel: string, input: unknown) => callAs(cookie, channel, input);
    },
  };
}

/** Starts a server on a free port, signs in over HTTP and returns a caller. */
export async function httpInvoker(core: Invoker): Promise<HttpInvoker> {
  const token = randomBytes(24).toString('base64url');
  const { server, port } = await startServer({ core, token, staticDir: tmpdir(), port: 0 });
  let call: HttpInvoker['call'];
  try {
    call = await httpClient(port, token).signIn();
  } catch (err) {
    server.close();
    throw err;
  }
  return { call, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
