import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** Contract paths that the form holds under another name (e.g. monthlyStandardFen → monthlyStandard in yuan). */
export type Renames = Readonly<Record<string, string>>;

export function renameKeys<T>(fields: Record<string, T> | undefined, renames: Renames): Record<string, T> | undefined {
  if (!fields) return fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [renames[k] ?? k, v]));
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
    if (!Object.keys(r.errors).length) return { values, errors: {} };
    const errors = renameKeys(r.errors as Record<string, unknown>, renames) ?? {};
    // A nested contract path held flat by the form (override.reason → overrideReason): keep the inner message.
    for (const [k, v] of Object.entries(errors)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && !('message' in v))
        errors[k] = Object.values(v).find((x) => x && typeof x === 'object' && 'message' in x) ?? v;
    }
    return { values: {}, errors: errors as never };
  };
}
