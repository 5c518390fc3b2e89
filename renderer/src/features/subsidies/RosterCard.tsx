import { App, Button, Card, Space } from 'antd';
import { useCallback } from 'react';
import type { Result } from '../../../../shared/contract';
import type { ExportableReport } from '../../../../shared/contract/reports';
import type { BatchKind, BatchSummary } from '../../../../shared/contract/subsidies';
import { useWrite } from '../../api';
import { useCan } from '../../components/useCan';
import { BatchesTable } from './BatchesTable';
import { useRosterExport } from './useRosterExport';

/** Runs a write and says how it went (the core's Chinese message when refused). */
export function useNotifyWrite() {
  const { message } = App.useApp();
  return useCallback(
    async (p: Promise<Result<unknown>>, done: string) => {
      const r = await p;
      if (r.ok) message.success(done);
      else message.error(r.error.message);
    },
    [message],
  );
}

/** A month's rosters of one kind: 生成花名册, 新建补发/扣回花名册, 导出, and the rosters with their next steps. */
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
  const notify = useNotifyWrite();
  const roster = useWrite('subsidies.generateBatch', { invalidates });
  const supplement = useWrite('subsidies.createSupplement');
  const { exportReport, modal, busy } = useRosterExport();
  const canGenerate = useCan('subsidies.generateBatch');
  const canSupplement = useCan('subsidies.createSupplement');
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Space>
          {canGenerate && (
            <Button
              type="primary"
              loading={roster.pending}
              onClick={() => void notify(roster.write({ kind, month }), '花名册已生成')}
            >
              生成花名册
            </Button>
          )}
          {canSupplement && (
            <Button
              loading={supplement.pending}
              onClick={() => void notify(supplement.write({ kind, month }), '补发/扣回花名册已建立')}
            >
              新建补发/扣回花名册
            </Button>
          )}
          <Button disabled={busy} onClick={() => void exportReport(report, month)}>
            导出花名册
          </Button>
        </Space>
      }
    >
      <BatchesTable batches={batches} loading={loading} />
      {modal}
    </Card>
  );
}
