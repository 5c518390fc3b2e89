import { Badge } from 'antd';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { useRead } from '../api';

/**
 * One work-list channel read for a badge (its channel is in BADGE_CHANNELS, so every write through useWrite reads it
 * again), also read again on every route change and on `reload`. `counts` is null until read, or when reading
 * failed: no badge then.
 */
export function useNavCounts<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): { counts: ChannelOutput<C> | null; reload: () => void } {
  const { pathname } = useLocation();
  const { data, error, reload } = useRead(channel, input);
  const seen = useRef(pathname);
  useEffect(() => {
    if (seen.current === pathname) return;
    seen.current = pathname;
    reload();
  }, [pathname, reload]);
  return { counts: error ? null : data, reload };
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
