// A subsidy roster as the screens read it (DOMAIN §3.10): its summary (persons and total, live while a draft, stored
// once reviewed), its detail with the rows in roster order, and the month's list.
import type Database from 'better-sqlite3';
import { notFound } from '../../../../shared/contract/result';
import {
  batchKindLabel,
  batchStatusLabel,
  type BatchDetail,
  type BatchKind,
  type BatchSummary,
} from '../../../../shared/contract/subsidies';
import { prepared } from '../../db/prepared';
import { idMaskerOn } from '../settings/display';
import { batchName, headSql, type BatchHead } from './lock';
import { missingAccounts, unenteredPersons } from './roster-checks';
import { batchItems, getBatch, listBatches, type BatchRow, type ItemRow } from './queries';

/** Fen as yuan with two decimals, as the roster summaries write amounts. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);

/** A roster's persons (placements, internships or enrolments paid) and total, from its items as they are now. */
export function liveTotals(db: Database.Database, id: string): { persons: number; fen: number } {
  const r = prepared(
    db,
    `SELECT count(DISTINCT coalesce(a.placement_id, ia.internship_id, te.id)) AS persons, coalesce(sum(i.amount_fen), 0) AS fen
    FROM subsidy_batch_items i LEFT JOIN attendance_months a ON a.id = i.attendance_id LEFT JOIN internship_allowances ia ON ia.id = i.allowance_id
    LEFT JOIN training_enrolments te ON te.id = i.enrolment_id
    WHERE i.batch_id = ?`,
  ).get(id) as { persons: number; fen: number };
  return r;
}

/** `items`: the roster's items when already read (a draft's totals then come from them, not a second query). */
export function toSummary(db: Database.Database, b: BatchRow, items?: readonly ItemRow[]): BatchSummary {
  const live =
    b.status !== 'draft'
      ? { persons: b.total_persons ?? 0, fen: b.total_fen ?? 0 }
      : items
        ? { persons: new Set(items.map((i) => i.source_id)).size, fen: items.reduce((sum, i) => sum + i.amount_fen, 0) }
        : liveTotals(db, b.id);
  return {
    id: b.id,
    kind: b.kind,
    kindLabel: batchKindLabel(b.kind),
    month: b.month,
    supplementary: b.supplementary === 1,
    scope: b.township_id ? 'township' : b.employer_id ? 'employer' : 'county',
    scopeId: b.township_id ?? b.employer_id,
    scopeName: b.scope_name ?? null,
    name: batchName(b),
    status: b.status,
    statusLabel: batchStatusLabel(b.status),
    persons: live.persons,
    totalFen: live.fen,
    preparedBy: b.prepared_by,
    reviewedBy: b.reviewed_by,
    reviewedAt: b.reviewed_at,
    approvedBy: b.approved_by,
    paidDate: b.paid_date,
  };
}

/** `today`: the CFG-29 mask in force (settings/display.ts). */
export function batchDetail(db: Database.Database, id: string, today: string): BatchDetail {
  const mask = idMaskerOn(db, today);
  const b = requireBatch(db, id);
  const names = new Map<string, string>();
  const adjustedName = (itemId: string | null) => {
    if (!itemId) return null;
    if (!names.has(itemId)) {
      const o = prepared(
        db,
        `SELECT ${headSql('b')} FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id WHERE i.id = ?`,
      ).get(itemId) as BatchHead;
      names.set(itemId, batchName(o));
    }
    return names.get(itemId)!;
  };
  const items = batchItems(db, id, b.kind, !!b.month_to);
  return {
    ...toSummary(db, b, items),
    unentered: b.status === 'draft' ? unenteredPersons(db, id) : 0,
    missingAccounts: b.status === 'paid' ? [] : missingAccounts(db, id),
    items: items.map((i) => ({
      id: i.id,
      personId: i.person_id,
      personName: i.person_name,
      idNumberMasked: mask(i.id_number),
      townshipName: i.township_name,
      employerName: i.employer_name,
      position: i.position,
      month: i.row_month,
      amountFen: i.amount_fen,
      adjustsItemId: i.adjusts_item_id,
      adjustsBatchName: adjustedName(i.adjusts_item_id),
      reason: i.reason,
      // An item of kind 社保补贴 on a 岗位补贴 roster: the 社保补贴 part of a correction (supplement-cap.ts).
      siPart: i.kind === 'si' && b.kind === 'post',
    })),
  };
}

export function requireBatch(db: Database.Database, id: string): BatchRow {
  const b = getBatch(db, id);
  if (!b) throw notFound('找不到该补贴发放花名册。');
  return b;
}

/** `scope`: a 乡镇经办's townships (scopeParam): the county's rosters and their own townships' only. */
export function listSummaries(
  db: Database.Database,
  month: string | null,
  kind: BatchKind | null,
  scope: string | null = null,
): BatchSummary[] {
  return listBatches(db, month, kind, scope).map((b) => toSummary(db, b));
}
