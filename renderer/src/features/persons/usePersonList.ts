import { useCallback, useEffect, useState } from 'react';
import type { PersonListInput, PersonListItem } from '../../../../shared/contract/persons';
import { useApi } from '../../api';

interface Loaded {
  key: string;
  items: PersonListItem[];
  total: number;
  error: string | null;
}

/**
 * One page of persons.list for `input`. An answer that arrives after the request changed is dropped
 * (the clerk typed on), so the table never shows results for an older search.
 */
export function usePersonList(input: PersonListInput) {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', items: [], total: 0, error: null });
  const request = JSON.stringify(input);
  const key = `${request}#${version}`;

  useEffect(() => {
    let live = true;
    void api.invoke('persons.list', JSON.parse(request) as PersonListInput).then((r) => {
      if (!live) return;
      setLoaded((prev) =>
        r.ok
          ? { key, items: r.data.items, total: r.data.total, error: null }
          : { key, items: prev.items, total: prev.total, error: r.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [api, request, key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { items: loaded.items, total: loaded.total, error: loaded.error, loading: loaded.key !== key, reload };
}
