import { Alert, Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { retentionOutput } from '../../../../shared/contract/internships';
import { isValidDate } from '../../../../shared/domain/dates';
import { useRead } from '../../api';
import { DateInput } from '../../components/DateInput';
import { useSession } from '../../components/session';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { rateText } from './internship-labels';
import { BoxedListTable, numberColumn } from '../../components/list-page';

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

const standingText = (v: Retention['standing']) => (v ? STANDING[v] : '—');
/** The table's box at 1366×768, under the period and the formula. */
const TABLE_HEIGHT = 480;
/**
 * In the box that scrolls (one <table>: antd's scroll.y would split it), the header stays at its top and 合计 at its
 * bottom, so a county with hundreds of bases sees its total without scrolling to it.
 */
const STUCK_TOP = { style: { position: 'sticky' as const, top: 0, zIndex: 2 } };
const STUCK_BOTTOM = { style: { position: 'sticky' as const, bottom: 0, zIndex: 2, background: '#fafafa' } };
const stuckHeader = () => STUCK_TOP;

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
      : read.data.hosts.map(({ hostId, hostName, ...r }) => ({ key: hostId, host: hostName, ...r }));
  const total = read.data && !read.error ? read.data.total : null;

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

  const rated = !!rows?.some((r) => r.standing !== null) || (total?.standing ?? null) !== null;
  const columns: TableColumnsType<Row> = [
    { title: '见习单位', dataIndex: 'host' },
    numberColumn('本期结束(计入)', 'ended', 130),
    numberColumn('留用人数', 'retained', 100),
    { ...numberColumn('留用率', 'ratePercent', 100), render: (v: number | null) => rateText(v) },
    numberColumn('提前终止(不计入)', 'excluded', 140),
    ...(rated ? [{ title: '留用率评定', dataIndex: 'standing', width: 140, render: standingText }] : []),
  ].map((c) => ({ ...c, onHeaderCell: stuckHeader }));
  /** The 合计 row's cells, as the columns show a row. */
  const cellsOf = (r: Row) => [
    r.host,
    r.ended,
    r.retained,
    rateText(r.ratePercent),
    r.excluded,
    ...(rated ? [standingText(r.standing)] : []),
  ];

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
      <BoxedListTable<Row>
        label="留用率"
        rowKey="key"
        maxHeight={TABLE_HEIGHT}
        loading={rows === null && !error}
        items={rows}
        columns={columns}
        summary={() =>
          total && (
            <Table.Summary.Row {...STUCK_BOTTOM}>
              {cellsOf({ key: 'total', host: '合计', ...total }).map((cell, i) => (
                <Table.Summary.Cell key={i} index={i} align={i === 0 ? undefined : 'right'}>
                  {i === 0 ? <strong>{cell}</strong> : cell}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </>
  );
}
