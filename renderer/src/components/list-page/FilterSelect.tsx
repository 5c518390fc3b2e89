import type { SelectProps } from 'antd';
import { EntrySelect } from '../EntrySelect';

/**
 * One filter of a list's filter bar: a select named by its placeholder (乡镇(街道), 状态 …), clearable unless told
 * otherwise; `onChange` gets the chosen value or undefined when cleared.
 */
export function FilterSelect({
  label,
  width,
  value,
  options,
  onChange,
  clearable = true,
}: {
  label: string;
  width: number;
  value: string | null | undefined;
  options: SelectProps<string>['options'];
  onChange: (value: string | undefined) => void;
  clearable?: boolean;
}) {
  return (
    <EntrySelect
      aria-label={label}
      placeholder={label}
      allowClear={clearable}
      style={{ width }}
      value={value ?? undefined}
      options={options}
      onChange={(v: string | undefined) => onChange(v)}
    />
  );
}
