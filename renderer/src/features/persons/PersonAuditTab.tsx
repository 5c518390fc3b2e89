import { Alert, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../../shared/contract/audit';
import { useApi } from '../../api';
import { formatDateTime } from './format';

/** 操作记录: every change to this person and every full-ID view, newest first (audit.list). `version` reloads. */
export function PersonAuditTab({ personId, version }: { personId: string; version: number }) {
  const api = useApi();
  const [loaded, setLoaded] = useState<{ key: string; items: AuditEntry[]; error: string | null }>({ key: '', items: [], error: null });
  const key = `${personId}#${version}`;

  useEffect(() => {
    let live = true;
    void api.invoke('audit.list', { entity: 'person', entityId: personId, limit: 200 }).then((r) => {
      if (live) setLoaded(r.ok ? { key, items: r.data.items, error: null } : { key, items: [], error: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [api, personId, key]);

  if (loaded.error) return <Alert type="error" showIcon title={loaded.error} />;
  return (
    <Table<AuditEntry>
      aria-label="操作记录"
      size="small"
      rowKey="id"
      loading={loaded.key !== key}
      dataSource={loaded.items}
      pagination={loaded.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: '尚无记录' }}
      columns={[
        { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v, true) },
        { title: '操作员', dataIndex: 'operator', width: 140 },
        { title: '内容', dataIndex: 'summary' },
      ]}
    />
  );
}
