import { useContext, useMemo } from 'react';
import type { Region } from '../../../shared/contract/regions';
import { useRead } from '../api';
import { SessionContext } from './session';

export interface PlaceOption {
  value: string;
  label: string;
}

export interface Places {
  townships: Region[];
  villages: Region[];
  byId: ReadonlyMap<string, Region>;
  error: string | null;
  /** A 乡镇经办's townships (issue 19): the only ones `townships`/`villages` offer; null county-wide. */
  own?: readonly string[] | null;
}

const byCode = (a: Region, b: Region) => a.code.localeCompare(b.code);

/**
 * The county's townships and villages from 设置 → 行政区划 (retired ones too: stored persons may point to them). A
 * 乡镇经办 is offered their own townships and villages only (the core refuses the others); `byId` still names every
 * place, for records that mention one.
 */
export function usePlaces(): Places {
  const { data, error } = useRead('regions.list', { includeRetired: true });
  const items = data?.items;
  const account = useContext(SessionContext)?.account;
  const ownKey = account?.role === 'clerk' ? account.townshipIds.join(',') : null;

  return useMemo(() => {
    const sorted = [...(items ?? [])].sort(byCode);
    const own = ownKey === null ? null : ownKey.split(',').filter(Boolean);
    const mine = (id: string | null) => own === null || (id !== null && own.includes(id));
    return {
      townships: sorted.filter((r) => r.level === 4 && mine(r.id)),
      villages: sorted.filter((r) => r.level === 5 && mine(r.parentId)),
      byId: new Map(sorted.map((r) => [r.id, r])),
      error,
      own,
    };
  }, [items, error, ownKey]);
}

/**
 * What an empty 乡镇(街道) filter shows a 乡镇经办 (audit6 gap 3): the lists hold their own townships, not the county —
 * the township's name, or 本人负责的全部乡镇 for a clerk of several. null county-wide (empty = 全县).
 */
export function ownPlaceholder(places: Places): string | null {
  if (!places.own) return null;
  if (places.own.length !== 1) return '本人负责的全部乡镇';
  return places.byId.get(places.own[0])?.name ?? '本人负责的乡镇';
}

const retiredMark = (r: Region) => (r.retiredOn ? '（已撤销）' : '');

/** Townships to pick; a retired one only if it is the current value. */
export function townshipOptions(places: Places, current?: string | null): PlaceOption[] {
  return places.townships
    .filter((t) => !t.retiredOn || t.id === current)
    .map((t) => ({ value: t.id, label: `${t.name}${retiredMark(t)}` }));
}

/**
 * Villages to pick: those of the chosen township, or every village (named with its township, so typing the
 * village name finds it) when none is chosen. A retired one only if it is the current value.
 */
export function villageOptions(
  places: Places,
  townshipId: string | null | undefined,
  current?: string | null,
): PlaceOption[] {
  return places.villages
    .filter((v) => (!townshipId || v.parentId === townshipId) && (!v.retiredOn || v.id === current))
    .map((v) => {
      const town = !townshipId && v.parentId ? places.byId.get(v.parentId)?.name : undefined;
      return { value: v.id, label: `${v.name}${town ? `（${town}）` : ''}${retiredMark(v)}` };
    });
}

const ADD_THEM = '请先在“设置 → 行政区划”中载入或添加';

/**
 * The empty text of a place select (issue 14): on a fresh install, where the divisions are added; else that
 * nothing matches what was typed. `townshipId`: the township a village select is narrowed to.
 */
export function placesEmptyText(
  places: Places,
  level: 'township' | 'village' | 'any',
  townshipId?: string | null,
): string {
  if (!places.townships.length) return `还没有乡镇(街道)和村(社区)：${ADD_THEM}`;
  if (level === 'township') return '没有匹配的乡镇(街道)';
  if (level === 'any') return '没有匹配的乡镇或村';
  if (!places.villages.length) return `还没有村(社区)：${ADD_THEM}`;
  if (townshipId && !places.villages.some((v) => v.parentId === townshipId))
    return `该乡镇(街道)下还没有村(社区)：${ADD_THEM}`;
  return '没有匹配的村(社区)';
}
