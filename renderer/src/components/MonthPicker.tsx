import { DatePicker, Space } from 'antd';
import dayjs from 'dayjs';

/** A labelled month choice (YYYY-MM); months after `max` (e.g. the working month) cannot be chosen. */
export function MonthPicker({
  id,
  month,
  onChange,
  max,
}: {
  id: string;
  month: string;
  onChange: (m: string) => void;
  max?: string;
}) {
  return (
    <Space size={6}>
      <label htmlFor={id}>月份</label>
      <DatePicker
        id={id}
        picker="month"
        format="YYYY-MM"
        allowClear={false}
        value={dayjs(`${month}-01`)}
        onChange={(v) => v && onChange(v.format('YYYY-MM'))}
        disabledDate={max ? (d) => d.format('YYYY-MM') > max : undefined}
        style={{ width: 120 }}
      />
    </Space>
  );
}
