import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { FieldControlProps } from '../../components/FormField';

// Bindings of antd controls to react-hook-form fields, and a resolver that runs the core's own schema on what
// the form will send (the pattern of persons/person-resolver.ts, for any schema).

/** A single Select bound to a code field that holds null when empty. */
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

/** zodResolver over `schema`, run on toInput(values); errors keep the form's paths, values pass through. */
export function schemaResolver<V extends FieldValues>(schema: z.ZodType, toInput: (values: V) => unknown): Resolver<V> {
  const inner = zodResolver(schema as never);
  return async (values, context, options) => {
    const r = await inner(toInput(values) as never, context, options as never);
    return Object.keys(r.errors).length ? { values: {}, errors: r.errors as never } : { values, errors: {} };
  };
}
