import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, FieldValues, Resolver, ResolverResult } from 'react-hook-form';
import type { z } from 'zod';

/** Contract paths that the form holds under another name (e.g. monthlyStandardFen → monthlyStandard in yuan). */
export type Renames = Readonly<Record<string, string>>;

export function renameKeys<T>(fields: Record<string, T> | undefined, renames: Renames): Record<string, T> | undefined {
  if (!fields) return fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [renames[k] ?? k, v]));
}

/** What a resolver answers for the form's checks: the values when no field has a message, else the messages. */
export function resolution<V extends FieldValues>(values: V, errors: Record<string, unknown>): ResolverResult<V> {
  return Object.keys(errors).length ? { values: {}, errors: errors as FieldErrors<V> } : { values, errors: {} };
}

/** A form checked by its own rules: `check` gives each failing field its message (`{ type, message }`). */
export function checkResolver<V extends FieldValues>(check: (values: V) => Record<string, unknown>): Resolver<V> {
  return async (values) => resolution(values, check(values));
}

/**
 * zodResolver over the core's own schema, run on what the form will send (`toInput(values)`). Errors keep the
 * form's paths; on success the form values pass through unchanged, so the form sends exactly `toInput(values)`.
 */
export function inputResolver<V extends FieldValues>(
  schema: z.ZodType,
  toInput: (values: V) => unknown,
  renames: Renames = {},
): Resolver<V> {
  const inner = zodResolver(schema as never) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const r = await inner(toInput(values) as FieldValues, context, options as never);
    const errors = renameKeys(r.errors as Record<string, unknown>, renames) ?? {};
    // A nested contract path held flat by the form (override.reason → overrideReason): keep the inner message.
    for (const [k, v] of Object.entries(errors)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && !('message' in v))
        errors[k] = Object.values(v).find((x) => x && typeof x === 'object' && 'message' in x) ?? v;
    }
    return resolution(values, errors);
  };
}
