import type { WorklistInput, WorklistKind } from '../../../../shared/contract/contact-worklists';
import { useRead } from '../../api';

/**
 * One page of a contact work list; read again after registration or contact writes (they invalidate contactWorklists).
 * `input` null: nothing read (another tab is shown).
 */
export function useWorklist(kind: WorklistKind, input: WorklistInput | null) {
  const { data, error, loading, reload } = useRead(`contactWorklists.${kind}`, input);
  return { page: data, error, loading, reload };
}
