import { Alert, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { difficultyCategoryLabel } from '../../../../shared/enums/difficulty-categories';
import { povertyStatusLabel } from '../../../../shared/enums';
import { formatMonth } from '../../components/format';
import type { Preview } from './usePlacementPreview';

interface Props {
  ready: boolean;
  checking: boolean;
  preview: Preview | null;
  error: string | null;
  basis: { list: 'E06' | 'E24'; code: string | null; date: string };
  /** The category is one of the person's recognition in force. */
  recognised?: boolean;
}

/** Beside the dates, read-only: BR-16 eligibility (the recorded category marked 登记), BR-17, VR-13, and BR-18's period. */
export function PlacementPreview({ ready, checking, preview, error, basis, recognised }: Props) {
  const label = basis.code
    ? basis.list === 'E06'
      ? difficultyCategoryLabel(basis.code)
      : povertyStatusLabel(basis.code)
    : null;
  let body;
  if (!ready)
    body = (
      <Typography.Text type="secondary">
        选择人员、安置类别并填写日期后，这里显示安置条件核对和补贴期限。
      </Typography.Text>
    );
  else if (error) body = <Alert type="error" showIcon title={error} />;
  else if (!preview) body = <Spin size="small" description="正在核对…" />;
  else {
    const b = preview.blocking;
    const s = preview.subsidy;
    body = (
      <Space orientation="vertical" style={{ width: '100%' }} size={8}>
        {b ? (
          <Alert
            type="error"
            showIcon
            title={`不能安置：${b.message}`}
            description={
              b.overridable
                ? b.repeatPlacement
                  ? '可填写原因后按重新安置强制保存'
                  : '如确需安置，可勾选“强制保存”并填写原因'
                : '请按提示修改后再保存'
            }
          />
        ) : (
          <Alert
            type="success"
            showIcon
            title="符合安置条件"
            description="安置对象资格、岗位核定人数、与其他岗位和见习时间不重叠均已核对"
          />
        )}
        {label && (
          <Typography.Text>
            安置依据：{label}（{basis.date}）{' '}
            {recognised ? <Tag color="green">认定</Tag> : <Tag color="gold">登记</Tag>}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {recognised ? '依据就业困难人员认定安置' : '未经认定，按人员登记信息核对该类别'}
            </Typography.Text>
          </Typography.Text>
        )}
        {s && (
          <Descriptions
            aria-label="补贴期限"
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 128, whiteSpace: 'nowrap' } }}
            items={[
              { key: 'first', label: '首次享受补贴年月', children: formatMonth(s.firstMonth) },
              { key: 'end', label: '补贴截止年月', children: formatMonth(s.endMonth ?? s.entitlementEndMonth) },
              {
                key: 'ext',
                label: '延长至退休',
                children: s.extendedToRetirement ? <Tag color="blue">是（距退休不足5年）</Tag> : '否',
              },
              {
                key: 'cap',
                label: '补贴期限',
                children:
                  s.capMonths == null ? '至退休' : `${s.capMonths}个月${s.extensionApplied ? '（含2020年延长）' : ''}`,
              },
              { key: 'used', label: '已享受月数', children: `${s.monthsUsed}个月` },
              { key: 'left', label: '剩余月数', children: `${s.monthsLeft}个月` },
              ...(s.newCycle ? [{ key: 'cycle', label: '重新安置', children: '开始新的享受期' }] : []),
            ]}
          />
        )}
        {Object.values(preview.warnings).map((w) => (
          <Alert key={w} type="warning" showIcon title={w} />
        ))}
      </Space>
    );
  }
  return (
    <section
      aria-label="安置核对"
      style={{ background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 8, padding: 12 }}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        安置核对{checking && <Spin size="small" style={{ marginInlineStart: 8 }} />}
      </Typography.Title>
      {body}
    </section>
  );
}
