import type { z } from 'zod';
import type { Channel, Contract, JobResultOf } from '../../shared/contract';
import type { CoreContext, WriteResult } from './context';
import type { JobControl } from './jobs/registry';

type In<C extends Channel> = z.output<Contract[C]['input']>;
type Out<C extends Channel> = z.output<Contract[C]['output']>;

/**
 * Runs fn in one transaction together with the job's audit row; refuses if the job was cancelled. The transaction
 * begins IMMEDIATE (the write lock at once) unless `begin` is 'deferred': then it reads as a snapshot without the
 * write lock and takes it at its first write, which SQLite refuses (SQLITE_BUSY_SNAPSHOT) when another connection
 * committed since the snapshot was read (the month lock, modules/period-locks/service.ts).
 */
export type Commit = <T>(fn: () => WriteResult<T>, begin?: 'immediate' | 'deferred') => T;

/** Handler shapes follow the channel's kind: query, write (audited) or job. */
export type Handler<C extends Channel> = Contract[C] extends { job: true }
  ? (input: In<C>, ctx: CoreContext, job: JobControl, commit: Commit) => Promise<JobResultOf<C>>
  : Contract[C] extends { write: object }
    ? (input: In<C>, ctx: CoreContext) => WriteResult<Out<C>>
    : (input: In<C>, ctx: CoreContext) => Out<C>;

export type HandlerMap = { [C in Channel]: Handler<C> };
export type PartialHandlers<K extends Channel> = { [C in K]: Handler<C> };
/** Every channel under the prefixes P (e.g. 'posts' | 'postWorklists'): what one module's handlers answer. */
export type ChannelsOf<P extends string> = Extract<Channel, `${P}.${string}`>;

/** What a write service answers: the record it wrote and the audit row's summary. */
export interface Saved<T> {
  data: T;
  summary: string;
}

/** A write handler's result for a service's Saved: the audit row names the record written. */
export const written = <T extends { id: string }>({ data, summary }: Saved<T>): WriteResult<T> => ({
  data,
  entityId: data.id,
  summary,
});

/** The same for a Saved whose data holds the record written under `key` (e.g. { placement, warnings }). */
export const writtenAt = <K extends string, T extends Record<K, { id: string }>>(
  key: K,
  { data, summary }: Saved<T>,
): WriteResult<T> => ({ data, entityId: data[key].id, summary });

/**
 * The same for a create/update that answers the record under its own name with the save's warnings
 * ({ person, warnings, summary } → data { person, warnings }).
 */
export function savedWithWarnings<
  K extends string,
  S extends Record<K, { id: string }> & { warnings: unknown; summary: string },
>(key: K, saved: S): WriteResult<Pick<S, K | 'warnings'>> {
  const data = { [key]: saved[key], warnings: saved.warnings } as Pick<S, K | 'warnings'>;
  return { data, entityId: saved[key].id, summary: saved.summary };
}
