import { useCallback, useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { useApi } from './ApiContext';

interface Loaded<T> {
  key: string;
  data: T | null;
  error: string | null;
}

/**
 * Reads one channel for `input` (null: nothing to read yet). An answer that arrives after the input changed is
 * dropped; the last good data stays shown while the next request runs. `reload` after a change.
 */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C> | null) {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<ChannelOutput<C>>>({ key: '', data: null, error: null });
  const request = input === null ? null : JSON.stringify(input);
  const key = `${channel}:${request}#${version}`;

  useEffect(() => {
    if (request === null) return;
    let live = true;
    void api.invoke(channel, JSON.parse(request) as ChannelInput<C>).then((r) => {
      if (!live) return;
      setLoaded((prev) => (r.ok ? { key, data: r.data, error: null } : { key, data: prev.data, error: r.error.message }));
    });
    return () => {
      live = false;
    };
  }, [api, channel, request, key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: loaded.data, error: loaded.error, loading: request !== null && loaded.key !== key, reload };
}
