// What every placement work list of postWorklists.* shares (worklists.ts, contracts-ending.ts): the 乡镇 and scope
// terms of its first pass, and the page: ranked entries sorted by urgency, then only the page's rows read with
// names, codes and places.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { PlacementWorkItem, postWorkInput } from '../../../../shared/contract/post-worklists';
import type { LeaveReasonCode } from '../../../../shared/enums/post-codes';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import { idMaskerOn, personColumnsOf } from '../settings/display';
import { pageSlice } from '../../db/page';

export type Paging = z.output<typeof postWorkInput>;

/** A ranked entry before the page's details are read; `extra` holds what the list adds to the common columns. */
export interface Ranked<E = Partial<PlacementWorkItem>> {
  id: string;
  start: string;
  daysLeft: number;
  extra: E;
}

interface DetailRow {
  id: string;
  person_id: string;
  person_name: string;
  id_number: string;
  post_id: string;
  post_code: string;
  post_title: string;
  employer_name: string;
  township_name: string;
  start_date: string;
  leave_date: string | null;
  leave_reason: string | null;
}

/**
 * The 乡镇 filter (the post's) and a 乡镇经办's townships (the person's, issue 19) as SQL terms on placements `pl`.
 * The county's statement has no scope term, so its person lookup stays covering.
 */
export const placeTerms = (ctx: CoreContext, townshipId?: string) =>
  (townshipId ? ' AND pl.post_id IN (SELECT id FROM posts WHERE township_id = @townshipId)' : '') +
  (ctx.scope.county
    ? ''
    : ' AND pl.person_id IN (SELECT id FROM persons WHERE township_id IN (SELECT value FROM json_each(@scope)))');

/** Second pass: names, codes and places of the page's placements only. */
function details(db: Database.Database, ids: string[]): Map<string, DetailRow> {
  const rows = prepared(
    db,
    `SELECT pl.id, pl.person_id, pe.name AS person_name, pe.id_number, pl.post_id, po.post_code, po.title AS post_title, e.name AS employer_name,
       t.name AS township_name, pl.start_date, pl.leave_date, pl.leave_reason
     FROM placements pl JOIN persons pe ON pe.id = pl.person_id JOIN posts po ON po.id = pl.post_id
     JOIN employers e ON e.id = po.employer_id JOIN regions t ON t.id = po.township_id
     WHERE pl.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as DetailRow[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** Sorts by daysLeft, then start date (then id, for a stable page), and reads the page's rows. */
export function pageOf<E>(db: Database.Database, ranked: Ranked<E>[], q: Paging, today: string) {
  const mask = idMaskerOn(db, today); // CFG-29
  ranked.sort(
    (a, b) => a.daysLeft - b.daysLeft || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || (a.id < b.id ? -1 : 1),
  );
  const page = pageSlice(ranked, q);
  const rows = details(
    db,
    page.map((r) => r.id),
  );
  const items = page.map((r) => {
    const d = rows.get(r.id) as DetailRow;
    const common: PlacementWorkItem = {
      placementId: d.id,
      ...personColumnsOf(d, mask),
      postId: d.post_id,
      postCode: d.post_code,
      postTitle: d.post_title,
      employerName: d.employer_name,
      townshipName: d.township_name,
      startDate: d.start_date,
      subsidyEndMonth: null,
      extendedToRetirement: null,
      retirementDate: null,
      leaveDate: d.leave_date,
      leaveReason: d.leave_reason as LeaveReasonCode | null,
      dueDate: null,
      daysLeft: r.daysLeft,
      late: r.daysLeft < 0,
    };
    return { ...common, ...r.extra };
  });
  return { asOf: today, total: ranked.length, items };
}
