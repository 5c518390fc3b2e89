import { Input, type InputRef } from 'antd';
import type { Ref } from 'react';

interface DateInputProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string) => void;
  onBlur?: () => void;
  ref?: Ref<InputRef>;
  'aria-invalid'?: boolean;
  autoFocus?: boolean;
  placeholder?: string;
}

/** 20261128 → 2026-11-28, as a clerk types dates without separators; anything else is left for the schema to judge. */
export function normaliseDate(raw: string): string {
  const v = raw.trim().replace(/[./年月]/g, '-').replace(/日$/, '');
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : v;
}

/** A date typed as YYYY-MM-DD (or 8 digits); keyboard entry without a calendar popup. */
export function DateInput({ id, value, onChange, onBlur, ref, autoFocus, placeholder = 'YYYY-MM-DD', ...aria }: DateInputProps) {
  return (
    <Input
      id={id}
      ref={ref}
      value={value ?? ''}
      maxLength={10}
      placeholder={placeholder}
      autoFocus={autoFocus}
      autoComplete="off"
      inputMode="numeric"
      aria-invalid={aria['aria-invalid']}
      onChange={(e) => onChange?.(e.target.value)}
      onBlur={(e) => {
        const v = normaliseDate(e.target.value);
        if (v !== e.target.value) onChange?.(v);
        onBlur?.();
      }}
      style={{ width: '100%' }}
    />
  );
}
