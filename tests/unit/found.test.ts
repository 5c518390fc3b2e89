import { describe, expect, it } from 'vitest';
import { found } from '../../electron/core/db/found';
import { AppError } from '../../shared/contract/result';

describe('found', () => {
  it('gives back the row read', () => {
    const row = { id: 'a' };
    expect(found(row, '找不到该账号。')).toBe(row);
  });

  it.each([undefined, null])('answers NOT_FOUND with the message when the read found nothing (%s)', (none) => {
    let error: unknown;
    try {
      found<{ id: string }>(none, '找不到该区划，可能已被删除。');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toBody()).toEqual({ code: 'NOT_FOUND', message: '找不到该区划，可能已被删除。' });
  });
});
