import { Input } from 'antd';
import type { CodeItem } from '../../../../shared/enums';
import {
  EDUCATIONS,
  EMPLOYMENT_STATUSES,
  ETHNICITIES_XINJIANG_FIRST,
  POVERTY_STATUSES,
  SEXES,
} from '../../../../shared/enums';
import { JOB_WISHES, SERVICE_LEVELS, UNEMPLOYMENT_REASONS } from '../../../../shared/enums/registration-codes';
import { CONTRACT_TYPES, EMPLOYER_NATURES, POST_TYPES } from '../../../../shared/enums/post-codes';
import { EntrySelect } from '../../components/EntrySelect';
import { placesEmptyText, type Places } from '../../components/usePlaces';

// A default value for one roster field (issue 14): the core reads it as a clerk would type it in the file, so
// coded fields offer their Chinese labels and places their names; free text otherwise.

const labels = (list: readonly CodeItem[]) => list.map((i) => ({ value: i.label, label: i.label }));
const YES_NO = [
  { value: '是', label: '是' },
  { value: '否', label: '否' },
];

const CODED: Record<string, { value: string; label: string }[]> = {
  sex: labels(SEXES),
  ethnicity: labels(ETHNICITIES_XINJIANG_FIRST),
  education: labels(EDUCATIONS),
  employmentStatus: labels(EMPLOYMENT_STATUSES),
  povertyStatus: labels(POVERTY_STATUSES),
  isDifficult: YES_NO,
  dibao: YES_NO,
  // 失业登记 roster
  reason: labels(UNEMPLOYMENT_REASONS),
  jobWish: labels(JOB_WISHES),
  serviceLevel: labels(SERVICE_LEVELS),
  receivesUi: YES_NO,
  // 公益性岗位安置 roster
  employerNature: labels(EMPLOYER_NATURES),
  postType: labels(POST_TYPES),
  contractType: labels(CONTRACT_TYPES),
};

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
