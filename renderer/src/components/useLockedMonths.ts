import { lockedMessage } from '../../../shared/contract/period-locks';
import { useRead } from '../api';

/**
 * The locked months (periodLocks.list) as a check a list uses to leave out the writes the core would refuse: the
 * refusal's message for a date (YYYY-MM-DD or YYYY-MM) in a locked month, else null. `what` names the record
 * (联系记录). Nothing counts as locked until the list has been read.
 */
export function useLockedMonths(what: string): (date: string) => string | null {
  const { data } = useRead('periodLocks.list', {});
  const locked = new Set(data?.locks.map((l) => l.month) ?? []);
  return (date) => (locked.has(date.slice(0, 7)) ? lockedMessage(date.slice(0, 7), what) : null);
}
