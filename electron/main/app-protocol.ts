import type { Protocol } from 'electron';
import { staticFile } from '../serve/static';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './window';

// The built renderer is served from a custom, privileged scheme (app://taizhang/...) instead of file://:
// the page gets a real origin, its responses carry the CSP header, and file:// keeps no extra privileges.
// Type-only import of 'electron': the tests pass a fake protocol object.

/** Must run before the app is ready: a standard, secure scheme behaves like https for the page (origin, storage, fetch). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });

/** Answers one app:// request from the built renderer folder; nothing outside it, nothing for another host. */
export function appRequestHandler(rendererRoot: string): (request: Request) => Response {
  return (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, '请求地址有误。');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, '找不到该页面。');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, '不支持该请求。');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return plain(400, '请求地址有误。');
    }
    if (path.includes('\0')) return plain(400, '请求地址有误。');
    const file = staticFile(rendererRoot, path);
    if (!file) return plain(404, '找不到该页面。');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: {
        'Content-Type': file.type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** After ready: serve app:// from the built renderer. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, appRequestHandler(rendererRoot));
}
