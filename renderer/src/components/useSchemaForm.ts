import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Control, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { fieldsOf } from './fields';
import { formFrame, useFormSave } from './useFormSave';

/**
 * A form validated by a contract schema as it stands (zodResolver; the values typed are the schema's input, the
 * values submitted its output): react-hook-form with `defaultValues`, the binder of its fields (`bind`, ids
 * `${formId}-${name}`, see fieldsOf) and its save (useFormSave over `fieldNames`), in one object. A form whose
 * values differ from the channel's input uses useInputForm with inputResolver instead.
 */
export function useSchemaForm<S extends z.ZodType<unknown, FieldValues>>(
  formId: string,
  fieldNames: readonly Path<z.input<S>>[],
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema), defaultValues });
  const save = useFormSave(form.setError, fieldNames);
  // The fields bind to the typed values; what the resolver hands on (the output) does not concern them.
  const bind = fieldsOf(form.control as Control<z.input<S>>, formId);
  return { ...form, ...save, bind, frame: formFrame(formId, form.formState, save) };
}
