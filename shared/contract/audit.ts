import { z } from 'zod';
import { channel } from './define';

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  operator: z.string(),
  channel: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditChannels = {
  'audit.list': channel({
    input: z.object({
      entity: z.string().optional(),
      entityId: z.string().optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({ items: z.array(auditEntry) }),
  }),
};
