import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, DatePicker, Flex, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { reportName, type ExportableReport } from '../../../../shared/contract/reports';
import { useSession } from '../../app/session';
import { useRegionList } from '../settings/useRegionList';
import { useDownloadJob } from './useDownloadJob';

export const FULL_EXPORT_WARNING = '内部资料，注意保密；此操作将被记录。';

/** 1,234 */
const count = (n: number) => n.toLocaleString('en-US');

interface Props {
  report: ExportableReport;
  /** Called after a saved export. */
  onDone?: () => void;
  defaultTownshipId?: string;
}

/**
 * One report's export: 所属期 (default this month), 乡镇(街道), 导出完整号码 (with the §9.5 warning), 导出 →
 * job with progress and 取消 → save.
 */
export function ReportExportForm({ report, onDone, defaultTownshipId }: Props) {
  const { info, settings } = useSession();
  const today = dayjs(info.today);
  const [month, setMonth] = useState<Dayjs>(today.startOf('month'));
  const [townshipId, setTownshipId] = useState<string | undefined>(defaultTownshipId);
  const [full, setFull] = useState(false);
  const { items } = useRegionList(false);
  const townships = items.filter((r) => r.level === 4);
  const download = useDownloadJob();
  const noOffice = !settings.office;

  async function exportNow() {
    const ok = await download.run(
      'reports.export',
      { report, month: month.format('YYYY-MM'), full, townshipId: townshipId ?? null },
      {
        title: `导出${reportName(report)}`,
        subject: `所属期：${month.format('YYYY年MM月')}${full ? '（完整号码）' : ''}`,
        success: (r) => `已导出 ${count(r.rows)} 行`,
      },
    );
    if (ok) onDone?.();
  }

  return (
    <Form layout="vertical" onFinish={() => void exportNow()} style={{ maxWidth: 640 }}>
      {noOffice && <Alert type="info" showIcon title="请先在“设置 → 单位信息”中填写单位名称和区划代码，报表标题和文件名要用到它们。" style={{ marginBottom: 12 }} />}
      <Flex gap={16} wrap>
        <Form.Item label="所属期" htmlFor={`${report}-month`} style={{ marginBottom: 12 }}>
          <DatePicker
            id={`${report}-month`}
            picker="month"
            format="YYYY-MM"
            allowClear={false}
            value={month}
            onChange={(v) => v && setMonth(v)}
            disabledDate={(d) => d.isAfter(today, 'month')}
          />
        </Form.Item>
        <Form.Item label="乡镇(街道)" htmlFor={`${report}-township`} style={{ marginBottom: 12, minWidth: 220 }}>
          <Select
            id={`${report}-township`}
            allowClear
            placeholder="全部乡镇(街道)"
            value={townshipId}
            onChange={(v) => setTownshipId(v ?? undefined)}
            options={townships.map((t) => ({ value: t.id, label: t.name }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item style={{ marginBottom: full ? 8 : 12 }}>
        <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)}>
          导出完整号码
        </Checkbox>
      </Form.Item>
      {full && <Alert type="warning" showIcon title={FULL_EXPORT_WARNING} style={{ marginBottom: 12 }} />}
      <Button type="primary" htmlType="submit" icon={<DownloadOutlined aria-hidden />} disabled={noOffice || download.busy}>
        导出
      </Button>
      {download.modal}
    </Form>
  );
}
