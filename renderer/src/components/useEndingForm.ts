import type { DefaultValues, FieldValues, Path } from 'react-hook-form';
import type { z } from 'zod';
import { useSession } from './session';
import { useContractForm } from './useInputForm';

interface EndingFormOptions<S extends z.ZodType> {
  /** The write's input: the record's id and the three fields. */
  schema: S;
  /** The record that ends. */
  id: string;
  /** A reason the work list suggests, else none chosen. */
  reason?: string | null;
}

/**
 * The form of ending a record on a date with a coded reason and a note (EndingFields): today's date, the suggested
 * reason, an empty note, checked by the write's schema on `{ id, ...values }`; `input()` is what the write sends.
 */
export function useEndingForm<V extends FieldValues, S extends z.ZodType>(
  formId: string,
  names: readonly [date: Path<V>, reason: Path<V>, note: Path<V>],
  { schema, id, reason }: EndingFormOptions<S>,
) {
  const { today } = useSession().info;
  const [date, why, note] = names;
  // After the check the reason is set, so the values are the write's input.
  const toInput = (v: V) => ({ id, ...v }) as z.input<S>;
  const form = useContractForm<V>(formId, names, {
    schema,
    toInput,
    key: id,
    defaultValues: { [date]: today, [why]: reason ?? null, [note]: '' } as DefaultValues<V>,
  });
  return { ...form, input: () => toInput(form.getValues()) };
}
