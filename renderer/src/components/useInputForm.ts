import { useMemo } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormProps } from 'react-hook-form';
import type { z } from 'zod';
import { fieldsOf } from './fields';
import { inputResolver, type Renames } from './input-resolver';
import { formFrame, useFormSave } from './useFormSave';

/**
 * A form over a contract input: react-hook-form with `options` (resolver, defaults), the binder of its fields
 * (`bind`, ids `${formId}-${name}`, see fieldsOf), its save (useFormSave over `fieldNames`) and its frame's props
 * (`frame(save, onClose)`, see formFrame), in one object.
 */
export function useInputForm<T extends FieldValues>(
  formId: string,
  fieldNames: readonly Path<T>[],
  options: UseFormProps<T>,
) {
  const form = useForm<T>(options);
  const save = useFormSave(form.setError, fieldNames);
  return { ...form, ...save, bind: fieldsOf(form.control, formId), frame: formFrame(formId, form.formState, save) };
}

interface ContractFormOptions<V extends FieldValues> {
  /** The channel's input, checked on what the form will send (inputResolver). */
  schema: z.ZodType;
  toInput: (values: V) => unknown;
  /** What toInput reads besides the values (the record, its id): the resolver is made again when it changes. */
  key?: unknown;
  renames?: Renames;
  defaultValues: DefaultValues<V>;
}

/** useInputForm checked by a channel's input schema over `toInput(values)` (inputResolver), made once per `key`. */
export function useContractForm<V extends FieldValues>(
  formId: string,
  fieldNames: readonly Path<V>[],
  { schema, toInput, key, renames, defaultValues }: ContractFormOptions<V>,
) {
  const resolver = useMemo(
    () => inputResolver<V>(schema, toInput, renames),
    // toInput reads only the values and what `key` names, so the resolver follows the schema and the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [schema, key, renames],
  );
  return useInputForm<V>(formId, fieldNames, { resolver, defaultValues });
}
