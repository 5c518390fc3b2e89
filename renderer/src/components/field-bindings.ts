import type { RefSelectProps } from 'antd';
import type { Ref } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { FieldControlProps } from './FormField';

// Bindings of antd controls to react-hook-form fields, for FormField's render.

/** The props of a select component bound to a code field that holds null when empty (EmployerSelect, RegionSelect). */
export interface NullableSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
  onBlur?: () => void;
  ref?: Ref<RefSelectProps>;
  'aria-invalid'?: boolean;
}

/** Those props as an antd Select takes them: null shows as empty (the placeholder shows for undefined only). */
export function nullableSelect({ id, ref, value, onChange, onBlur, 'aria-invalid': invalid }: NullableSelectProps) {
  return {
    id,
    ref,
    value: value ?? undefined,
    onChange: (v: string | undefined) => onChange?.(v ?? null),
    onBlur,
    'aria-invalid': invalid,
  };
}

/** An antd Select bound to a code field that holds null when empty (the placeholder shows for undefined only). */
export function selectBinding<T extends FieldValues>(field: FieldControlProps<T>) {
  return nullableSelect({ ...field, value: field.value as string | null });
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
