import { Button } from 'antd';
import type { ClassDetail } from '../../../../shared/contract/training';
import { reportName } from '../../../../shared/contract/reports';
import { useDownloadJob } from '../../components/useDownloadJob';

const RPT13 = 'RPT-13';

/** 导出学员花名册: RPT-13 (DOMAIN §11.4, per class) for this class only, through the report export job. */
export function ExportClassRoster({ detail }: { detail: Pick<ClassDetail, 'id' | 'code'> }) {
  const { run, modal, busy } = useDownloadJob();
  const exportRoster = () =>
    run(
      'reports.export',
      { report: RPT13, classId: detail.id, full: false },
      {
        title: '导出报表',
        subject: `${reportName(RPT13)}（培训班 ${detail.code}）`,
        success: (d) => `已导出培训班 ${detail.code} 的${reportName(RPT13)}，${d.rows} 人`,
      },
    );
  return (
    <>
      <Button disabled={busy} onClick={() => void exportRoster()}>
        导出学员花名册
      </Button>
      {modal}
    </>
  );
}
