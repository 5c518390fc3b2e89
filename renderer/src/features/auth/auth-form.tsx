import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { Result } from '../../../../shared/contract/result';
import { useServerError } from '../../api';

/**
 * The form of a screen before or at sign-in (first start, sign-in, recovery): validated by the schema of the
 * contract, with its saving flag and the core's refusal. `submit(send, done)` sends the values and hands on the
 * answer; a refusal goes under its field or above the form (then `refused` runs, e.g. to clear the password).
 */
export function useAuthForm<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  fields: readonly Path<z.input<S>>[],
) {
  const [saving, setSaving] = useState(false);
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema), defaultValues });
  const { formError, showError, clearError } = useServerError(form.setError, fields);
  const submit = <R,>(
    send: (values: z.output<S>) => Promise<Result<R>>,
    done: (data: R) => void,
    refused?: () => void,
  ) =>
    form.handleSubmit(async (values) => {
      setSaving(true);
      clearError();
      const r = await send(values);
      setSaving(false);
      if (r.ok) done(r.data);
      else {
        showError(r.error);
        refused?.();
      }
    });
  return { form, saving, formError, submit };
}
