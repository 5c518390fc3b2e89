import { z } from 'zod';
import { channel } from './define';
import { EXPORTABLE_REPORTS } from './reports';
import { ERROR_CODES } from './result';

export const systemInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number(),
  today: z.string(),
  dataDir: z.string(),
  /**
   * The reports whose workbooks have an ID, phone or bank number column, in the catalogue's order: only these offer
   * 导出完整号码 (§9.5); the core refuses it for the others (their definitions decide, reports/full-numbers.ts).
   */
  fullNumberReports: z.array(z.enum(EXPORTABLE_REPORTS)),
});

export const jobState = z.enum(['running', 'done', 'failed', 'cancelled']);

export const jobStatus = z.object({
  jobId: z.string(),
  channel: z.string(),
  state: jobState,
  done: z.number(),
  total: z.number(),
  /** Chinese phase name shown beside the progress bar. */
  phase: z.string(),
  result: z
    .union([
      z.object({ ok: z.literal(true), data: z.unknown() }),
      z.object({
        ok: z.literal(false),
        error: z.object({
          code: z.enum(ERROR_CODES),
          message: z.string(),
          fields: z.record(z.string(), z.string()).optional(),
          details: z.record(z.string(), z.unknown()).optional(),
        }),
      }),
    ])
    .optional(),
});
export type JobStatus = z.infer<typeof jobStatus>;

export const systemChannels = {
  'system.info': channel({ input: z.object({}).strict(), output: systemInfo }),
  'jobs.status': channel({ input: z.object({ jobId: z.string().min(1) }), output: jobStatus }),
  'jobs.cancel': channel({
    input: z.object({ jobId: z.string().min(1) }),
    output: z.object({ cancelled: z.boolean() }),
  }),
};
