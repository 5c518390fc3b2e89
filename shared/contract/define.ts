import type { z } from 'zod';
import { jobStarted } from './fields';

/** How dispatch records a write in the audit table. */
export interface AuditSpec {
  entity: string;
}

export interface ChannelDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  input: I;
  output: O;
  /** For jobs: the shape of the finished job's data. */
  jobResult?: R;
  /** Writes are run in one transaction with their audit row. */
  write?: AuditSpec;
  /** A long job: returns { jobId } at once; progress via jobs.status. */
  job?: boolean;
}

/** Keeps the literal shape (write/job flags) so handler types follow the channel's kind. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const channel = <const D extends ChannelDef<any, any, any>>(def: D): D => def;

/** A write channel: dispatch runs it in one transaction with its audit row for `entity`. */
export const writeChannel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, entity: string) =>
  channel({ input, output, write: { entity } });

/** A long job: answers { jobId } at once; `jobResult` is the shape of the finished job's data. */
export const jobChannel = <I extends z.ZodType, R extends z.ZodType>(input: I, jobResult: R) =>
  channel({ input, output: jobStarted, jobResult, job: true });

/** A long job that writes: its commits are audited for `entity`. */
export const writeJobChannel = <I extends z.ZodType, R extends z.ZodType>(input: I, jobResult: R, entity: string) =>
  channel({ input, output: jobStarted, jobResult, job: true, write: { entity } });
