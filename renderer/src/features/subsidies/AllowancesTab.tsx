import { Card, Space } from 'antd';
import { useState } from 'react';
import type { AllowanceRow } from '../../../../shared/contract/subsidies';
import { useRead, useWrite } from '../../api';
import { useCan } from '../../components/useCan';
import { AllowanceEditModal } from './AllowanceEditModal';
import { RosterCard } from './RosterCard';
import { WriteButton } from './WriteButton';
import { MonthPicker, useMonthParam } from './useMonthParam';
import { ListTable, moneyColumn, RowLink } from '../../components/list-page';

/**
 * 就业见习 → 补贴发放: the month's allowance rows (generated from the internships) with 修改 of a month's deduction
 * and 单位已发放岗位补助 while no reviewed roster covers it, the 见习补贴 rosters, RPT-09.
 */
export function AllowancesTab() {
  const [month, setMonth] = useMonthParam();
  const rows = useRead('allowances.list', { month }, { keepPrevious: true });
  const overview = useRead('subsidies.overview', { month }, { keepPrevious: true });
  const generate = useWrite('allowances.generate', { invalidates: ['subsidies'] });
  const canGenerate = useCan('allowances.generate');
  const canSave = useCan('allowances.save');
  const [editing, setEditing] = useState<AllowanceRow | null>(null);
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
          scroll={{ x: 1480, y: 220 }}
          emptyText="本月还没有见习补贴记录，请先生成"
          columns={[
            { title: '见习单位', dataIndex: 'hostName', width: 150, ellipsis: true, fixed: 'left' },
            { title: '姓名', dataIndex: 'personName', width: 90, fixed: 'left' },
            { title: '公民身份号码', dataIndex: 'idNumberMasked', width: 170 },
            { title: '见习岗位', dataIndex: 'position', width: 120, ellipsis: true },
            { title: '见习天数', key: 'd', width: 90, render: (_, r) => `${r.days}/${r.calendarDays}` },
            moneyColumn('标准(元/月)', 'standardFen', 100),
            moneyColumn('生活费补助', 'dueFen', 100),
            moneyColumn('扣减', 'deductionFen', 90),
            { title: '扣减原因', dataIndex: 'deductionReason', width: 120, ellipsis: true },
            moneyColumn('提前留用剩余期限补贴', 'earlyHireFen', 150),
            moneyColumn('合计', 'totalFen', 100),
            {
              title: '单位已发放',
              key: 'v',
              width: 90,
              render: (_, r) => (r.hostAllowanceVerified ? '已核实' : '未核实'),
            },
            {
              title: '状态',
              key: 'l',
              width: 110,
              render: (_, r) => (r.lock ? `已锁定（${r.lock.status}）` : '可修改'),
            },
            ...(canSave
              ? [
                  {
                    title: '操作',
                    key: 'act',
                    width: 60,
                    fixed: 'right' as const,
                    render: (_: unknown, r: AllowanceRow) =>
                      !r.lock && (
                        <RowLink aria-label={`修改${r.personName}的见习补贴`} onClick={() => setEditing(r)}>
                          修改
                        </RowLink>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && <AllowanceEditModal row={editing} onClose={() => setEditing(null)} />}
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
