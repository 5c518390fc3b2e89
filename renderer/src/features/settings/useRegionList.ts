import { useCallback, useEffect, useState } from 'react';
import type { Region } from '../../../../shared/contract/regions';
import { useApi } from '../../api';

interface Loaded {
  key: string;
  items: Region[];
  error: string | null;
}

/** The region list from the core; `loading` while the current filter's answer has not arrived. */
export function useRegionList(includeRetired: boolean) {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', items: [], error: null });
  const key = `${includeRetired}:${version}`;

  useEffect(() => {
    let live = true;
    void api.invoke('regions.list', { includeRetired }).then((r) => {
      if (!live) return;
      setLoaded((prev) => (r.ok ? { key, items: r.data.items, error: null } : { key, items: prev.items, error: r.error.message }));
    });
    return () => {
      live = false;
    };
  }, [api, includeRetired, key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { items: loaded.items, error: loaded.error, loading: loaded.key !== key, reload };
}
