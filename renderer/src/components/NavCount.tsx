import { useIsFetching } from '@tanstack/react-query';
import { Badge } from 'antd';
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { useRead } from '../api';

export type NavigationBadges = ChannelOutput<'home.badges'>;

/**
 * Every navigation badge from one read (home.badges). It is read once the page's own reads have answered (the
 * clerk waits for the page, not for the badges), then again only when a write marks it stale (a badge channel,
 * see api/query), never per route change. Null until read, or when reading failed: no badges then.
 */
export function useNavBadges(): NavigationBadges | null {
  const othersFetching = useIsFetching({ predicate: (q) => q.queryKey[0] !== 'home.badges' });
  const [pageAsked, setPageAsked] = useState(false);
  const [started, setStarted] = useState(false);
  // One turn after mounting, the page's reads have started; badges wait until they have answered.
  useEffect(() => {
    const t = setTimeout(() => setPageAsked(true), 0);
    return () => clearTimeout(t);
  }, []);
  // Latched during render (state from an earlier render): once started, a later page read does not stop it.
  if (!started && pageAsked && othersFetching === 0) setStarted(true);
  const { data, error } = useRead('home.badges', {}, { enabled: started });
  return error ? null : data;
}

/** The count beside a module's name in the navigation (UI.md work lists); `title` says what is counted. */
export function NavCount({ count, title }: { count: number; title: string }) {
  if (count <= 0) return null;
  return (
    <span title={title} style={{ marginInlineStart: 6 }}>
      <Badge count={count} overflowCount={9999} size="small" aria-label={title} />
    </span>
  );
}
