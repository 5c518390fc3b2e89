import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { PersonListInput } from '../../../../shared/contract/persons';
import { useSession } from '../../components/session';
import { FULL_EXPORT_WARNING } from '../../components/report-export';
import { useDownloadJob } from '../../components/useDownloadJob';
import { formatCount } from '../../components/format';

/** 1,234 */

/**
 * 导出 on the persons toolbar (issue 18): the list as the clerk filtered it — every page, same order — as a 人员花名册,
 * numbers masked as in the list unless 导出完整号码 (the core refuses it without the permission). RPT-01 就业困难人员
 * 实名制台账 is under 报表导出.
 */
export function PersonExportButton({ disabled, filters }: { disabled?: boolean; filters: PersonListInput }) {
  const [open, setOpen] = useState(false);
  const [full, setFull] = useState(false);
  const { settings } = useSession();
  const download = useDownloadJob();
  const { page: _page, pageSize: _size, ...rest } = filters;

  async function exportNow() {
    const ok = await download.run(
      'persons.exportRoster',
      { ...rest, full },
      {
        title: '导出人员花名册',
        subject: full ? '当前筛选的人员（完整号码）' : '当前筛选的人员',
        success: (r) => `已导出 ${formatCount(r.rows)} 人`,
      },
    );
    if (ok) setOpen(false);
  }

  return (
    <>
      <Button icon={<DownloadOutlined aria-hidden />} disabled={disabled} onClick={() => setOpen(true)}>
        导出
      </Button>
      {open && (
        <Modal open title="导出人员花名册" footer={null} onCancel={() => setOpen(false)} width={480}>
          <Typography.Paragraph>
            按列表当前的筛选条件和排序导出全部页的人员；就业困难人员实名制台账请在“报表导出”中导出。
          </Typography.Paragraph>
          {!settings.office && (
            <Alert
              type="info"
              showIcon
              title="请先在“设置 → 单位信息”中填写单位名称和区划代码，花名册标题和文件名要用到它们。"
              style={{ marginBottom: 12 }}
            />
          )}
          <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)} style={{ marginBottom: 12 }}>
            导出完整号码
          </Checkbox>
          {full && <Alert type="warning" showIcon title={FULL_EXPORT_WARNING} style={{ marginBottom: 12 }} />}
          <div>
            <Button
              type="primary"
              icon={<DownloadOutlined aria-hidden />}
              disabled={!settings.office || download.busy}
              onClick={() => void exportNow()}
            >
              导出
            </Button>
          </div>
          {download.modal}
        </Modal>
      )}
    </>
  );
}
