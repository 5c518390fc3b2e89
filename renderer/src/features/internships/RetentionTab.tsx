import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { retentionOutput } from '../../../../shared/contract/internships';
import { isValidDate } from '../../../../shared/domain/dates';
import { useRead } from '../../api';
import { DateInput } from '../../components/DateInput';
import { useSession } from '../../components/session';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { rateText } from './internship-labels';
import { ListTable, numberColumn } from '../../components/list-page';

type Retention = z.output<typeof retentionOutput>;
interface Row extends Retention {
  key: string;
  host: string;
}

/** CFG-21 (规则设置, when the county turns it on): where the rate stands against the bonus and revoke lines. */
const STANDING: Record<NonNullable<Retention['standing']>, string> = {
  bonus: '达到奖励线',
  between: '未达奖励线',
  revoke: '低于取消线',
};

/**
 * 留用率 (BR-29) per 见习基地 and in total, for a period of ending dates: one read (internships.retentionByHost) with
 * a row for every base, however many, and any other host whose internships ended in the period.
 */
export function RetentionTab() {
  const { today } = useSession().info;
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [period, setPeriod] = useState({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const [formError, setError] = useState<string | null>(null);
  const read = useRead('internships.retentionByHost', period);
  const error = formError ?? read.error;
  const rows: Row[] | null =
    read.error || !read.data
      ? null
      : [
          ...read.data.hosts.map(({ hostId, hostName, ...r }) => ({ key: hostId, host: hostName, ...r })),
          { key: 'total', host: '合计', ...read.data.total },
        ];

  const query = () => {
    const f = normaliseTypedDate(from);
    const t = normaliseTypedDate(to);
    if (!isValidDate(f) || !isValidDate(t)) return setError('统计期间的日期格式应为 YYYY-MM-DD');
    if (t < f) return setError('统计截止日期不能早于开始日期');
    setError(null);
    setPeriod({ from: f, to: t });
  };

  /** One end of the period, a typed date (DateInput); Enter counts at once. */
  const dateBox = (id: string, label: string, value: string, set: (v: string) => void) => (
    <>
      <label htmlFor={id}>{label}</label>
      <DateInput id={id} value={value} onChange={set} onPressEnter={query} style={{ width: 130 }} />
    </>
  );

  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }} role="search" aria-label="统计期间">
        {dateBox('retention-from', '结束日期从', from, setFrom)}
        {dateBox('retention-to', '至', to, setTo)}
        <Button type="primary" onClick={query}>
          统计
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary">
        留用率 = 留用人数 ÷ 本期结束见习人数 × 100%（期满未留用、期满留用、提前留用计入；本人或单位提前终止不计入）。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <ListTable<Row>
        label="留用率"
        rowKey="key"
        loading={rows === null && !error}
        items={rows}
        columns={[
          {
            title: '见习单位',
            dataIndex: 'host',
            render: (v: string, r) => (r.key === 'total' ? <strong>{v}</strong> : v),
          },
          numberColumn('本期结束(计入)', 'ended', 130),
          numberColumn('留用人数', 'retained', 100),
          { ...numberColumn('留用率', 'ratePercent', 100), render: (v: number | null) => rateText(v) },
          numberColumn('提前终止(不计入)', 'excluded', 140),
          ...(rows?.some((r) => r.standing !== null)
            ? [
                {
                  title: '留用率评定',
                  dataIndex: 'standing',
                  width: 140,
                  render: (v: Retention['standing']) => (v ? STANDING[v] : '—'),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
