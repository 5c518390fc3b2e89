import { useWrite, type WriteOptions } from '../../api';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/contract';
import { useConfirmWrite } from '../useConfirmWrite';

/** Channels that delete or restore one record by id. */
export type ByIdChannel = {
  [C in Channel]: ChannelInput<C> extends { id: string } ? ({ id: string } extends ChannelInput<C> ? C : never) : never;
}[Channel];

export interface DeleteRestoreOptions {
  /** What a record is called in the confirmation title: 人员 gives 删除人员. */
  noun: string;
  deleteChannel: ByIdChannel;
  restoreChannel: ByIdChannel;
  /** What else the two writes change (see useWrite). */
  write?: WriteOptions;
  /** After either write, ok or not (e.g. read the record again). */
  onDone?: () => void;
}

/**
 * 恢复 from the 已删除 view with a confirmation that names what comes back (it counts again in lists and reports) and
 * a message saying what happened (the core's refusal when it cannot come back). Also the half of useDeleteRestore for
 * a record whose 删除 asks more than a confirmation (a reason).
 */
export function useRestore<C extends ByIdChannel>({
  noun,
  restoreChannel,
  write,
  onDone,
  onRestored,
}: Omit<DeleteRestoreOptions, 'deleteChannel' | 'restoreChannel'> & {
  restoreChannel: C;
  /** Once it came back, with the core's answer (what else the restore did, for the clerk). */
  onRestored?: (restored: ChannelOutput<C>) => void;
}) {
  const confirm = useConfirmWrite();
  const undelete = useWrite(restoreChannel, write);
  return (item: { id: string; name: string }) =>
    void confirm({
      title: `恢复${noun}`,
      content: `确定恢复“${item.name}”吗？恢复后重新计入列表和报表。`,
      okText: '恢复',
      write: () => undelete.write({ id: item.id } as ChannelInput<C>),
      done: `已恢复“${item.name}”`,
      saved: onRestored,
      after: () => onDone?.(),
    });
}

/**
 * 删除 with a confirmation that names what goes (UI.md), and 恢复 (useRestore), each with a message saying what
 * happened. The lists on screen are read again through the writes' invalidation.
 */
export function useDeleteRestore({ noun, deleteChannel, restoreChannel, write, onDone }: DeleteRestoreOptions) {
  const confirm = useConfirmWrite();
  const del = useWrite(deleteChannel, write);
  const restore = useRestore({ noun, restoreChannel, write, onDone });

  const remove = (item: { id: string; name: string }) =>
    confirm({
      title: `删除${noun}`,
      content: `确定删除“${item.name}”吗？删除后可在“已删除”中恢复。`,
      okText: '删除',
      danger: true,
      write: () => del.write({ id: item.id } as ChannelInput<typeof deleteChannel>),
      done: `已删除“${item.name}”`,
      after: () => onDone?.(),
    });

  return { remove, restore };
}
