import type { z } from 'zod';

/** Refuses a value from a refinement with a Chinese message, on the form field at `path` when given. */
export const custom = (ctx: z.RefinementCtx, message: string, path?: (string | number)[]) =>
  ctx.addIssue({ code: 'custom', message, ...(path ? { path } : {}) });
