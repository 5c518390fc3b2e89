import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import type { ExportableReport } from '../../../../shared/contract/reports';
import type { BatchKind, BatchSummary } from '../../../../shared/contract/subsidies';
import { useWrite } from '../../api';
import { useCan } from '../../components/useCan';
import { BatchesTable } from './BatchesTable';
import { ScopedRosterModal } from './ScopedRosterModal';
import { useRosterExport } from './useRosterExport';
import { WriteButton } from './WriteButton';

/**
 * A month's rosters of one kind: 生成花名册 (the county's), 按乡镇或单位生成 (one 乡镇's or 单位's, DOMAIN §3.10 范围),
 * 新建补发/扣回花名册, 导出, and the rosters with their next steps.
 */
export function RosterCard({
  title,
  kind,
  month,
  report,
  batches,
  loading,
  invalidates,
}: {
  title: string;
  kind: BatchKind;
  month: string;
  report: ExportableReport;
  batches: BatchSummary[];
  loading: boolean;
  /** Rows the roster covers: their lock changes. */
  invalidates: string[];
}) {
  const roster = useWrite('subsidies.generateBatch', { invalidates });
  const supplement = useWrite('subsidies.createSupplement');
  const { exportReport, modal, busy } = useRosterExport();
  const canGenerate = useCan('subsidies.generateBatch');
  const canSupplement = useCan('subsidies.createSupplement');
  const [scoped, setScoped] = useState(false);
  const { message } = App.useApp();
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Space>
          {canGenerate && (
            <WriteButton primary pending={roster.pending} run={() => roster.write({ kind, month })} done="花名册已生成">
              生成花名册
            </WriteButton>
          )}
          {canGenerate && <Button onClick={() => setScoped(true)}>按乡镇或单位生成</Button>}
          {canSupplement && (
            <WriteButton
              pending={supplement.pending}
              run={() => supplement.write({ kind, month })}
              done="补发/扣回花名册已建立"
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
      {scoped && (
        <ScopedRosterModal
          kind={kind}
          month={month}
          invalidates={invalidates}
          onClose={() => setScoped(false)}
          onDone={(b) => {
            setScoped(false);
            void message.success(`${b.name}已生成`);
          }}
        />
      )}
    </Card>
  );
}
