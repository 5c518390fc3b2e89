import { App } from 'antd';
import { useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { useWrite } from '../api';

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
  // Through the data layer: the reveal is an audited write, so an open 操作记录 reads again; nothing else changes.
  const { write, pending } = useWrite(channel, { ownDomain: false, invalidates: ['audit'] });
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);

  async function reveal() {
    const r = await write({ id: personId } as ChannelInput<C>);
    if (r.ok) setFull(valueOf(r.data) ?? '');
    else message.error(r.error.message);
  }

  return { full, loading: pending, toggle: () => (full !== null ? setFull(null) : void reveal()) };
}
