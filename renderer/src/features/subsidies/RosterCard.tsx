import { App, Button, Card, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import type { ExportableReport } from '../../../../shared/contract/reports';
import type { BatchKind, BatchSummary } from '../../../../shared/contract/subsidies';
import { chineseMonth } from '../../../../shared/domain/dates';
import { useWrite } from '../../api';
import { useCan } from '../../components/useCan';
import { useSession } from '../../components/session';
import { BatchesTable } from './BatchesTable';
import { GenerateRosterModal } from './GenerateRosterModal';
import { useRosterExport } from './useRosterExport';
import { WriteButton } from './WriteButton';

/** How many 见习补贴 months a roster left off because the host's own allowance was not verified. */
const leftOff = (n: number) => (n ? `；${n} 人本月未核实单位已发放岗位补助，未列入花名册` : '');
const generated = (b: { unverifiedLeftOut: number }) => `花名册已生成${leftOff(b.unverifiedLeftOut)}`;

/**
 * A month's rosters of one kind: 生成花名册 (the county's), 按乡镇或单位生成 (one 乡镇's or 单位's, DOMAIN §3.10 范围) —
 * both a form showing the month or quarter the roster covers (BR-24) —, 新建补发/扣回花名册, 导出, and the rosters with
 * their next steps.
 */
export function RosterCard({
  title,
  kind,
  month,
  report,
  batches,
  loading,
  invalidates,
  generate,
}: {
  title: string;
  kind: BatchKind;
  month: string;
  report: ExportableReport;
  batches: BatchSummary[];
  loading: boolean;
  /** Rows the roster covers: their lock changes. */
  invalidates: string[];
  /** Its own 生成花名册 button (null: none), for a kind generated elsewhere (培训补贴: training.generateBatch). */
  generate?: ReactNode;
}) {
  const supplement = useWrite('subsidies.createSupplement');
  const { exportReport, modal, busy } = useRosterExport();
  const canGenerate = useCan('subsidies.generateBatch');
  const canSupplement = useCan('subsidies.createSupplement');
  /** The generate form open: the county's roster, or one 乡镇's or 单位's. */
  const [form, setForm] = useState<'county' | 'scoped' | null>(null);
  const { message } = App.useApp();
  // Like the core (month-order.ts), no 补发/扣回 roster for a month that has not begun on the working date.
  const notStarted = month > useSession().info.today.slice(0, 7);
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Space>
          {generate}
          {generate === undefined && canGenerate && (
            <Button type="primary" onClick={() => setForm('county')}>
              生成花名册
            </Button>
          )}
          {generate === undefined && canGenerate && <Button onClick={() => setForm('scoped')}>按乡镇或单位生成</Button>}
          {canSupplement && (
            <WriteButton
              pending={supplement.pending}
              run={() => supplement.write({ kind, month })}
              done="补发/扣回花名册已建立"
              disabledReason={notStarted ? `${chineseMonth(month)}尚未开始，不能新建补发/扣回花名册` : undefined}
            >
              新建补发/扣回花名册
            </WriteButton>
          )}
          <Button disabled={busy} onClick={() => void exportReport(report, month)}>
            导出花名册
          </Button>
        </Space>
      }
    >
      <BatchesTable batches={batches} loading={loading} />
      {modal}
      {form && (
        <GenerateRosterModal
          kind={kind}
          month={month}
          scoped={form === 'scoped'}
          invalidates={invalidates}
          onClose={() => setForm(null)}
          onDone={(b) => {
            setForm(null);
            void message.success(form === 'scoped' ? `${b.name}已生成${leftOff(b.unverifiedLeftOut)}` : generated(b));
          }}
        />
      )}
    </Card>
  );
}
