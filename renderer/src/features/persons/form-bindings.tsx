import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { FieldControlProps } from '../../components/FormField';
import type { PersonFormValues } from './person-form-values';

type Field = FieldControlProps<PersonFormValues>;

/** An antd Select bound to a code field that holds null when empty (the placeholder shows for undefined only). */
export function selectBinding(field: Field) {
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
export function textBinding(field: Field) {
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

/** A rule that warns without blocking (VR-04 phone, 户籍非新疆, VR-10 Luhn, VR-11): yellow text under the field. */
export function warningText(text: string | null | undefined): ReactNode {
  return text ? <Typography.Text type="warning">{text}</Typography.Text> : undefined;
}

export const FORM_ID = 'person-form';
export const fieldId = (name: string) => `${FORM_ID}-${name.replace(/\./g, '-')}`;
