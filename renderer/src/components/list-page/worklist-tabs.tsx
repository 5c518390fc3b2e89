import { CountBadge } from '../CountBadge';
import type { UrlParams } from './useUrlParams';

/**
 * The open tab of a page of work lists, kept in the address as `tab=…` (left out for the first tab, so the plain
 * address opens it): `activeKey` and `onChange` for the Tabs.
 */
export function tabInAddress<T extends string>(u: UrlParams, first: T) {
  return {
    activeKey: (u.get('tab') ?? first) as T,
    onChange: (key: string) => u.set({ tab: key === first ? undefined : key }),
  };
}

/** A work list's tab: its name and how many rows wait, the count red (`urgent`) where some are late. */
export const countTabLabel = (text: string, count: number | undefined, urgent = false) => (
  <span>
    {text} <CountBadge count={count ?? 0} tone={urgent ? 'urgent' : 'due'} />
  </span>
);
