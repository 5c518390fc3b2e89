import type { RefSelectProps } from 'antd';
import type { Ref } from 'react';
import { EntrySelect } from '../../components/EntrySelect';
import { placesEmptyText, type Places } from '../../components/usePlaces';

interface RegionSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
  onBlur?: () => void;
  ref?: Ref<RefSelectProps>;
  places: Places;
  'aria-invalid'?: boolean;
}

/** A 乡镇(街道) or one of its 村(社区) (所在地, 工作地点): townships first, villages named with their township. */
export function RegionSelect({ id, value, onChange, onBlur, ref, places, ...aria }: RegionSelectProps) {
  const options = [
    {
      label: '乡镇(街道)',
      title: '乡镇(街道)',
      options: places.townships
        .filter((t) => !t.retiredOn || t.id === value)
        .map((t) => ({ value: t.id, label: t.name })),
    },
    {
      label: '村(社区)',
      title: '村(社区)',
      options: places.villages
        .filter((v) => !v.retiredOn || v.id === value)
        .map((v) => ({
          value: v.id,
          label: `${(v.parentId && places.byId.get(v.parentId)?.name) || ''} ${v.name}`.trim(),
        })),
    },
  ];
  return (
    <EntrySelect
      id={id}
      ref={ref}
      aria-invalid={aria['aria-invalid']}
      value={value ?? undefined}
      options={options}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      onBlur={onBlur}
      allowClear
      placeholder="乡镇或村，输入文字可查找"
      notFoundContent={placesEmptyText(places, 'any')}
    />
  );
}
