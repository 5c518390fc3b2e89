import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { CSSProperties } from 'react';

/** The month of a `YYYY-MM` string as the picker holds it. */
const asDay = (month: string) => (month ? dayjs(`${month}-01`) : null);

/**
 * The one month input: a month chosen as YYYY-MM from a calendar of months, never emptied; months before `min` or
 * after `max` (e.g. the working month) cannot be chosen. The label is the caller's (MonthPicker, a form item).
 */
export function MonthInput({
  id,
  value,
  onChange,
  min,
  max,
  style,
  status,
}: {
  id: string;
  /** YYYY-MM; empty shows nothing chosen. */
  value: string;
  onChange: (month: string) => void;
  min?: string;
  max?: string;
  style?: CSSProperties;
  /** 'error' outlines the box in red. */
  status?: 'error';
}) {
  const outside =
    min || max
      ? (d: dayjs.Dayjs) => {
          const m = d.format('YYYY-MM');
          return (max !== undefined && m > max) || (min !== undefined && m < min);
        }
      : undefined;
  return (
    <DatePicker
      id={id}
      picker="month"
      format="YYYY-MM"
      allowClear={false}
      value={asDay(value)}
      onChange={(v) => v && onChange(v.format('YYYY-MM'))}
      disabledDate={outside}
      style={style}
      status={status}
    />
  );
}
