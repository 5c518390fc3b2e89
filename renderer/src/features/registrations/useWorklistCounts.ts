import type { ChannelOutput } from '../../../../shared/contract';
import { useNavCounts } from '../../components/NavCount';

export type WorklistCounts = ChannelOutput<'contactWorklists.counts'>;

/**
 * contactWorklists.counts for a month (null: the working date's month), read again on every route change and after
 * every write (a badge channel, see api/query). Null until read, or when reading failed (no badge then).
 */
export function useWorklistCounts(month: string | null = null): WorklistCounts | null {
  return useNavCounts('contactWorklists.counts', { month }).counts;
}
