import { Tag, Typography } from 'antd';
import type { PersonMonth } from '../../../../shared/contract/attendance';
import { formatFen } from '../../../../shared/domain/money';
import { useRead } from '../../api';
import { formatMonth } from '../../components/format';
import { ListTable, ReadError, moneyColumn } from '../../components/list-page';

/** The person page, 公益性岗位 tab: each month's attendance and amounts, its roster and any later 补发/扣回. */
export function PersonSubsidyMonths({ personId }: { personId: string }) {
  const { data, error, loading } = useRead('attendance.ofPerson', { personId });
  return (
    <section aria-label="每月补贴" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>每月补贴</Typography.Title>
      <ReadError error={error} />
      <ListTable<PersonMonth>
        label="每月补贴"
        loading={loading}
        items={data?.rows}
        pageAbove={12}
        emptyText="还没有考勤和补贴记录"
        columns={[
          { title: '月份', dataIndex: 'month', width: 108, render: (v: string) => formatMonth(v) },
          { title: '用人单位', dataIndex: 'employerName', ellipsis: true },
          { title: '出勤/应出勤', key: 'd', width: 96, render: (_, r) => `${r.attendedDays}/${r.requiredDays}` },
          moneyColumn('应发', 'dueFen', 90),
          {
            title: '扣减',
            dataIndex: 'deductionFen',
            width: 80,
            align: 'right',
            render: (v: number, r) => <span title={r.deductionReason ?? undefined}>{formatFen(v)}</span>,
          },
          moneyColumn('实发', 'paidFen', 90),
          moneyColumn('社保补贴', 'siSubsidyFen', 90),
          {
            title: '花名册',
            key: 'roster',
            width: 200,
            render: (_, r) => (
              <>
                {r.roster ? <Tag>{r.roster.status}</Tag> : <Tag color="default">未列入</Tag>}
                {r.adjustments.map((a) => (
                  <Tag
                    key={a.batchId}
                    color={a.amountFen > 0 ? 'green' : 'orange'}
                    title={`${a.batchName}：${a.reason ?? ''}`}
                  >
                    {`${a.amountFen > 0 ? '补发' : '扣回'}${a.siPart ? '社保补贴' : ''} ${formatFen(Math.abs(a.amountFen))}`}
                  </Tag>
                ))}
              </>
            ),
          },
          {
            title: '说明',
            dataIndex: 'entitlementNote',
            ellipsis: true,
            width: 160,
            render: (v: string | null, r) => v ?? r.deductionReason ?? '',
          },
        ]}
      />
    </section>
  );
}
