import type { CSSProperties } from 'react';
import { EntrySelect } from './EntrySelect';
import {
  placesEmptyText,
  townshipOptions,
  usePlaces,
  villageOptions,
  ownPlaceholder,
  type PlaceOption,
} from './usePlaces';

/** A place filter of a page or list: a select named `label`, its options, and what it says when none matches. */
function PlaceFilter({
  label,
  placeholder = label,
  clearable = true,
  width,
  style,
  value,
  options,
  empty,
  onChange,
}: {
  label: string;
  placeholder?: string;
  clearable?: boolean;
  width: number;
  style?: CSSProperties;
  value: string | undefined;
  options: PlaceOption[];
  empty: string;
  onChange: (id: string | undefined) => void;
}) {
  return (
    <EntrySelect
      aria-label={label}
      placeholder={placeholder}
      allowClear={clearable}
      style={{ width, ...style }}
      value={value}
      options={options}
      onChange={(v: string | undefined) => onChange(v)}
      notFoundContent={empty}
    />
  );
}

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
    <PlaceFilter
      label="乡镇(街道)"
      placeholder={ownPlaceholder(places) ?? '全县'}
      clearable={!places.own}
      width={180}
      style={style}
      value={value}
      options={townshipOptions(places, value)}
      empty={placesEmptyText(places, 'township')}
      onChange={onChange}
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
    <PlaceFilter
      label="村(社区)"
      width={190}
      style={style}
      value={value}
      options={villageOptions(places, townshipId, value)}
      empty={placesEmptyText(places, 'village', townshipId)}
      onChange={(v) =>
        onChange({ villageId: v, townshipId: v ? (places.byId.get(v)?.parentId ?? townshipId) : townshipId })
      }
    />
  );
}
