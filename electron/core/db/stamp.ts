// updated_at of a row moves forward strictly: a write in the same millisecond as the previous one (or with a clock
// behind it) still gets a later stamp, so the optimistic-lock check (expectedUpdatedAt) never misses a save.
import { conflict } from '../../../shared/contract/result';

/** The stamp to write: `now` when it is later than `previous`, else one millisecond after `previous`. */
export function nextStamp(now: string, previous: string): string {
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}

/** The bookkeeping columns every register row carries beside what a create or update writes. */
export interface RowStamps {
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
}

/** 该{what}已被他人修改，请刷新后再改: the refusal of a save made on a copy someone else has saved over since. */
export const staleMessage = (what: string): string => `该${what}已被他人修改，请刷新后再改`;

/**
 * The optimistic-lock check of an update: refuses with CONFLICT (the stored stamp in details.currentUpdatedAt, so
 * the form can reload) when the row's updated_at is not the one the caller read. `what` names the record
 * (失业登记, 用人单位信息); null stands for "none stored" where a record may be absent (a report layout).
 */
export function assertFresh(currentUpdatedAt: string | null, expectedUpdatedAt: string | null, what: string): void {
  if (currentUpdatedAt !== expectedUpdatedAt) throw conflict(staleMessage(what), { currentUpdatedAt });
}

/** A row's stamps as a detail answer gives them (savedStamps in shared/contract/fields.ts). */
export const savedStampsOf = (r: RowStamps) => ({
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  createdBy: r.created_by,
  updatedBy: r.updated_by,
});

/** The stamps of a record deleted softly (softDeleteStamps): savedStampsOf and when it was deleted, null while not. */
export const softDeleteStampsOf = (r: RowStamps & { deleted_at: string | null }) => ({
  ...savedStampsOf(r),
  deletedAt: r.deleted_at,
});
