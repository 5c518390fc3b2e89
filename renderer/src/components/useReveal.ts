import { App } from 'antd';
import { useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { useApi } from '../api';

/** The channels that show one masked value of a person in full; the core writes an audit row for each call. */
type RevealChannel = 'persons.revealId' | 'persons.revealPhone';

/**
 * One masked value of a person shown in full on demand (显示完整号码, 查看 a phone): `toggle` asks the core (which
 * records it in the audit log) and shows its answer until the clerk hides it again; a refusal is said as a message.
 */
export function useReveal<C extends RevealChannel>(
  channel: C,
  personId: string,
  valueOf: (answer: ChannelOutput<C>) => string | null,
) {
  const api = useApi();
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  async function reveal() {
    setLoading(true);
    const r = await api.invoke(channel, { id: personId } as ChannelInput<C>);
    setLoading(false);
    if (r.ok) setFull(valueOf(r.data) ?? '');
    else message.error(r.error.message);
  }

  return { full, loading, toggle: () => (full !== null ? setFull(null) : void reveal()) };
}
