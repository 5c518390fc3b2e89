import { DownloadOutlined } from '@ant-design/icons';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { ReportExportForm } from './ReportExportForm';

/**
 * 导出 on the persons toolbar: a shortcut to RPT-01 就业困难人员实名制台账 (same form as 报表导出), with the
 * list's 乡镇 filter as the default scope.
 */
export function PersonExportButton({ disabled, townshipId }: { disabled?: boolean; townshipId?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<DownloadOutlined aria-hidden />} disabled={disabled} onClick={() => setOpen(true)}>
        导出
      </Button>
      {open && (
        <Modal
          open
          title="导出 RPT-01 就业困难人员实名制台账"
          footer={null}
          onCancel={() => setOpen(false)}
          width={560}
        >
          <ReportExportForm report="RPT-01" onDone={() => setOpen(false)} defaultTownshipId={townshipId} />
        </Modal>
      )}
    </>
  );
}
