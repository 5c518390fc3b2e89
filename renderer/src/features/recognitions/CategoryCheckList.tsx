import { Alert, Checkbox, Spin, Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { categoryCheckItem } from '../../../../shared/contract/recognitions';
import { CATEGORY_OPTIONS } from './recognition-options';

type CheckItem = z.infer<typeof categoryCheckItem>;

const OUTCOME = {
  pass: <Tag color="green">符合</Tag>,
  fail: <Tag color="red">不符合</Tag>,
  manual: <Tag color="gold">待审核核实</Tag>,
} as const;

interface Props {
  id?: string;
  value: string[];
  onChange: (v: string[]) => void;
  /** The live check of the chosen categories (recognitions.check), null until a person and date are known. */
  checks: CheckItem[] | null;
  checking: boolean;
  error: string | null;
  invalid?: boolean;
}

/**
 * The categories as ticks in two columns (the 认定申请 form fits 1366×768 without scrolling); beside or under each
 * chosen one, what the person's records say on the application date (符合 / 不符合 / 待审核核实) and why, in plain words.
 */
export function CategoryCheckList({ id, value, onChange, checks, checking, error, invalid }: Props) {
  const byCode = new Map((checks ?? []).map((c) => [c.code, c]));
  return (
    <div
      id={id}
      role="group"
      aria-label="认定类别"
      aria-invalid={invalid}
      style={{
        border: `1px solid ${invalid ? '#ff4d4f' : '#f0f0f0'}`,
        borderRadius: 6,
        padding: '4px 8px',
        display: 'grid',
        gridTemplateColumns: '1fr 1fr',
        columnGap: 16,
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ margin: '4px 0', gridColumn: '1 / -1' }} />}
      {CATEGORY_OPTIONS.map((o) => {
        const on = value.includes(o.value);
        const c = on ? byCode.get(o.value) : undefined;
        return (
          <div
            key={o.value}
            style={{
              display: 'flex',
              flexWrap: 'wrap',
              columnGap: 8,
              alignItems: 'baseline',
              padding: '1px 0',
              borderBottom: '1px dashed #f5f5f5',
            }}
          >
            <Checkbox
              checked={on}
              style={{ flex: '0 1 auto' }}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            >
              {o.label}
            </Checkbox>
            {on && (
              <span aria-label={`${o.label}核对结果`} style={{ flex: '1 1 160px' }}>
                {c ? (
                  <>
                    {OUTCOME[c.outcome]}
                    <Typography.Text type={c.outcome === 'fail' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                      {c.why}
                    </Typography.Text>
                  </>
                ) : checking ? (
                  <Spin size="small" />
                ) : (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    选择人员并填写申请日期后核对
                  </Typography.Text>
                )}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
