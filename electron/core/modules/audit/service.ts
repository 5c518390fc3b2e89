import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { newId } from '../../ids';

export interface AuditRow {
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

export function listAudit(
  db: Database.Database,
  filter: { entity?: string; entityId?: string; limit: number },
): AuditEntry[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.entity) {
    where.push('entity = ?');
    args.push(filter.entity);
  }
  if (filter.entityId) {
    where.push('entity_id = ?');
    args.push(filter.entityId);
  }
  const sql = `SELECT id, at, operator, channel, entity, entity_id AS entityId, summary FROM audit_log
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  return db.prepare(sql).all(...args, filter.limit) as AuditEntry[];
}
