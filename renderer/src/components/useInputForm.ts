import { useForm, type FieldValues, type Path, type UseFormProps } from 'react-hook-form';
import { fieldsOf } from './fields';
import { useFormSave } from './useFormSave';

/**
 * A form over a contract input: react-hook-form with `options` (resolver, defaults), the binder of its fields
 * (`bind`, ids `${formId}-${name}`, see fieldsOf) and its save (useFormSave over `fieldNames`), in one object.
 */
export function useInputForm<T extends FieldValues>(
  formId: string,
  fieldNames: readonly Path<T>[],
  options: UseFormProps<T>,
) {
  const form = useForm<T>(options);
  const save = useFormSave(form.setError, fieldNames);
  return { ...form, ...save, bind: fieldsOf(form.control, formId) };
}
