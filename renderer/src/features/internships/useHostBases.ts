import { useRead } from '../../api';
import { employerBrowseInput } from '../../components/EmployerSelect';

/**
 * Whether the county has no live 见习基地 (the drawer's notice). It reads the page the host select browses
 * (EmployerSelect basesOnly, the same input): the drawer shows that select, so the one cached read answers both and
 * its `total` says whether any base exists — a separate pageSize-1 read would only add a call.
 */
export function useHostBases(): { none: boolean; error: string | null } {
  const { data, error } = useRead('employers.list', employerBrowseInput(true));
  return { none: data?.total === 0, error: error ?? null };
}
