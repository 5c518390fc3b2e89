import dayjs from 'dayjs';
import { chineseMonth } from '../../../shared/domain/dates';

// The text a clerk reads for stored dates and months, one copy for every screen.

/** A stored timestamp (ISO, UTC) in the clerk's local time: 2026-11-28 10:05. */
export const formatDateTime = (iso: string, seconds = false) =>
  dayjs(iso).format(seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');

/** The local day of a stored timestamp (ISO, UTC): 2026-11-28, not the UTC day before for a morning in UTC+8. */
export const formatDay = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

/**
 * A `YYYY-MM` month in tables, titles and messages, in the common official form the core's messages and workbook
 * titles use (shared/domain/dates `chineseMonth`): 2026-03 → 2026年3月; no month → —.
 */
export const formatMonth = (month: string | null | undefined) => (month ? chineseMonth(month) : '—');

/**
 * Where a unit or post is, as a list or detail shows it: the 乡镇(街道), then the village or community under it;
 * the 乡镇 alone when the place is the 乡镇 itself (a unit registered at the township level).
 */
export const placeName = (townshipName: string, regionName: string) =>
  regionName === townshipName ? townshipName : `${townshipName} ${regionName}`;

/** A count as a clerk reads it, grouped by thousands: 12,345. */
export const formatCount = (n: number) => n.toLocaleString('zh-CN');
