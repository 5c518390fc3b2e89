import { useCallback, useEffect, useState } from 'react';
import type { WorklistInput, WorklistKind, WorklistPage } from '../../../../shared/contract/contact-worklists';
import { useApi } from '../../api';
import { useRegistrationsChanged } from './events';

interface Loaded {
  key: string;
  page: WorklistPage | null;
  error: string | null;
}

/** One page of a work list; reloads after registration or contact writes. Late answers to older requests are dropped. */
export function useWorklist(kind: WorklistKind, input: WorklistInput) {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', page: null, error: null });
  const request = JSON.stringify([kind, input]);
  const key = `${request}#${version}`;
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useRegistrationsChanged(reload);

  useEffect(() => {
    let live = true;
    const [k, i] = JSON.parse(request) as [WorklistKind, WorklistInput];
    void api.invoke(`contactWorklists.${k}`, i).then((r) => {
      if (!live) return;
      setLoaded((prev) => (r.ok ? { key, page: r.data, error: null } : { key, page: prev.page, error: r.error.message }));
    });
    return () => {
      live = false;
    };
  }, [api, request, key]);

  return { page: loaded.page, error: loaded.error, loading: loaded.key !== key, reload };
}
