import type { z } from 'zod';

/** Zod issues → form path → first Chinese message; the shape of `error.fields` in the Result envelope. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return fields;
}
