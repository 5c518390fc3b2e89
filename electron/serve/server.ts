import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../../shared/contract';
import { staticFile } from './static';

/** What the HTTP transport needs of the core: the same invoke as the Electron IPC and the tests. */
export interface Invoker {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

export interface ServeOptions {
  core: Invoker;
  token: string;
  /** Built renderer folder (out/renderer). */
  staticDir: string;
  port: number;
}

export const TOKEN_HEADER = 'x-taizhang-token';
const COOKIE = 'taizhang_token';
const MAX_BODY = 256 * 1024 * 1024;
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const same = (a: string | undefined, b: string) =>
  !!a && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const refuse = (res: ServerResponse, status: number, message: string) => send(res, status, 'text/plain; charset=utf-8', message);

function cookieToken(req: IncomingMessage): string | undefined {
  const m = /(?:^|;\s*)taizhang_token=([^;]+)/.exec(req.headers.cookie ?? '');
  return m?.[1];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Browser mode (ARCHITECTURE §7): 127.0.0.1 only, a per-run token on every request, other Host headers refused.
 * The page is opened once with ?token=…, which sets an HttpOnly cookie for the static files; API calls carry the header.
 */
export function startServer(options: ServeOptions): Promise<{ server: Server; port: number; url: string }> {
  const { core, token, staticDir } = options;
  let port = options.port;
  const server = createServer(async (req, res) => {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return refuse(res, 403, '拒绝访问：主机名不正确。');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/api/')) {
      if (!same(req.headers[TOKEN_HEADER] as string | undefined, token)) return refuse(res, 401, '拒绝访问：缺少或错误的访问令牌。');
      if (req.method !== 'POST') return refuse(res, 405, '只接受 POST 请求。');
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
      let input: unknown;
      try {
        const text = await readBody(req);
        input = text ? JSON.parse(text) : {};
      } catch {
        const bad: Result<never> = { ok: false, error: { code: 'BAD_INPUT', message: '请求内容不是有效的 JSON 或过大。' } };
        return send(res, 400, 'application/json; charset=utf-8', JSON.stringify(bad));
      }
      const result = await core.invoke(channel, input);
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result));
    }

    const queryToken = url.searchParams.get('token') ?? undefined;
    if (!same(queryToken, token) && !same(cookieToken(req), token)) {
      return refuse(res, 401, '拒绝访问：请使用程序启动时显示的完整地址（含 token）打开。');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, '不支持的请求。');
    const file = staticFile(staticDir, url.pathname);
    if (!file) return refuse(res, 404, '找不到页面：请先构建界面（npm run build:renderer）。');
    const headers: Record<string, string> = { 'Content-Security-Policy': CSP, 'Referrer-Policy': 'no-referrer' };
    if (queryToken) headers['Set-Cookie'] = `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    send(res, 200, file.type, file.body, headers);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({ server, port, url: `http://127.0.0.1:${port}/?token=${token}` });
    });
  });
}
