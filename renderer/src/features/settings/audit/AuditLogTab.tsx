import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import type { AuditEntry } from '../../../../../shared/contract/audit';
import { auditActionLabel, auditEntityLabel } from '../../../../../shared/contract/audit-labels';
import { useRead } from '../../../api';
import { DateInput } from '../../../components/DateInput';
import {
  dateColumn,
  emptyListText,
  FilterSelect,
  ListTable,
  useUrlParams,
  ReadError,
} from '../../../components/list-page';
import { formatDateTime } from '../../../components/format';
import { useDownloadJob } from '../../../components/useDownloadJob';

/**
 * 设置 → 操作记录: the whole audit log, filtered by 操作员, 操作, 记录类型 / 记录编号 and dates, paged on the server,
 * exported as .xlsx for an inspection. Entries cannot be changed or deleted (there is no channel for it).
 */
export function AuditLogTab() {
  const u = useUrlParams();
  const filter = {
    operator: u.get('operator'),
    channel: u.get('action'),
    entity: u.get('entity'),
    entityId: u.get('record'),
    from: u.get('from'),
    to: u.get('to'),
  };
  const { data, error, loading } = useRead(
    'audit.search',
    { ...filter, page: u.page, size: u.pageSize },
    { keepPrevious: true },
  );
  const facets = useRead('audit.facets', {});
  const download = useDownloadJob();
  const [record, setRecord] = useState(filter.entityId ?? '');
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const filtered = Object.values(filter).some(Boolean);

  const applyDates = () => u.set({ from: from || undefined, to: to || undefined, record: record.trim() || undefined });

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <FilterSelect
          label="操作员"
          width={120}
          value={filter.operator}
          onChange={(v) => u.set({ operator: v })}
          options={(facets.data?.operators ?? []).map((o) => ({ value: o, label: o }))}
        />
        <FilterSelect
          label="记录类型"
          width={130}
          value={filter.entity}
          onChange={(v) => u.set({ entity: v, action: undefined })}
          options={(facets.data?.entities ?? []).map((e) => ({ value: e, label: auditEntityLabel(e) }))}
        />
        <FilterSelect
          label="操作"
          width={170}
          value={filter.channel}
          onChange={(v) => u.set({ action: v })}
          options={(facets.data?.actions ?? [])
            .filter((a) => !filter.entity || a.entity === filter.entity)
            .map((a) => ({ value: a.channel, label: auditActionLabel(a.channel, a.entity) }))}
        />
        <Input
          aria-label="记录编号"
          placeholder="记录编号"
          style={{ width: 120 }}
          value={record}
          onChange={(e) => setRecord(e.target.value)}
          onPressEnter={applyDates}
        />
        <DateInput placeholder="起始日期" style={{ width: 110 }} value={from} onChange={setFrom} />
        <span>至</span>
        <DateInput placeholder="截止日期" style={{ width: 110 }} value={to} onChange={setTo} />
        <Button type="primary" onClick={applyDates}>
          查询
        </Button>
        <Button
          onClick={() => {
            setRecord('');
            setFrom('');
            setTo('');
            u.reset();
          }}
        >
          重置
        </Button>
        <Button
          disabled={download.busy || !data?.total}
          onClick={() =>
            void download.run('audit.export', filter, {
              title: '导出操作记录',
              success: (d) => `已导出操作记录 ${d.rows} 条`,
            })
          }
        >
          导出
        </Button>
      </Space>
      <ReadError error={error} gap={12} />
      <ListTable<AuditEntry>
        label="操作记录"
        loading={loading}
        items={data?.items}
        pagination={u.pagination(data?.total ?? 0, '条记录')}
        emptyText={emptyListText({ deleted: false, filtered, noun: '记录', firstHint: '' })}
        columns={[
          { ...dateColumn('时间', 'at', 180), render: (v: string) => formatDateTime(v, true) },
          { title: '操作员', dataIndex: 'operator', width: 100 },
          {
            title: '操作',
            width: 170,
            render: (_, e) => auditActionLabel(e.channel, e.entity),
          },
          { title: '内容', dataIndex: 'summary' },
        ]}
      />
      {download.modal}
    </>
  );
}
