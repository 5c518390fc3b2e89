import type { Result } from '../../../shared/contract';

/** One way of reaching the core: Electron IPC, HTTP (browser mode) or a fake in tests. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

export const CONNECTION_LOST_MESSAGE = '无法连接到台账服务，请确认程序仍在运行。';

export const connectionLost = (): Result<never> => ({
  ok: false,
  error: { code: 'INTERNAL', message: CONNECTION_LOST_MESSAGE },
});

/** True when a value has the shape of the Result envelope. */
export function isResultEnvelope(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; data?: unknown; error?: unknown };
  if (v.ok === true) return true;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const e = v.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}
