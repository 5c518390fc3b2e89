import type { FieldValues, Path } from 'react-hook-form';
import { EntrySelect, type EntrySelectProps } from './EntrySelect';
import { selectBinding } from './field-bindings';
import { FormField, type FormFieldProps } from './FormField';

export type SelectFieldProps<T extends FieldValues, N extends Path<T>> = Omit<FormFieldProps<T, N>, 'render'> &
  Omit<EntrySelectProps, 'id' | 'value' | 'onChange' | 'onBlur' | 'ref' | 'aria-invalid'>;

/**
 * The one select field of the forms: a FormField (label, required mark, message) holding an EntrySelect bound to a
 * code field that holds null when empty. Everything else (options, placeholder, allowClear …) goes to the select.
 */
export function SelectField<T extends FieldValues, N extends Path<T>>({
  control,
  name,
  label,
  id,
  required,
  extra,
  ...select
}: SelectFieldProps<T, N>) {
  return (
    <FormField
      control={control}
      name={name}
      label={label}
      id={id}
      required={required}
      extra={extra}
      render={(field) => <EntrySelect {...selectBinding(field)} {...select} />}
    />
  );
}
