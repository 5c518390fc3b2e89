import { Input, type InputRef } from 'antd';
import type { CSSProperties, Ref } from 'react';
import { normaliseTypedDate } from '../../../shared/domain/dates';

interface DateInputProps {
  id?: string;
  name?: string;
  value?: string | null;
  onChange?: (value: string) => void;
  onBlur?: () => void;
  ref?: Ref<InputRef>;
  autoFocus?: boolean;
  disabled?: boolean;
  placeholder?: string;
  'aria-invalid'?: boolean;
  /** 'error' outlines the box in red (a filter's half-typed date). */
  status?: 'error';
  'aria-label'?: string;
  style?: CSSProperties;
  /** Enter in the box (a filter that applies at once). */
  onPressEnter?: () => void;
}

/**
 * A date typed as YYYY-MM-DD, or as 20260901, 2026/9/1, 2026年9月1日 (clerks type dates faster than they click
 * calendars); tidied to YYYY-MM-DD when the field is left.
 */
export function DateInput({ value, onChange, onBlur, placeholder = 'YYYY-MM-DD', style, ...rest }: DateInputProps) {
  return (
    <Input
      {...rest}
      value={value ?? ''}
      placeholder={placeholder}
      maxLength={12}
      autoComplete="off"
      style={{ width: '100%', ...style }}
      onChange={(e) => onChange?.(e.target.value)}
      onBlur={(e) => {
        const tidy = normaliseTypedDate(e.target.value);
        if (tidy !== e.target.value) onChange?.(tidy);
        onBlur?.();
      }}
    />
  );
}
