import { useRead } from '../api';

/** The region list from the core; `loading` while the current filter's answer has not arrived. */
export function useRegionList(includeRetired: boolean) {
  const { data, error, loading, reload } = useRead('regions.list', { includeRetired });
  return { items: data?.items ?? [], error, loading, reload };
}
