import { z } from 'zod';

/** Refuses a value from a refinement with a Chinese message, on the form field at `path` when given. */
export const custom = (ctx: z.RefinementCtx, message: string, path?: (string | number)[]) =>
  ctx.addIssue({ code: 'custom', message, ...(path ? { path } : {}) });

/** A domain check's result as a transform's value: the normalised value, or the check's message as the refusal. */
export function checkedValue<T>(ctx: z.RefinementCtx, r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) {
    custom(ctx, r.message);
    return z.NEVER;
  }
  return r.value;
}
