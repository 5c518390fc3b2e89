import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { placementCreateInput, type PlacementCreateInput, type placementPreview } from '../../../../shared/contract/placements';
import { useApi } from '../../api';

export type Preview = z.output<typeof placementPreview>;
const DELAY_MS = 300;

/**
 * placements.preview for the form as it stands (a dry run of the save: the first refusal and the BR-18 period),
 * once the entry passes the schema; null until then. Answers to older entries are dropped.
 */
export function usePlacementPreview(input: PlacementCreateInput) {
  const api = useApi();
  const request = placementCreateInput.safeParse(input).success ? JSON.stringify({ ...input, override: null }) : null;
  const [state, setState] = useState<{ request: string | null; preview: Preview | null; error: string | null }>({ request: null, preview: null, error: null });

  useEffect(() => {
    if (request === null) return;
    let live = true;
    const timer = setTimeout(() => {
      void api.invoke('placements.preview', JSON.parse(request) as PlacementCreateInput).then((r) => {
        if (live) setState({ request, preview: r.ok ? r.data : null, error: r.ok ? null : r.error.message });
      });
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, request]);

  const current = request !== null && state.request === request;
  return { ready: request !== null, checking: request !== null && !current, preview: current ? state.preview : null, error: current ? state.error : null };
}
