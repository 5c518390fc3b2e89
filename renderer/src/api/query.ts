/**
 * The renderer's one data layer (TanStack Query v5 over the api client).
 *
 * Read a channel:
 *   const { data, error, loading, reload } = useRead('posts.list', input);        // input null: nothing read yet
 *   // data: the channel's output (the previous page's stays shown while the next one loads), error: the core's
 *   // Chinese message or null, loading: a request for this input is running, reload(): read again.
 *
 * A read on demand, e.g. the whole record when the clerk clicks 修改 (same cache entry; the Result envelope):
 *   const fetchRead = useFetch();  const r = await fetchRead('employers.get', { id });
 *
 * Several inputs of one channel at once (one answer per input, in order; error: the first failure's message):
 *   const { data, error, loading } = useReadMany('persons.list', inputs);
 *
 * Write through a channel:
 *   const save = useWrite('posts.update');                                         // invalidates posts.* and the badges
 *   const link = useWrite('placements.create', { invalidates: ['posts', 'persons'] });
 *   const r = await save.write(input);  // the Result envelope as before: r.ok / r.error (for applyServerError)
 *   save.pending                          // true while the write runs
 *
 * A successful write marks stale every read whose channel starts with the written channel's domain ("posts" for
 * posts.update), every prefix in `invalidates` ("contactWorklists" or a full channel name), and the navigation badge
 * counts; the reads on screen then fetch again. Writes that do not go through useWrite (long jobs) call
 * `useInvalidate()(['persons'])` when they finish.
 */
import {
  keepPreviousData,
  QueryClient,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppErrorBody, Channel, ChannelInput, ChannelOutput, Result } from '../../../shared/contract';
import { useApi } from './ApiContext';
import type { ApiClient } from './client';

/**
 * The channels behind the count badges in the navigation (home.badges, all of them in one read) and the module
 * tabs: read again after every write, once the written domain's own reads have answered.
 */
export const BADGE_CHANNELS: readonly Channel[] = [
  'contactWorklists.counts',
  'postWorklists.counts',
  'internshipWorklists.due',
  'recognitionWorklists.counts',
  'home.badges',
];

/** A failed read: the core's error body, with its Chinese message as the Error's message. */
export class ChannelError extends Error {
  readonly body: AppErrorBody;
  constructor(body: AppErrorBody) {
    super(body.message);
    this.name = 'ChannelError';
    this.body = body;
  }
}

/** Defaults for an offline desktop app: the core answers locally, so no refetch on focus and no retries. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false, retry: false, staleTime: 0 },
      mutations: { retry: 0 },
    },
  });
}

/** One channel call as a query function: the data, or a ChannelError carrying the core's message. */
async function unwrap<C extends Channel>(
  api: ApiClient,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const r = await api.invoke(channel, input);
  if (!r.ok) throw new ChannelError(r.error);
  return r.data;
}

/** The cache key of one read. */
export const readKey = <C extends Channel>(channel: C, input: ChannelInput<C> | null): QueryKey => [channel, input];

export interface ReadOptions {
  /** Keep the last answer shown while a new input loads (default true: paging and typing do not blank the table). */
  keepPrevious?: boolean;
  /** False: do not read (yet). */
  enabled?: boolean;
}

export interface Read<T> {
  data: T | null;
  /** The core's Chinese message when the last read failed. */
  error: string | null;
  /** The whole error body (code, fields) when the last read failed. */
  failure: AppErrorBody | null;
  /** A request for the current input is running (first read or reload). */
  loading: boolean;
  reload: () => void;
}

/** Reads `channel` for `input` (null: nothing to read yet). Answers to an older input never replace a newer one. */
export function useRead<C extends Channel>(
  channel: C,
  input: ChannelInput<C> | null,
  options: ReadOptions = {},
): Read<ChannelOutput<C>> {
  const api = useApi();
  const query = useQuery({
    queryKey: readKey(channel, input),
    queryFn: () => unwrap(api, channel, input as ChannelInput<C>),
    enabled: input !== null && options.enabled !== false,
    placeholderData: options.keepPrevious === false ? undefined : keepPreviousData,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const failure: AppErrorBody | null =
    query.error instanceof ChannelError
      ? query.error.body
      : query.error
        ? { code: 'INTERNAL', message: query.error.message }
        : null;
  return {
    data: query.data ?? null,
    error: failure?.message ?? null,
    failure,
    loading: query.isFetching,
    reload,
  };
}

/**
 * A read on demand (a click that needs the whole record before a form opens): the same cache entry as useRead of
 * that channel and input, answered as the Result envelope a write gives (r.ok / r.error).
 */
export function useFetch(): <C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<Result<ChannelOutput<C>>> {
  const api = useApi();
  const client = useQueryClient();
  return useCallback(
    async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> => {
      try {
        const data = await client.fetchQuery({
          queryKey: readKey(channel, input),
          queryFn: () => unwrap(api, channel, input),
          staleTime: 0,
        });
        return { ok: true, data };
      } catch (e) {
        const error: AppErrorBody =
          e instanceof ChannelError
            ? e.body
            : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
        return { ok: false, error };
      }
    },
    [api, client],
  );
}

export interface ReadMany<T> {
  /** One entry per input, null until answered (or when that read failed). */
  data: (T | null)[];
  error: string | null;
  loading: boolean;
}

/** Reads `channel` once per input (null: nothing yet); each read is cached and invalidated like a useRead. */
export function useReadMany<C extends Channel>(
  channel: C,
  inputs: readonly ChannelInput<C>[] | null,
): ReadMany<ChannelOutput<C>> {
  const api = useApi();
  return useQueries({
    queries: (inputs ?? []).map((input) => ({
      queryKey: readKey(channel, input),
      queryFn: () => unwrap(api, channel, input),
    })),
    combine: (results) => ({
      data: results.map((q) => q.data ?? null),
      error: results.find((q) => q.error)?.error?.message ?? null,
      loading: results.some((q) => q.isFetching),
    }),
  });
}

const matches = (key: QueryKey, prefixes: readonly string[]) => {
  const channel = String(key[0]);
  return prefixes.some((p) => channel === p || channel.startsWith(`${p}.`));
};

/**
 * Marks stale (and re-reads, when on screen) every read under the given domain or channel prefixes, then the
 * badges: the page's own reads are asked (and answered) first, the badge counts after them.
 */
export function useInvalidate(): (prefixes: readonly string[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (prefixes) => {
      await client.invalidateQueries({
        predicate: (q) => matches(q.queryKey, prefixes) && !matches(q.queryKey, BADGE_CHANNELS),
      });
      await client.invalidateQueries({ predicate: (q) => matches(q.queryKey, BADGE_CHANNELS) });
    },
    [client],
  );
}

/** Puts a known answer in the cache (e.g. the settings a write returned), so the reads of it show it at once. */
export function usePutRead(): <C extends Channel>(channel: C, input: ChannelInput<C>, data: ChannelOutput<C>) => void {
  const client = useQueryClient();
  return useCallback((channel, input, data) => void client.setQueryData(readKey(channel, input), data), [client]);
}

export interface WriteOptions {
  /** Domains ("persons") or channels ("contactWorklists.counts") this write changes besides its own domain. */
  invalidates?: readonly string[];
  /** False: leave the own domain's reads alone (the write answers with the new state and the caller puts it, usePutRead). */
  ownDomain?: boolean;
}

export interface Write<C extends Channel> {
  /** Runs the write; resolves with the core's Result (never rejects on a refused write). */
  write: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
  pending: boolean;
}

/** A write through `channel`; on success it invalidates its domain, `invalidates` and the badge counts. */
export function useWrite<C extends Channel>(channel: C, options: WriteOptions = {}): Write<C> {
  const api = useApi();
  const invalidate = useInvalidate();
  const own = options.ownDomain === false ? [] : [channel.split('.')[0]];
  const extra = options.invalidates ?? [];
  const mutation = useMutation({
    mutationFn: (input: ChannelInput<C>) => api.invoke(channel, input),
    onSuccess: async (r) => {
      if (r.ok) await invalidate([...own, ...extra]);
    },
  });
  return { write: mutation.mutateAsync, pending: mutation.isPending };
}
