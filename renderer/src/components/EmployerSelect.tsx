import { EntrySelect } from './EntrySelect';
import { nullableSelect, type NullableSelectProps } from './field-bindings';
import { useRead } from '../api';

interface EmployerSelectProps extends NullableSelectProps {
  /** The stored employer when editing, so its name shows even if it is not among the first 100. */
  current?: { id: string; name: string } | null;
}

/** 用人单位 by name (the county's units, first 100 by name; typing filters them). */
export function EmployerSelect({ current, ...field }: EmployerSelectProps) {
  const { data } = useRead('employers.list', { pageSize: 100 });
  const options = (data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.townshipName}）` }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.name });
  return (
    <EntrySelect
      {...nullableSelect(field)}
      options={options}
      placeholder="输入单位名称查找"
      notFoundContent="没有匹配的单位，请先在“用人单位”中新增"
    />
  );
}
