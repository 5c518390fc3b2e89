import type { z } from 'zod';
import {
  placementCreateInput,
  type PlacementCreateInput,
  type placementPreview,
} from '../../../../shared/contract/placements';
import { useRead } from '../../api';
import { useDebounced } from '../../components/useDebounced';

export type Preview = z.output<typeof placementPreview>;
const DELAY_MS = 300;

/**
 * placements.preview for the form as it stands (a dry run of the save: the first refusal and the BR-18 period),
 * once the entry passes the schema; null until then. Answers to older entries are dropped.
 */
export function usePlacementPreview(input: PlacementCreateInput) {
  const request = placementCreateInput.safeParse(input).success ? JSON.stringify({ ...input, override: null }) : null;
  const settled = useDebounced(request, DELAY_MS);
  const current = request !== null && settled === request;
  const read = useRead('placements.preview', current ? (JSON.parse(request) as PlacementCreateInput) : null, {
    keepPrevious: false,
  });
  const answered = current && !read.loading;
  return {
    ready: request !== null,
    checking: request !== null && !answered,
    preview: answered ? read.data : null,
    error: answered ? read.error : null,
  };
}
