import { useMemo } from 'react';
import { useRead } from '../../api';
import { employerBrowseInput } from '../../components/EmployerSelect';

/**
 * The first live 见习基地 of the county by name: whether the county has any (the host select itself searches every
 * base: EmployerSelect basesOnly, which reads this same page; 留用率 reads every host in internships.retentionByHost).
 */
export function useHostBases() {
  const { data, error, reload } = useRead('employers.list', employerBrowseInput(true));
  const options = useMemo(() => (data?.items ?? []).map((e) => ({ value: e.id, label: e.name })), [data]);
  return { options, error, reload };
}
