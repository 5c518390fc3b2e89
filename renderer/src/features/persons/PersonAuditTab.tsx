import { Alert } from 'antd';
import { useEffect, useRef } from 'react';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { auditActionLabel } from '../../../../shared/contract/audit-labels';
import { useRead } from '../../api';
import { formatDateTime } from '../../components/format';
import { ListTable } from '../../components/list-page';

/**
 * 操作记录: every change to this person and every full-ID view, and the entries of their registrations, contacts,
 * placements, internships and recognitions, newest first (audit.list by personId). `version` reloads.
 */
export function PersonAuditTab({ personId, version }: { personId: string; version: number }) {
  const { data, error, loading, reload } = useRead('audit.list', { personId, limit: 200 }, { keepPrevious: false });
  const items = data?.items ?? [];
  // A new version (the page saw a change): read again.
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);

  if (error) return <Alert type="error" showIcon title={error} />;
  return (
    <ListTable<AuditEntry>
      label="操作记录"
      loading={loading}
      items={items}
      pageAbove={50}
      emptyText="尚无记录"
      columns={[
        { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v, true) },
        { title: '操作员', dataIndex: 'operator', width: 120 },
        { title: '操作', width: 150, render: (_, e) => auditActionLabel(e.channel, e.entity) },
        { title: '内容', dataIndex: 'summary' },
      ]}
    />
  );
}
