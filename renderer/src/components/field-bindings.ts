import type { FieldValues } from 'react-hook-form';
import type { FieldControlProps } from './FormField';

// Bindings of antd controls to react-hook-form fields, for FormField's render.

/** An antd Select bound to a code field that holds null when empty (the placeholder shows for undefined only). */
export function selectBinding<T extends FieldValues>(field: FieldControlProps<T>) {
  return {
    id: field.id,
    ref: field.ref,
    value: (field.value as string | null) ?? undefined,
    onChange: (v: string | undefined) => field.onChange(v ?? null),
    onBlur: field.onBlur,
    'aria-invalid': field['aria-invalid'],
  };
}

/** A text Input bound to a string field. */
export function textBinding<T extends FieldValues>(field: FieldControlProps<T>) {
  return {
    id: field.id,
    ref: field.ref,
    name: field.name,
    value: (field.value as string) ?? '',
    onChange: field.onChange,
    onBlur: field.onBlur,
    'aria-invalid': field['aria-invalid'],
  };
}
