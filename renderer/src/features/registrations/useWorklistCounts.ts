import type { ChannelOutput } from '../../../../shared/contract';
import { useNavCounts } from '../../components/NavCount';
import { useRegistrationsChanged } from './events';

export type WorklistCounts = ChannelOutput<'contactWorklists.counts'>;

/**
 * contactWorklists.counts for a month (null: the working date's month), read again on every route change and after
 * every registration or contact write. Null until read, or when reading failed (no badge then).
 */
export function useWorklistCounts(month: string | null = null): WorklistCounts | null {
  const { counts, reload } = useNavCounts('contactWorklists.counts', { month });
  useRegistrationsChanged(reload);
  return counts;
}
