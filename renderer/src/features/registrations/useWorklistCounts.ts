import type { ChannelOutput } from '../../../../shared/contract';
import { useRead } from '../../api';

type WorklistCounts = ChannelOutput<'contactWorklists.counts'>;

/**
 * contactWorklists.counts for a month (null: the working date's month), the work lists' tab counts; read again
 * after every write (a badge channel, see api/query). Null until read, or when reading failed (no counts then).
 */
export function useWorklistCounts(month: string | null = null): WorklistCounts | null {
  const { data, error } = useRead('contactWorklists.counts', { month });
  return error ? null : data;
}
