import { Button } from 'antd';
import type { AuditEntry } from '../../../../../shared/contract/audit';
import { auditActionLabel, auditEntityLabel } from '../../../../../shared/contract/audit-labels';
import { useRead } from '../../../api';
import {
  dateColumn,
  DateRangeFilter,
  emptyListText,
  FilterBar,
  FilterSelect,
  PagedListTable,
  SearchBox,
  useUrlParams,
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
  const read = useRead('audit.search', { ...filter, ...u.paging }, { keepPrevious: true });
  const facets = useRead('audit.facets', {});
  const download = useDownloadJob();
  const filtered = Object.values(filter).some(Boolean);

  return (
    <>
      <FilterBar label="查找操作记录" onReset={u.reset}>
        <SearchBox
          label="记录编号"
          value={filter.entityId ?? ''}
          placeholder="记录编号"
          width={140}
          onSearch={(record) => u.set({ record })}
        />
        <FilterSelect
          label="操作员"
          width={120}
          {...u.filter('operator')}
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
          {...u.filter('action')}
          options={(facets.data?.actions ?? [])
            .filter((a) => !filter.entity || a.entity === filter.entity)
            .map((a) => ({ value: a.channel, label: auditActionLabel(a.channel, a.entity) }))}
        />
        <DateRangeFilter label="操作日期" from={filter.from} to={filter.to} onChange={(r) => u.set(r)} />
      </FilterBar>
      <PagedListTable<AuditEntry>
        read={read}
        retry
        u={u}
        unit="条记录"
        label="操作记录"
        actions={
          <Button
            disabled={download.busy || !read.data?.total}
            onClick={() =>
              void download.run('audit.export', filter, {
                title: '导出操作记录',
                success: (d) => `已导出操作记录 ${d.rows} 条`,
              })
            }
          >
            导出
          </Button>
        }
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
