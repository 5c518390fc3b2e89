import { Card, Space } from 'antd';
import type { z } from 'zod';
import type { allowanceRow } from '../../../../shared/contract/subsidies';
import { useRead, useWrite } from '../../api';
import { useCan } from '../../components/useCan';
import { RosterCard } from './RosterCard';
import { WriteButton } from './WriteButton';
import { MonthPicker, useMonthParam } from './useMonthParam';
import { ListTable, moneyColumn } from '../../components/list-page';

type AllowanceRow = z.infer<typeof allowanceRow>;

/** 就业见习 → 补贴发放: the month's allowance rows (generated from the internships), the 见习补贴 rosters, RPT-09. */
export function AllowancesTab() {
  const [month, setMonth] = useMonthParam();
  const rows = useRead('allowances.list', { month }, { keepPrevious: true });
  const overview = useRead('subsidies.overview', { month }, { keepPrevious: true });
  const generate = useWrite('allowances.generate', { invalidates: ['subsidies'] });
  const canGenerate = useCan('allowances.generate');
  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <MonthPicker id="allowance-month" month={month} onChange={setMonth} />
        <span>{`在见习 ${overview.data?.internships.running ?? 0} 人，已生成 ${overview.data?.internships.rows ?? 0} 条`}</span>
      </Space>
      <Card
        size="small"
        title="见习补贴"
        style={{ marginBottom: 8 }}
        extra={
          canGenerate && (
            <WriteButton primary pending={generate.pending} run={() => generate.write({ month })} done="见习补贴已生成">
              生成见习补贴
            </WriteButton>
          )
        }
      >
        <ListTable<AllowanceRow>
          label="见习补贴"
          loading={rows.loading}
          items={rows.data?.rows}
          scroll={{ y: 220 }}
          emptyText="本月还没有见习补贴记录，请先生成"
          columns={[
            { title: '见习单位', dataIndex: 'hostName', ellipsis: true },
            { title: '姓名', dataIndex: 'personName', width: 90 },
            { title: '公民身份号码', dataIndex: 'idNumberMasked', width: 170 },
            { title: '见习岗位', dataIndex: 'position', width: 120, ellipsis: true },
            { title: '见习天数', key: 'd', width: 90, render: (_, r) => `${r.days}/${r.calendarDays}` },
            moneyColumn('标准(元/月)', 'standardFen', 100),
            moneyColumn('生活费补助', 'dueFen', 100),
            moneyColumn('提前留用剩余期限补贴', 'earlyHireFen', 150),
            moneyColumn('合计', 'totalFen', 100),
            {
              title: '状态',
              key: 'l',
              width: 110,
              render: (_, r) => (r.lock ? `已锁定（${r.lock.status}）` : '可修改'),
            },
          ]}
        />
      </Card>
      <RosterCard
        title="花名册"
        kind="internship"
        month={month}
        report="RPT-09"
        loading={overview.loading}
        invalidates={['allowances']}
        batches={(overview.data?.batches ?? []).filter((b) => b.kind === 'internship')}
      />
    </>
  );
}
