import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/result';
import { assertFresh, nextStamp, savedStampsOf, softDeleteStampsOf, staleMessage } from '../../electron/core/db/stamp';

const READ = '2026-11-28T08:00:00.000Z';
const SAVED_SINCE = '2026-11-28T08:00:05.000Z';

/** The error `run` throws (undefined when it returns). */
function thrown(run: () => void): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('optimistic lock: assertFresh', () => {
  it('passes when the stored stamp is the one the caller read (none stored and none read included)', () => {
    expect(thrown(() => assertFresh(READ, READ, '人员信息'))).toBeUndefined();
    expect(thrown(() => assertFresh(null, null, '报表格式'))).toBeUndefined();
  });

  it.each([
    [SAVED_SINCE, READ],
    [null, READ],
    [READ, null],
  ])(
    'refuses a stale copy (stored %s, read %s) with CONFLICT naming the record and the stored stamp',
    (stored, read) => {
      const e = thrown(() => assertFresh(stored, read, '失业登记'));
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).toBody()).toEqual({
        code: 'CONFLICT',
        message: '该失业登记已被他人修改，请刷新后再改',
        details: { currentUpdatedAt: stored },
      });
    },
  );

  it('staleMessage names the record', () => {
    expect(staleMessage('用人单位信息')).toBe('该用人单位信息已被他人修改，请刷新后再改');
  });
});

describe('nextStamp', () => {
  it('takes now when later, else one millisecond after the previous stamp', () => {
    expect(nextStamp(SAVED_SINCE, READ)).toBe(SAVED_SINCE);
    expect(nextStamp(READ, READ)).toBe('2026-11-28T08:00:00.001Z');
    expect(nextStamp(READ, SAVED_SINCE)).toBe('2026-11-28T08:00:05.001Z');
  });
});

describe('stamps of a detail answer', () => {
  const row = { created_at: READ, updated_at: SAVED_SINCE, created_by: '古丽', updated_by: '艾买提', other: 1 };

  it('savedStampsOf: who saved the row and when, nothing else', () => {
    expect(savedStampsOf(row)).toEqual({
      createdAt: READ,
      updatedAt: SAVED_SINCE,
      createdBy: '古丽',
      updatedBy: '艾买提',
    });
  });

  it('softDeleteStampsOf: with when it was deleted, null while it is not', () => {
    expect(softDeleteStampsOf({ ...row, deleted_at: null })).toEqual({ ...savedStampsOf(row), deletedAt: null });
    expect(softDeleteStampsOf({ ...row, deleted_at: SAVED_SINCE })).toMatchObject({ deletedAt: SAVED_SINCE });
  });
});
