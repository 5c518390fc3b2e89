import { useMemo } from 'react';
import { useRead } from '../../api';

/** The live 见习基地 of the county, for the host selects (a county has a few dozen at most). */
export function useHostBases() {
  const { data, error, reload } = useRead('employers.list', { isInternshipBase: true, pageSize: 100 });
  const options = useMemo(() => (data?.items ?? []).map((e) => ({ value: e.id, label: e.name })), [data]);
  return { options, error, reload };
}
