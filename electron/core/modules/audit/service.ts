import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { newId } from '../../ids';
import { searchAudit, type AuditReader } from './search';

interface AuditRow {
  at: string;
  operator: string;
  channel: string;
  entity: string;
  entityId: string | null;
  summary: string;
  /** The signed-in account (null: first start, a failed sign-in of an unknown name, work outside a call). */
  accountId?: string | null;
}

export function writeAudit(db: Database.Database, row: AuditRow): void {
  db.prepare(
    'INSERT INTO audit_log (id, at, operator, channel, entity, entity_id, summary, account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    newId(),
    row.at,
    row.operator,
    row.channel,
    row.entity,
    row.entityId,
    row.summary.slice(0, 500),
    row.accountId ?? null,
  );
}

/** audit.list: newest first; `personId` = the person's entries and those of the records hanging off them. */
export function listAudit(
  db: Database.Database,
  filter: { entity?: string; entityId?: string; personId?: string; limit: number } & AuditReader,
): AuditEntry[] {
  return searchAudit(db, { ...filter, page: 1, pageSize: filter.limit }).items;
}
