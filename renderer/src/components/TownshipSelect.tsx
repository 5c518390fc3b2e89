import type { CSSProperties } from 'react';
import { EntrySelect } from './EntrySelect';
import { placesEmptyText, townshipOptions, usePlaces, villageOptions } from './usePlaces';

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

/**
 * The 村(社区) filter beside TownshipSelect: the villages of the chosen 乡镇, or every village named with its 乡镇;
 * choosing one also sets its 乡镇 (`onChange` gets both).
 */
export function VillageSelect({
  townshipId,
  value,
  onChange,
  style,
}: {
  townshipId: string | undefined;
  value: string | undefined;
  onChange: (place: { villageId: string | undefined; townshipId: string | undefined }) => void;
  style?: CSSProperties;
}) {
  const places = usePlaces();
  return (
    <EntrySelect
      aria-label="村(社区)"
      placeholder="村(社区)"
      allowClear
      style={{ width: 190, ...style }}
      value={value}
      options={villageOptions(places, townshipId, value)}
      notFoundContent={placesEmptyText(places, 'village', townshipId)}
      onChange={(v: string | undefined) =>
        onChange({ villageId: v, townshipId: v ? (places.byId.get(v)?.parentId ?? townshipId) : townshipId })
      }
    />
  );
}
