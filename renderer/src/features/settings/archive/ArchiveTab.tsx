import { Alert, App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ExpiredPerson } from '../../../../../shared/contract/archive';
import { useInvalidate, useRead } from '../../../api';
import { useDownloadJob } from '../../../components/useDownloadJob';
import { useProgressJob } from '../../../components/useProgressJob';
import { PurgeModal } from './PurgeModal';
import { ListTable } from '../../../components/list-page';
import { formatCount } from '../../../components/format';

/**
 * 设置 → 档案到期 (administrator): the persons whose case is closed and whose last activity is older than the
 * retention period (规则设置 → 已办结人员档案保存), their archive workbook, and the purge after a backup.
 */
export function ArchiveTab() {
  const { message } = App.useApp();
  const { data, error, loading } = useRead('archive.list', {});
  const download = useDownloadJob();
  const purge = useProgressJob();
  const invalidate = useInvalidate();
  const [confirming, setConfirming] = useState(false);
  const total = data?.total ?? 0;

  const runPurge = async () => {
    setConfirming(false);
    const r = await purge.run('archive.purge', { count: total, confirm: '确认删除' }, { title: '清理到期档案' });
    await invalidate(['archive', 'persons', 'home']);
    if (r) message.success(`已删除 ${r.persons} 人的到期档案，删除前的备份：${r.backup}`);
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        已办结（无未注销的失业登记、无在岗安置和在见习、无有效或待审的认定）且最后一次业务超过保存期限的人员。列入补贴发放花名册的人员按会计档案规定保存，不在此列。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph>
          保存期限 {data.years} 年：最后一次业务在 {data.cutoff} 之前的到期档案共 {formatCount(total)} 人
          {total > data.persons.length ? `（下表列出最早的 ${data.persons.length} 人）` : ''}。
        </Typography.Paragraph>
      )}
      <Space style={{ marginBottom: 12 }}>
        <Button
          disabled={total === 0 || download.busy}
          onClick={() =>
            void download.run(
              'archive.export',
              {},
              {
                title: '导出到期档案',
                success: (d) => `已导出 ${d.persons} 人的到期档案`,
              },
            )
          }
        >
          导出到期档案
        </Button>
        <Button danger disabled={total === 0 || purge.busy} onClick={() => setConfirming(true)}>
          删除到期档案
        </Button>
      </Space>
      <ListTable<ExpiredPerson>
        label="到期档案"
        loading={loading}
        items={data?.persons}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        emptyText="没有超过保存期限的档案"
        columns={[
          { title: '姓名', dataIndex: 'name' },
          { title: '公民身份号码', dataIndex: 'idNumberMasked' },
          { title: '乡镇(街道)', dataIndex: 'township', render: (v: string | null) => v ?? '' },
          { title: '最后一次业务', dataIndex: 'lastActivity' },
        ]}
      />
      {confirming && data && (
        <PurgeModal
          count={total}
          years={data.years}
          onConfirm={() => void runPurge()}
          onClose={() => setConfirming(false)}
        />
      )}
      {download.modal}
      {purge.modal}
    </>
  );
}
