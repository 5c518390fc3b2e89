import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import { useApi } from '../../api';
import { useRegistrationsChanged } from './events';

export type WorklistCounts = ChannelOutput<'worklists.counts'>;

/**
 * worklists.counts for a month (null: the working date's month), read again on every route change and after
 * every registration or contact write. Null until read, or when reading failed (no badge then).
 */
export function useWorklistCounts(month: string | null = null): WorklistCounts | null {
  const api = useApi();
  const { pathname } = useLocation();
  const [version, setVersion] = useState(0);
  const [counts, setCounts] = useState<WorklistCounts | null>(null);
  useRegistrationsChanged(() => setVersion((v) => v + 1));

  useEffect(() => {
    let live = true;
    void api.invoke('worklists.counts', { month }).then((r) => {
      if (live) setCounts(r.ok ? r.data : null);
    });
    return () => {
      live = false;
    };
  }, [api, month, pathname, version]);

  return counts;
}
