import { EntrySelect } from '../../components/EntrySelect';
import { nullableSelect, type NullableSelectProps } from '../../components/field-bindings';
import { placesEmptyText, type Places } from '../../components/usePlaces';

interface RegionSelectProps extends NullableSelectProps {
  places: Places;
}

/** A 乡镇(街道) or one of its 村(社区) (所在地, 工作地点): townships first, villages named with their township. */
export function RegionSelect({ places, ...field }: RegionSelectProps) {
  const { value } = field;
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
      {...nullableSelect(field)}
      options={options}
      allowClear
      placeholder="乡镇或村，输入文字可查找"
      notFoundContent={placesEmptyText(places, 'any')}
    />
  );
}
