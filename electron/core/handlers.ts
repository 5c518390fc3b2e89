import type { z } from 'zod';
import type { Channel, Contract, JobResultOf } from '../../shared/contract';
import type { CoreContext, WriteResult } from './context';
import type { JobControl } from './jobs/registry';

type In<C extends Channel> = z.output<Contract[C]['input']>;
type Out<C extends Channel> = z.output<Contract[C]['output']>;

/** Runs fn in one transaction together with the job's audit row; refuses if the job was cancelled. */
export type Commit = <T>(fn: () => WriteResult<T>) => T;

/** Handler shapes follow the channel's kind: query, write (audited) or job. */
export type Handler<C extends Channel> = Contract[C] extends { job: true }
  ? (input: In<C>, ctx: CoreContext, job: JobControl, commit: Commit) => Promise<JobResultOf<C>>
  : Contract[C] extends { write: object }
    ? (input: In<C>, ctx: CoreContext) => WriteResult<Out<C>>
    : (input: In<C>, ctx: CoreContext) => Out<C>;

export type HandlerMap = { [C in Channel]: Handler<C> };
export type PartialHandlers<K extends Channel> = { [C in K]: Handler<C> };
