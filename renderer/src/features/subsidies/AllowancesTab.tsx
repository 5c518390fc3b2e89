import { Alert, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import type { AllowanceRow } from '../../../../shared/contract/subsidies';
import { useRead, useWrite } from '../../api';
import { useCan } from '../../components/useCan';
import { AllowanceEditModal } from './AllowanceEditModal';
import { RosterCard } from './RosterCard';
import { WriteButton } from './WriteButton';
import { MonthPicker, useMonthParam } from './useMonthParam';
import { ListTable, moneyColumn, RowLink } from '../../components/list-page';
import { formatFen } from '../../../../shared/domain/money';
import { idNumberColumn } from '../../components/RevealIdNumber';

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
  // BR-27 / VR-14: host allowances under the generated month's floor, as the last generation answered them.
  const [warned, setWarned] = useState<{ month: string; warnings: string[] } | null>(null);
  const runGenerate = async () => {
    const r = await generate.write({ month });
    if (r.ok) setWarned({ month, warnings: r.data.warnings });
    return r;
  };
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
            <WriteButton primary pending={generate.pending} run={runGenerate} done="见习补贴已生成">
              生成见习补贴
            </WriteButton>
          )
        }
      >
        {warned?.month === month && warned.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            message="以下见习人员的单位岗位补助低于本月最低工资标准的规定比例，补贴已按本月标准生成，请核实单位岗位补助："
            description={warned.warnings.map((w) => (
              <div key={w}>{w}</div>
            ))}
          />
        )}
        <ListTable<AllowanceRow>
          label="见习补贴"
          loading={rows.loading}
          items={rows.data?.rows}
          scroll={{ y: 360 }}
          emptyText="本月还没有见习补贴记录，请先生成"
          // Fits 1366 wide without scrolling sideways: the reason sits under the deduction, and 状态 holds 修改.
          columns={[
            { title: '见习单位', dataIndex: 'hostName', width: 104, ellipsis: true },
            { title: '姓名', dataIndex: 'personName', width: 80 },
            idNumberColumn((r: AllowanceRow) => r.personId),
            { title: '见习天数', key: 'd', width: 64, render: (_, r) => `${r.days}/${r.calendarDays}` },
            moneyColumn('标准(元/月)', 'standardFen', 84),
            moneyColumn('生活费补助', 'dueFen', 88),
            {
              title: '扣减',
              key: 'deduction',
              width: 108,
              align: 'right' as const,
              render: (_, r) =>
                r.deductionFen > 0 ? (
                  <>
                    {formatFen(r.deductionFen)}
                    <Typography.Text
                      type="secondary"
                      ellipsis={{ tooltip: r.deductionReason }}
                      style={{ display: 'block', fontSize: 12 }}
                    >
                      {r.deductionReason}
                    </Typography.Text>
                  </>
                ) : (
                  formatFen(0)
                ),
            },
            moneyColumn('提前留用补贴', 'earlyHireFen', 84),
            moneyColumn('合计', 'totalFen', 88),
            {
              title: '单位已发放',
              key: 'v',
              width: 72,
              render: (_, r) => (r.hostAllowanceVerified ? '已核实' : '未核实'),
            },
            {
              title: '状态',
              key: 'l',
              width: 104,
              render: (_, r) =>
                r.lock ? (
                  `已锁定（${r.lock.status}）`
                ) : canSave ? (
                  <RowLink aria-label={`修改${r.personName}的见习补贴`} onClick={() => setEditing(r)}>
                    修改
                  </RowLink>
                ) : (
                  '可修改'
                ),
            },
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
