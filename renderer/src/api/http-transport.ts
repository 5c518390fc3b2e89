import type { Result } from '../../../shared/contract';
import { readToken } from './token';
import { connectionLost, isResultEnvelope, type Transport } from './transport';

export interface HttpTransportOptions {
  /** Defaults to the global fetch (looked up at call time, so tests can stub it). */
  fetch?: typeof fetch;
  /** Defaults to the token kept in sessionStorage. */
  getToken?: () => string | null;
  /** Prefix of the API routes; the core is served from the page's own origin. */
  baseUrl?: string;
}

function unreadable(status: number): Result<never> {
  const message =
    status === 401 || status === 403
      ? '访问令牌无效或已失效，请使用启动台账服务时显示的完整地址重新打开。'
      : `台账服务返回了无法识别的结果（HTTP ${status}），操作可能未完成。`;
  return { ok: false, error: { code: 'INTERNAL', message } };
}

/** Browser mode: `POST /api/{channel}` with a JSON body and the per-run token; the reply is the Result envelope. */
export function createHttpTransport(options: HttpTransportOptions = {}): Transport {
  const getToken = options.getToken ?? readToken;
  const baseUrl = options.baseUrl ?? '/api';
  return {
    async invoke(channel, input) {
      const doFetch = options.fetch ?? globalThis.fetch;
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const token = getToken();
      if (token) headers['X-Taizhang-Token'] = token;
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}/${channel}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return connectionLost();
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return unreadable(response.status);
      }
      return isResultEnvelope(body) ? body : unreadable(response.status);
    },
  };
}
