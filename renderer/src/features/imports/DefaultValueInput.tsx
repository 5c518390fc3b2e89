import { Input } from 'antd';
import { ROSTER_CHOICES } from '../../../../shared/enums/roster-choices';
import { EntrySelect } from '../../components/EntrySelect';
import { placesEmptyText, type Places } from '../../components/usePlaces';

// A default value for one roster field (issue 14): the core reads it as a clerk would type it in the file, so
// coded fields offer their Chinese labels and places their names; free text otherwise.

const CODED: Record<string, { value: string; label: string }[]> = Object.fromEntries(
  Object.entries(ROSTER_CHOICES).map(([key, list]) => [key, list.map((l) => ({ value: l, label: l }))]),
);

interface Props {
  field: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  places: Places;
  /** The township default in force: narrows the village names offered. */
  township: string;
}

export function DefaultValueInput({ field, label, value, onChange, places, township }: Props) {
  const aria = `${label}的默认值`;
  const common = {
    id: `import-default-${field}`,
    'aria-label': aria,
    value: value || undefined,
    allowClear: true,
    placeholder: '不设默认值',
    size: 'small' as const,
    style: { width: '100%' },
  };
  const onSelect = (v: string | undefined) => onChange(v ?? '');
  if (CODED[field]) return <EntrySelect {...common} options={CODED[field]} onChange={onSelect} />;
  if (field === 'township') {
    const options = places.townships.filter((t) => !t.retiredOn).map((t) => ({ value: t.name, label: t.name }));
    return (
      <EntrySelect
        {...common}
        options={options}
        onChange={onSelect}
        notFoundContent={placesEmptyText(places, 'township')}
      />
    );
  }
  if (field === 'village') {
    const town = places.townships.find((t) => t.name === township);
    const options = places.villages
      .filter((v) => !v.retiredOn && (!town || v.parentId === town.id))
      .map((v) => ({ value: v.name, label: v.name }));
    return (
      <EntrySelect
        {...common}
        options={options}
        onChange={onSelect}
        notFoundContent={placesEmptyText(places, 'village', town?.id)}
      />
    );
  }
  return (
    <Input
      size="small"
      id={`import-default-${field}`}
      aria-label={aria}
      value={value}
      placeholder="不设默认值"
      maxLength={100}
      allowClear
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
