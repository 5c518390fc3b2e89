// The Result envelope every channel returns (ARCHITECTURE §3).
export const ERROR_CODES = [
  'BAD_INPUT', // input failed the channel's schema; `fields` names each bad field
  'RULE_VIOLATION', // a business rule (BR-xx / VR-xx) refused the request
  'NOT_FOUND',
  'CONFLICT', // uniqueness or concurrent edit; `details` may name the existing record
  'UNKNOWN_CHANNEL',
  'CANCELLED',
  'BUSY', // the database is held by another writer; nothing was written, the clerk may try again
  'UNAUTHENTICATED', // no valid session (not signed in, signed out, or idle too long); HTTP answers 401
  'FORBIDDEN', // the signed-in account's role or permissions do not allow the channel; nothing was written
  'INTERNAL', // logged with its stack in the core; the clerk sees a short Chinese message
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorBody {
  code: ErrorCode;
  /** Chinese, fit to show a clerk. */
  message: string;
  /** form path -> Chinese message */
  fields?: Record<string, string>;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

/** Thrown by services; dispatch turns it into a failed Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): AppErrorBody {
    const body: AppErrorBody = { code: this.code, message: this.message };
    if (this.fields) body.fields = this.fields;
    if (this.details) body.details = this.details;
    return body;
  }
}

export const badInput = (fields: Record<string, string>, message = firstMessage(fields)) =>
  new AppError('BAD_INPUT', message, fields);
export const ruleViolation = (message: string, fields?: Record<string, string>, details?: Record<string, unknown>) =>
  new AppError('RULE_VIOLATION', message, fields, details);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
export const conflict = (message: string, details?: Record<string, unknown>, fields?: Record<string, string>) =>
  new AppError('CONFLICT', message, fields, details);

function firstMessage(fields: Record<string, string>): string {
  const first = Object.values(fields)[0];
  return first ? `输入有误：${first}` : '输入有误';
}

export const BUSY_MESSAGE = '数据库正忙（另一个程序或任务正在写入），操作未完成，数据未改动。请稍后再试。';

export const INTERNAL_MESSAGE = '程序内部错误，操作未完成，数据未改动。请把错误发生的时间告诉技术支持。';
