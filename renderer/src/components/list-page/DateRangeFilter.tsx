import { Space } from 'antd';
import { useState } from 'react';
import { isValidDate, normaliseTypedDate } from '../../../../shared/domain/dates';
import { DateInput } from '../DateInput';

/** One end of the range: typed freely, applied when left or on Enter once it is a date (or empty). */
function RangeEnd({
  label,
  value,
  onApply,
}: {
  label: string;
  value: string;
  onApply: (v: string | undefined) => void;
}) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // 重置 or back changed the address under the box.
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  const tidy = normaliseTypedDate(text.trim());
  const bad = tidy !== '' && !isValidDate(tidy);
  const apply = () => {
    if (!bad && tidy !== value) onApply(tidy || undefined);
  };
  return (
    <span
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply();
      }}
    >
      <DateInput
        aria-label={label}
        placeholder={label.endsWith('起') ? '开始日期' : '截止日期'}
        value={text}
        onChange={setText}
        onBlur={apply}
        aria-invalid={bad}
        status={bad ? 'error' : undefined}
        style={{ width: 112 }}
      />
    </span>
  );
}

/**
 * A date range of a list's filter bar (登记日期 2026-11-01 至 2026-11-30): two typed dates kept in the address under
 * `from` and `to`; a date is applied when its box is left or on Enter, a half-typed one is marked and not sent.
 */
export function DateRangeFilter({
  label,
  from,
  to,
  onChange,
}: {
  label: string;
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from?: string; to?: string }) => void;
}) {
  return (
    <Space.Compact>
      <Space.Addon>{label}</Space.Addon>
      <RangeEnd label={`${label}起`} value={from ?? ''} onApply={(v) => onChange({ from: v, to })} />
      <Space.Addon>至</Space.Addon>
      <RangeEnd label={`${label}止`} value={to ?? ''} onApply={(v) => onChange({ from, to: v })} />
    </Space.Compact>
  );
}
