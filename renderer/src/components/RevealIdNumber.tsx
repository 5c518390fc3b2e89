import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useReveal } from './useReveal';

interface RevealIdNumberProps {
  personId: string;
  masked: string;
}

/**
 * A masked ID (VR-09) with 显示完整号码: the full number comes from persons.revealId, which the core records in
 * the audit log (§9.4), and replaces the masked one in place until the clerk hides it again.
 */
export function RevealIdNumber({ personId, masked }: RevealIdNumberProps) {
  const { full, loading, toggle } = useReveal('persons.revealId', personId, (d) => d.idNumber);
  const label = full ? '隐藏完整号码' : '显示完整号码';
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span style={{ fontFamily: 'Consolas, "DejaVu Sans Mono", monospace', letterSpacing: 0.2 }}>
        {full ?? masked}
      </span>
      <Tooltip title={full ? '隐藏完整号码' : '显示完整号码（将记入操作记录）'}>
        <Button
          type="text"
          size="small"
          aria-label={label}
          loading={loading}
          icon={full ? <EyeInvisibleOutlined aria-hidden /> : <EyeOutlined aria-hidden />}
          onClick={toggle}
          style={{ marginInlineStart: 2 }}
        />
      </Tooltip>
    </span>
  );
}

/**
 * The 公民身份号码 column of a list of persons (or of rows naming one): the masked number with 显示完整号码.
 * `personIdOf` says which person a row is (persons lists: the row's id; other lists: its personId).
 */
export function idNumberColumn<T extends { idNumberMasked: string }>(personIdOf: (row: T) => string, width = 184) {
  return {
    title: '公民身份号码',
    dataIndex: 'idNumberMasked',
    width,
    render: (v: string, row: T) => <RevealIdNumber personId={personIdOf(row)} masked={v} />,
  };
}
