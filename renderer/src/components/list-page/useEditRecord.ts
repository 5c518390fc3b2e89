import { App } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api';
import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import type { ByIdChannel } from './useDeleteRestore';

/**
 * The form drawer of a list: `create` opens it empty, `edit` reads the record first (its error as a message, the
 * form stays shut). `editing.detail` is null for a new record.
 */
export function useEditRecord<C extends ByIdChannel>(getChannel: C) {
  const api = useApi();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<{ detail: ChannelOutput<C> | null } | null>(null);
  const edit = async (row: { id: string }) => {
    const r = await api.invoke(getChannel, { id: row.id } as ChannelInput<C>);
    if (r.ok) setEditing({ detail: r.data });
    else message.error(r.error.message);
  };
  return {
    editing,
    create: () => setEditing({ detail: null }),
    edit: (row: { id: string }) => void edit(row),
    close: () => setEditing(null),
  };
}
