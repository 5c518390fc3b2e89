import { DownOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown, Modal, Typography } from 'antd';
import { useState } from 'react';
import {
  moduleReports,
  reportName,
  type ExportableReport,
  type ReportModule,
} from '../../../../shared/contract/reports';
import { REPORT_DESCRIPTIONS } from './report-descriptions';
import { ReportExportForm, type ReportDefaults } from './ReportExportForm';

/**
 * 导出 on a module's list toolbar (UI.md: "新增, 导入, 导出 and the module's reports"): a menu of the module's reports
 * (shared/contract/reports.ts, each report's `module`); one opens the 报表导出 form for it in a dialog, started from
 * the list's 乡镇 and period filters where the report takes them, and exports through the same job (progress, 取消,
 * masked numbers unless 导出完整号码).
 */
export function ModuleReportsMenu({ module, defaults }: { module: ReportModule; defaults?: ReportDefaults }) {
  const [report, setReport] = useState<ExportableReport | null>(null);
  const reports = moduleReports(module);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: reports.map((code) => ({ key: code, label: `${code} ${reportName(code)}` })),
          onClick: ({ key }) => setReport(key as ExportableReport),
        }}
      >
        <Button icon={<DownloadOutlined aria-hidden />}>
          导出
          <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
      {report && (
        <Modal open title={`导出：${reportName(report)}`} footer={null} onCancel={() => setReport(null)} width={640}>
          <Typography.Paragraph type="secondary">{REPORT_DESCRIPTIONS[report]}</Typography.Paragraph>
          <ReportExportForm report={report} defaults={defaults} onDone={() => setReport(null)} />
        </Modal>
      )}
    </>
  );
}
