import { useCallback } from 'react';
import type { ExportableReport } from '../../../../shared/contract/reports';
import { reportInfo, reportName } from '../../../../shared/contract/reports';
import { useDownloadJob } from '../../components/useDownloadJob';
import { formatCount } from '../../components/format';

/** Exports a roster report of the month (RPT-05 考勤表, RPT-06 花名册, RPT-09) through the one export job. */
export function useRosterExport() {
  const download = useDownloadJob();
  const { run } = download;
  const exportReport = useCallback(
    (report: ExportableReport, month: string, employerId?: string) =>
      run(
        'reports.export',
        // A 统计期 report (RPT-09, monthly or quarterly) exported from a month's screen covers that month.
        reportInfo(report)?.period === 'range'
          ? { report, from: month, to: month, full: false }
          : { report, month, full: false, employerId },
        {
          title: '导出报表',
          subject: reportName(report),
          success: (d) => `已导出${reportName(report)}，共 ${formatCount(d.rows)} 行`,
        },
      ),
    [run],
  );
  return { exportReport, modal: download.modal, busy: download.busy };
}
