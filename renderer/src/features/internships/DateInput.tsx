import { Input, type InputRef } from 'antd';
import type { Ref } from 'react';

/** 20260901, 2026/9/1, 2026.9.1 → 2026-09-01; anything else is left as typed (the schema then names the problem). */
export function normaliseDate(raw: string): string {
  const v = raw.trim().replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v);
  if (parts) return `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
  return v;
}

interface DateInputProps {
  id: string;
  name?: string;
  value: string | null | undefined;
  onChange: (v: string) => void;
  onBlur?: () => void;
  autoFocus?: boolean;
  disabled?: boolean;
  'aria-invalid'?: boolean;
  ref?: Ref<InputRef>;
}

/** A date typed as YYYY-MM-DD (clerks type dates faster than they click calendars); tidied when the field is left. */
export function DateInput({ value, onChange, onBlur, ...rest }: DateInputProps) {
  return (
    <Input
      {...rest}
      value={value ?? ''}
      placeholder="YYYY-MM-DD"
      maxLength={12}
      autoComplete="off"
      style={{ width: 150 }}
      onChange={(e) => onChange(e.target.value)}
      onBlur={() => {
        const tidy = normaliseDate(value ?? '');
        if (tidy !== (value ?? '')) onChange(tidy);
        onBlur?.();
      }}
    />
  );
}
