import { useEffect, useState } from 'react';
import type { EmployerDetail } from '../../../../shared/contract/employers';
import { useApi } from '../../api';

/**
 * The details of the employers on one page of the list (employers.list has no base dates): one employers.get per
 * row, at most a page's worth, answered by the local core.
 */
export function useEmployerDetails(ids: readonly string[], version: number): ReadonlyMap<string, EmployerDetail> {
  const api = useApi();
  const [details, setDetails] = useState<ReadonlyMap<string, EmployerDetail>>(new Map());
  const key = ids.join(',');
  useEffect(() => {
    if (!key) return;
    let live = true;
    void Promise.all(key.split(',').map((id) => api.invoke('employers.get', { id }))).then((results) => {
      if (!live) return;
      setDetails(new Map(results.flatMap((r) => (r.ok ? [[r.data.id, r.data] as const] : []))));
    });
    return () => {
      live = false;
    };
  }, [api, key, version]);
  return details;
}
