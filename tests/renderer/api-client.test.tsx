import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CONNECTION_LOST_MESSAGE,
  TOKEN_STORAGE_KEY,
  applyServerError,
  captureTokenFromUrl,
  createApiClient,
  createDefaultApiClient,
  createHttpTransport,
} from '../../renderer/src/api';
import type { Result } from '../../shared/contract';
import { SETTINGS, ok } from './fake-api';

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as unknown as { taizhang?: unknown }).taizhang;
  window.history.replaceState(null, '', '/');
});

describe('HTTP transport (browser mode)', () => {
  it('POSTs /api/{channel} with the token header and returns the parsed envelope', async () => {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, 'tok-123');
    const fetchMock = vi.fn(async () => jsonResponse(ok(SETTINGS)));
    vi.stubGlobal('fetch', fetchMock);
    const api = createApiClient(createHttpTransport());

    const result = await api.invoke('settings.get', {});

    expect(result).toEqual({ ok: true, data: SETTINGS });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/settings.get');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-Taizhang-Token']).toBe('tok-123');
    expect(JSON.parse(init.body as string)).toEqual({});
  });

  it('passes a failed envelope through, whatever the HTTP status', async () => {
    const failed: Result<never> = {
      ok: false,
      error: { code: 'BAD_INPUT', message: '输入有误：请填写名称', fields: { name: '请填写名称' } },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(failed, 400)),
    );
    const result = await createApiClient(createHttpTransport()).invoke('regions.rename', { id: 'x', name: '' });
    expect(result).toEqual(failed);
  });

  it('turns a network failure into INTERNAL with a Chinese message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const result = await createApiClient(createHttpTransport()).invoke('system.info', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: CONNECTION_LOST_MESSAGE } });
    expect(CONNECTION_LOST_MESSAGE).toBe('无法连接到台账服务，请确认程序仍在运行。');
  });

  it('takes ?token= from the page URL into sessionStorage and removes it from the address', () => {
    window.history.replaceState(null, '', '/?token=abc&lang=zh#/settings/office');
    captureTokenFromUrl();
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc');
    expect(window.location.search).toBe('?lang=zh');
    expect(window.location.hash).toBe('#/settings/office');
  });
});

describe('transport choice', () => {
  it('uses the preload bridge when window.taizhang exists', async () => {
    const bridgeInvoke = vi.fn(async () => ok({ cancelled: true }));
    (window as unknown as { taizhang: unknown }).taizhang = { invoke: bridgeInvoke };
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);

    const result = await createDefaultApiClient().cancelJob('job-9');

    expect(result).toEqual(ok({ cancelled: true }));
    expect(bridgeInvoke).toHaveBeenCalledWith('jobs.cancel', { jobId: 'job-9' });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('runJob', () => {
  it('polls jobs.status, reports progress, and resolves with the final result', async () => {
    const states = [
      { state: 'running', done: 1, total: 4, phase: '检查数据' },
      { state: 'running', done: 4, total: 4, phase: '写入数据库' },
      { state: 'done', done: 4, total: 4, phase: '已完成', result: ok({ created: 4, unchanged: 0 }) },
    ];
    const invoke = vi.fn(async (channel: string): Promise<Result<unknown>> => {
      if (channel === 'regions.import') return ok({ jobId: 'j1' });
      return ok({ jobId: 'j1', channel: 'regions.import', ...states.shift() });
    });
    const onProgress = vi.fn();
    const result = await createApiClient({ invoke }, { pollIntervalMs: 1 }).runJob(
      'regions.import',
      { fileName: 'a.csv', contentBase64: 'YQ==' },
      onProgress,
    );

    expect(result).toEqual(ok({ created: 4, unchanged: 0 }));
    expect(onProgress.mock.calls.map(([p]) => p.phase)).toEqual(['准备中', '检查数据', '写入数据库', '已完成']);
    expect(invoke).toHaveBeenCalledWith('jobs.status', { jobId: 'j1' });
  });
});

describe('applyServerError', () => {
  it('puts field messages under known fields and returns the rest for the top of the form', () => {
    const setError = vi.fn();
    const top = applyServerError(
      {
        code: 'BAD_INPUT',
        message: '输入有误',
        fields: { code: '区划代码应为12位数字', parentId: '村(社区)只能建在乡镇(街道)之下' },
      },
      setError,
      ['code', 'name'],
    );
    expect(setError).toHaveBeenCalledWith(
      'code',
      { type: 'server', message: '区划代码应为12位数字' },
      { shouldFocus: true },
    );
    expect(top).toBe('村(社区)只能建在乡镇(街道)之下');
    expect(
      applyServerError({ code: 'BAD_INPUT', message: '输入有误', fields: { name: '请填写名称' } }, vi.fn(), ['name']),
    ).toBeNull();
    expect(applyServerError({ code: 'RULE_VIOLATION', message: '请先填写单位信息' }, vi.fn(), ['name'])).toBe(
      '请先填写单位信息',
    );
  });
});
