import type { RefSelectProps } from 'antd';
import type { Ref } from 'react';
import { EntrySelect } from './EntrySelect';
import { useRead } from '../api';

interface EmployerSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
  onBlur?: () => void;
  ref?: Ref<RefSelectProps>;
  /** The stored employer when editing, so its name shows even if it is not among the first 100. */
  current?: { id: string; name: string } | null;
  'aria-invalid'?: boolean;
}

/** 用人单位 by name (the county's units, first 100 by name; typing filters them). */
export function EmployerSelect({ id, value, onChange, onBlur, ref, current, ...aria }: EmployerSelectProps) {
  const { data } = useRead('employers.list', { pageSize: 100 });
  const options = (data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.townshipName}）` }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.name });
  return (
    <EntrySelect
      id={id}
      ref={ref}
      aria-invalid={aria['aria-invalid']}
      value={value ?? undefined}
      options={options}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      onBlur={onBlur}
      placeholder="输入单位名称查找"
      notFoundContent="没有匹配的单位，请先在“用人单位”中新增"
    />
  );
}
