import type { CSSProperties } from 'react';
import { EntrySelect } from './EntrySelect';
import { placesEmptyText, townshipOptions, usePlaces } from './usePlaces';

/** The 乡镇(街道) filter of a page or list: empty means 全县 (not offered to a 乡镇经办, who sees only their own). */
export function TownshipSelect({
  value,
  onChange,
  style,
}: {
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  style?: CSSProperties;
}) {
  const places = usePlaces();
  return (
    <EntrySelect
      aria-label="乡镇(街道)"
      placeholder="全县"
      allowClear={!places.own}
      style={{ width: 180, ...style }}
      value={value}
      options={townshipOptions(places, value)}
      onChange={(v: string | undefined) => onChange(v)}
      notFoundContent={placesEmptyText(places, 'township')}
    />
  );
}
