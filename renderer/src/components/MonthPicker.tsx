import { Space, Typography } from 'antd';
import { MonthInput } from './MonthInput';

/**
 * A labelled month choice (YYYY-MM); months after `max` (e.g. the working month) cannot be chosen. `error` marks the
 * field and is shown under it.
 */
export function MonthPicker({
  id,
  month,
  onChange,
  max,
  label = '月份',
  error,
}: {
  id: string;
  month: string;
  onChange: (m: string) => void;
  max?: string;
  label?: string;
  error?: string | null;
}) {
  const picker = (
    <Space size={6}>
      <label htmlFor={id}>{label}</label>
      <MonthInput
        id={id}
        value={month}
        onChange={onChange}
        max={max}
        style={{ width: 120 }}
        status={error ? 'error' : undefined}
      />
    </Space>
  );
  return (
    <Space orientation="vertical" size={2}>
      {picker}
      {error && (
        <Typography.Text id={`${id}-error`} type="danger">
          {error}
        </Typography.Text>
      )}
    </Space>
  );
}
