import { App } from 'antd';
import type { z } from 'zod';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { useWrite, type WriteOptions } from '../api';
import { TextField } from './fields';
import { FormModal } from './FormModal';
import { announceSaved } from './save-messages';
import { useContractForm } from './useInputForm';

/** Channels that delete one record by id with a required reason (placements, registrations, recognitions). */
type ReasonDeleteChannel = {
  [C in Channel]: ChannelInput<C> extends { id: string; reason: string }
    ? { id: string; reason: string } extends ChannelInput<C>
      ? C
      : never
    : never;
}[Channel];

const FIELDS = ['reason'] as const;
type Values = { reason: string };

/**
 * 删除 of a record entered by mistake that asks why (UI.md: the core keeps the reason with the deleted record): it
 * names what goes, says it can come back from 已删除, and sends `{ id, reason }` through `channel`.
 */
export function ReasonDeleteModal<C extends ReasonDeleteChannel>({
  channel,
  schema,
  write,
  id,
  title,
  name,
  formId,
  onClose,
  onDone,
}: {
  channel: C;
  /** The channel's input schema (the form checks the reason with it). */
  schema: z.ZodType;
  write?: WriteOptions;
  id: string;
  /** The dialog's title (删除安置记录). */
  title: string;
  /** What goes, as the confirmation and the message name it. */
  name: string;
  formId: string;
  onClose: () => void;
  /** After the deletion, with the core's answer (what else it did, for the clerk). */
  onDone: (deleted: ChannelOutput<C>) => void;
}) {
  const del = useWrite(channel, write);
  const { message } = App.useApp();
  const { handleSubmit, getValues, bind, run, frame } = useContractForm<Values>(formId, FIELDS, {
    schema,
    toInput: (v) => ({ id, ...v }),
    key: id,
    defaultValues: { reason: '' },
  });
  const save = handleSubmit(async () => {
    const r = await run(() => del.write({ id, ...getValues() } as ChannelInput<C>));
    if (!r.ok) return;
    // What the deletion could not do for the clerk (registrations.delete: a 就业状态 left as it was) follows the note.
    const answer: ChannelOutput<ReasonDeleteChannel> = r.data;
    const warnings = 'warnings' in answer ? answer.warnings : undefined;
    announceSaved(message, `已删除“${name}”`, warnings ?? {});
    onDone(r.data);
  });
  return (
    <FormModal
      title={title}
      {...frame(save, onClose)}
      okText="删除"
      danger
      intro={`确定删除“${name}”吗？删除后可在“已删除”中恢复。`}
    >
      <TextField {...bind('reason')} label="删除原因" required maxLength={200} autoFocus />
    </FormModal>
  );
}
