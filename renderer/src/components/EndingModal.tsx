import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { Result } from '../../../shared/contract/result';
import { EndingFields } from './EndingFields';
import { FormModal } from './FormModal';
import { useEndingForm } from './useEndingForm';

interface EndingModalProps<S extends z.ZodType, D> {
  title: ReactNode;
  formId: string;
  /** The write's date, reason and note fields (EndingFields). */
  names: readonly [date: string, reason: string, note: string];
  /** The write's input, checked on `{ id, ...values }` (useEndingForm). */
  schema: S;
  /** The record that ends. */
  id: string;
  /** A reason the work list suggests. */
  reason?: string | null;
  /** The write: sent `{ id, ...values }` once they pass the schema. */
  write: (input: z.input<S>) => Promise<Result<D>>;
  /** After the write succeeded (the message or notice is the caller's). */
  onSaved: (data: D) => void;
  onClose: () => void;
  okText?: string;
  /** What the records show, above the fields. */
  intro?: ReactNode;
  /** EndingFields': the labels' verb, the reason's code list, the grey line under the date. */
  verb: string;
  reasonOptions: readonly { value: string; label: string }[];
  dateExtra?: ReactNode;
}

/**
 * The modal of ending a record on a date with a coded reason and a note (离岗, 退出认定): today's date and the
 * suggested reason to start with, the write's refusals under the fields, `onSaved` with its answer.
 */
export function EndingModal<S extends z.ZodType, D>({
  title,
  formId,
  names,
  schema,
  id,
  reason,
  write,
  onSaved,
  onClose,
  okText,
  intro,
  ...fields
}: EndingModalProps<S, D>) {
  const { control, handleSubmit, run, frame, input } = useEndingForm<FieldValues, S>(formId, names, {
    schema,
    id,
    reason,
  });
  const save = handleSubmit(async () => {
    const r = await run(() => write(input()));
    if (r.ok) onSaved(r.data);
  });
  return (
    <FormModal title={title} {...frame(save, onClose)} okText={okText} intro={intro}>
      <EndingFields control={control} formId={formId} names={names} {...fields} />
    </FormModal>
  );
}
