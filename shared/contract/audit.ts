// The audit log (DOMAIN §3.13, §9): read, search and export only — no channel changes or deletes an entry, and the
// database refuses UPDATE and DELETE on audit_log (migration 0009). Capabilities (for the accounts branch):
//   audit.list, audit.search, audit.facets  read
//   audit.export                             read (an export of the log for an inspection; itself audited)
import { z } from 'zod';
import { channel, writeJobChannel } from './define';
import { writtenFile } from './files';
import { itemsOf, listPaging, pageOf } from './fields';

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

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const optDay = (label: string) =>
  z
    .union([z.literal(''), z.string().regex(DAY, { error: `${label}应为 YYYY-MM-DD 格式` })])
    .nullish()
    .transform((v) => v || undefined);
const optKey = z
  .string()
  .trim()
  .max(100)
  .nullish()
  .transform((v) => v || undefined);

/** The viewer's filters: 操作员, 操作 (channel), 记录类型 (entity) and 记录编号, 日期 from–to (local dates, inclusive). */
export const auditFilter = z
  .object({
    operator: optKey,
    channel: optKey,
    entity: optKey,
    entityId: optKey,
    /** Everything about one person: the person and their registrations, contacts, placements, internships, recognitions. */
    personId: optKey,
    from: optDay('起始日期'),
    to: optDay('截止日期'),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: '起始日期不能晚于截止日期' });
  });
export type AuditFilter = z.output<typeof auditFilter>;

export const auditSearchInput = z.intersection(
  auditFilter,
  z.object({
    page: listPaging.page,
    /** Named as every list's page size; wider than the lists' 20/50/100 for an inspection's longer pages. */
    pageSize: z.number().int().min(1).max(200).default(20),
  }),
);

export const auditExportResult = writtenFile.extend({ rows: z.number() });

export const auditChannels = {
  'audit.list': channel({
    input: z.object({
      entity: z.string().optional(),
      entityId: z.string().optional(),
      /** The person's own entries and those of their registrations, contacts, placements, internships, recognitions. */
      personId: z.string().optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: itemsOf(auditEntry),
  }),
  'audit.search': channel({
    input: auditSearchInput,
    output: pageOf(auditEntry),
  }),
  /** The operators and actions present in the log, for the filter lists. */
  'audit.facets': channel({
    input: z.object({}).strict(),
    output: z.object({
      operators: z.array(z.string()),
      actions: z.array(z.object({ channel: z.string(), entity: z.string() })),
      entities: z.array(z.string()),
    }),
  }),
  'audit.export': writeJobChannel(auditFilter, auditExportResult, 'audit'),
};
