import { vi } from 'vitest';
import {
  contract,
  isChannel,
  type Channel,
  type ChannelInput,
  type ErrorCode,
  type Result,
} from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';
import type { Account } from '../../shared/contract/accounts';
import type { AppSettings } from '../../shared/contract/settings';
import type { Region } from '../../shared/contract/regions';
import type { RosterImportCheck } from '../../shared/contract/roster-imports';
import { createApiClient } from '../../renderer/src/api';
import { FULL_NUMBER_REPORTS } from '../full-number-reports';

export type FakeHandlers = {
  [C in Channel]?: (input: ChannelInput<C>) => Result<unknown> | Promise<Result<unknown>>;
};

/**
 * Inputs a screen sent that the channel's contract schema refuses (issue 16): the core would answer BAD_INPUT, so a
 * test passing against the fake would hide a broken screen. setup.ts fails the test when this is not empty.
 */
export const contractViolations: string[] = [];

/** An api client over a fake transport: each channel answers from `handlers`; `invoke` records every call. */
export function createFakeApi(handlers: FakeHandlers) {
  const invoke = vi.fn(async (channel: string, input: unknown): Promise<Result<unknown>> => {
    if (isChannel(channel)) {
      const parsed = contract[channel].input.safeParse(input ?? {});
      if (!parsed.success) contractViolations.push(`${channel} ${JSON.stringify(input)}: ${parsed.error.message}`);
    } else {
      contractViolations.push(`${channel}: not a contract channel`);
    }
    const handler = handlers[channel as Channel] as
      ((i: unknown) => Result<unknown> | Promise<Result<unknown>>) | undefined;
    if (!handler) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `测试未提供 ${channel}` } };
    return handler(input);
  });
  const api = createApiClient({ invoke }, { pollIntervalMs: 1 });
  /** The inputs of every call to one channel. */
  const callsTo = (channel: Channel) => invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);
  return { api, invoke, callsTo };
}

/** A fake api's record of the inputs sent on one channel (createFakeApi's `callsTo`). */
export type CallsTo = ReturnType<typeof createFakeApi>['callsTo'];

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

/** A refused answer as the core sends it: the code and the clerk's message, with field messages and details where given. */
export const failed = (
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
  details?: Record<string, unknown>,
): Result<never> => ({ ok: false, error: { code, message, ...(fields && { fields }), ...(details && { details }) } });

/**
 * The jobs.status answer of a long job that has ended with `result`: done (phase 已完成) when it succeeded, failed
 * (phase 失败) when it did not; `over` sets the channel, phase or anything else a test shows.
 */
export const jobEnded = (jobId: string, result: Result<unknown>, over: Partial<JobStatus> = {}): Result<JobStatus> =>
  ok({
    jobId,
    channel: 'x',
    state: result.ok ? 'done' : 'failed',
    done: 1,
    total: 1,
    phase: result.ok ? '已完成' : '失败',
    result: result as JobStatus['result'],
    ...over,
  });

/**
 * The check and commit jobs of a two-row roster import in which `error` refuses one row and the other is imported:
 * job id → its result, for a fake jobs.status.
 */
export function oneRowRefusedJobs(
  file: Pick<RosterImportCheck, 'token' | 'kind' | 'fileName'>,
  error: RosterImportCheck['errors'][number],
): Record<string, Result<unknown>> {
  const check: RosterImportCheck = {
    ...file,
    total: 2,
    valid: 1,
    errorRows: 1,
    errorCount: 1,
    errors: [error],
    ignoredColumns: [],
    acceptedCount: 1,
    newPersons: [],
    newEmployers: [],
    newPosts: [],
  };
  return { check: ok(check), commit: ok({ created: 1, skipped: 1, persons: 0, employers: 0, posts: 0 }) };
}

export const OFFICE = { name: '和田县就业服务中心', countyName: '和田县', countyCode: '653221000000' };
export const SETTINGS: AppSettings = { office: OFFICE };
/** The signed-in account of a rendered screen: an administrator named like the old operator setting. */
export const ACCOUNT: Account = {
  id: 'acc-admin',
  username: 'ayigul',
  displayName: '阿依古丽',
  role: 'admin',
  fullIdExport: true,
  townshipIds: [],
  active: true,
  lockedUntil: null,
};
/**
 * system.info as the core answers it; fullNumberReports: the reports with ID, phone or bank number columns (the
 * core's own list is checked in tests/core/reports-export-catalogue.test.ts).
 */
export const INFO = {
  appVersion: '0.1.0',
  schemaVersion: 1,
  today: '2025-03-15',
  dataDir: '/tmp/taizhang',
  fullNumberReports: [...FULL_NUMBER_REPORTS],
};

export function region(over: Partial<Region> & Pick<Region, 'id' | 'code' | 'name'>): Region {
  const level = over.code.endsWith('000') ? 4 : 5;
  return { level, parentId: null, urbanRuralCode: null, retiredOn: null, officePhone: null, ...over };
}
