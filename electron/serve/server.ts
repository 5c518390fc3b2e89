import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INTERNAL_MESSAGE, type Result } from '../../shared/contract';
import { SESSION_CLOSER, takeSession } from '../core/session-reply';
import { BodyError, readJsonBody } from './json-body';
import { staticFile } from './static';

/** What the HTTP transport needs of the core: the same invoke as the Electron IPC and the tests. */
export interface Invoker {
  invoke(channel: string, input: unknown, session: string | null): Promise<Result<unknown>>;
}

interface ServeOptions {
  core: Invoker;
  token: string;
  /** Built renderer folder (out/renderer). */
  staticDir: string;
  port: number;
}

export const TOKEN_HEADER = 'x-taizhang-token';
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const same = (a: string | undefined, b: string) =>
  !!a && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

const refuse = (res: ServerResponse, status: number, message: string) =>
  send(res, status, 'text/plain; charset=utf-8', message);

const sendResult = (res: ServerResponse, status: number, result: Result<unknown>, extra: Record<string, string> = {}) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result), extra);

/** 401 without a live session, 403 for a role's refusal; the body is the Result envelope with its Chinese message. */
const statusOf = (result: Result<unknown>): number =>
  result.ok ? 200 : result.error.code === 'UNAUTHENTICATED' ? 401 : result.error.code === 'FORBIDDEN' ? 403 : 200;

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** decodeURIComponent that answers null for a broken escape (`%E0%A4%A`) instead of throwing. */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * Browser mode (ARCHITECTURE §7): 127.0.0.1 only, a per-run token on every request, other Host headers refused.
 * The page is opened once with ?token=…, which sets an HttpOnly cookie for the static files; API calls carry the header.
 */
export function startServer(options: ServeOptions): Promise<{ server: Server; port: number; url: string }> {
  const { core, token, staticDir } = options;
  let port = options.port;
  // The page's cookie holds a secret of its own, never the API token: cookies are not separated by port, so
  // another local service could read it; with this secret it can fetch the page, not call the API (issue 20).
  const pageSecret = randomBytes(24).toString('base64url');
  const cookieName = () => `taizhang_page_${port}`;
  // The session of the signed-in account (issue 19): HttpOnly, this port only (cookies are not separated by port,
  // so the name carries it); the core ends it after SESSION_IDLE_MINUTES without a call.
  const sessionCookie = () => `taizhang_session_${port}`;
  const sessionHeader = (value: string, maxAge?: number) =>
    `${sessionCookie()}=${value}; HttpOnly; SameSite=Strict; Path=/api/${maxAge === undefined ? '' : `; Max-Age=${maxAge}`}`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) return refuse(res, 403, '拒绝访问：主机名不正确。');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return refuse(res, 400, '请求地址无效。');
    }
    const path = decodePath(url.pathname);
    if (path === null) return refuse(res, 400, '请求地址无效。');

    if (path.startsWith('/api/')) {
      if (!same(req.headers[TOKEN_HEADER] as string | undefined, token))
        return refuse(res, 401, '拒绝访问：缺少或错误的访问令牌。');
      if (req.method !== 'POST') return refuse(res, 405, '只接受 POST 请求。');
      let input: unknown;
      try {
        input = await readJsonBody(req);
      } catch (err) {
        if (!(err instanceof BodyError)) throw err;
        return sendResult(res, err.status, { ok: false, error: { code: 'BAD_INPUT', message: err.message } });
      }
      const channel = path.slice('/api/'.length);
      const reply = await core.invoke(channel, input, cookieValue(req, sessionCookie()) || null);
      const { result, session } = takeSession(channel, reply);
      const headers: Record<string, string> = {};
      if (session) headers['Set-Cookie'] = sessionHeader(session);
      else if (channel === SESSION_CLOSER || (!result.ok && result.error.code === 'UNAUTHENTICATED'))
        headers['Set-Cookie'] = sessionHeader('', 0);
      return sendResult(res, statusOf(result), result, headers);
    }

    const queryToken = url.searchParams.get('token') ?? undefined;
    if (!same(queryToken, token) && !same(cookieValue(req, cookieName()), pageSecret)) {
      return refuse(res, 401, '拒绝访问：请使用程序启动时显示的完整地址（含 token）打开。');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, '不支持的请求。');
    const file = staticFile(staticDir, path);
    if (!file) return refuse(res, 404, '找不到页面：请先构建界面（npm run build:renderer）。');
    const headers: Record<string, string> = { 'Content-Security-Policy': CSP, 'Referrer-Policy': 'no-referrer' };
    if (queryToken) headers['Set-Cookie'] = `${cookieName()}=${pageSecret}; HttpOnly; SameSite=Strict; Path=/`;
    send(res, 200, file.type, file.body, headers);
  }

  // The error boundary: no request line, header, path or body may take the server down.
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[serve]', err);
      if (res.headersSent) res.destroy();
      else sendResult(res, 500, { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } });
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({ server, port, url: `http://127.0.0.1:${port}/?token=${token}` });
    });
  });
}
