import { Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  AddButton,
  emptyListText,
  FilterBar,
  ListToolbar,
  ReadError,
  useUrlParams,
  FilterSelect,
  DeletedSwitch,
  SearchBox,
  listSort,
} from '../../components/list-page';
import { INTERNSHIP_SORT_FIELDS } from '../../../../shared/contract/internships';
import { INTERNSHIP_STATUS_CODES } from '../../../../shared/enums/internship-codes';
import { TownshipSelect } from '../../components/TownshipSelect';
import { ModuleReportsMenu } from '../../components/report-export';
import { useCan } from '../../components/useCan';
import { useInternshipDialogs } from './useInternshipDialogs';
import { InternTable } from './InternTable';
import { DeletedInternshipModal } from './DeletedInternshipModal';
import { STATUS_OPTIONS } from './internship-labels';
import { useRead } from '../../api';
import { EmployerSelect } from '../../components/EmployerSelect';

/**
 * 见习人员: filter bar (with 已删除), 新增见习, the paged list with 编辑, 结束见习 and 删除 (恢复 in the 已删除 view);
 * changes reload the tab badges too.
 */
export function InternListTab({ onChanged }: { onChanged: () => void }) {
  const navigate = useNavigate();
  const canCreate = useCan('internships.create');
  const canEnd = useCan('internships.end');
  const canEdit = useCan('internships.update');
  const canDelete = useCan('internships.delete');
  // Filters and page in the address (#/internships/interns?q=…&town=…&host=…&status=…&page=2): they survive a visit to a person.
  const u = useUrlParams();
  const status = u.code('status', INTERNSHIP_STATUS_CODES);
  const deleted = u.get('deleted') === '1';
  const sort = listSort(u, INTERNSHIP_SORT_FIELDS);
  const params = {
    query: u.get('q'),
    townshipId: u.get('town'),
    hostId: u.get('host'),
    status,
    deleted: deleted || undefined,
    sort: sort.sort,
    ...u.paging,
  };
  const { data, loading, error, reload } = useRead('internships.list', params);
  const changed = () => {
    reload();
    onChanged();
  };
  const dialogs = useInternshipDialogs(changed);
  const [viewing, setViewing] = useState<string | null>(null);
  const total = data?.total ?? 0;
  const filtered = !!(params.query || params.townshipId || params.hostId || params.status);

  return (
    <>
      <FilterBar label="查找见习人员" onReset={u.reset}>
        <SearchBox
          value={u.get('q') ?? ''}
          placeholder="姓名、公民身份号码（全部或后4–6位）、电话"
          onSearch={(q) => u.set({ q })}
        />
        <TownshipSelect {...u.filter('town')} style={{ width: 150 }} />
        <div style={{ width: 220 }}>
          <EmployerSelect
            basesOnly
            aria-label="见习单位"
            placeholder="见习单位"
            allowClear
            value={params.hostId}
            onChange={(v) => u.set({ host: v ?? undefined })}
          />
        </div>
        <FilterSelect
          label="状态"
          width={120}
          value={params.status}
          options={STATUS_OPTIONS}
          onChange={(v) => u.set({ status: v })}
        />
        <DeletedSwitch checked={deleted} onChange={(on) => u.set({ deleted: on ? '1' : undefined })} />
      </FilterBar>
      <ListToolbar total={total} unit="人">
        <Space wrap>
          {canCreate && (
            <AddButton primary onClick={dialogs.create}>
              新增见习
            </AddButton>
          )}
          <ModuleReportsMenu module="internships" defaults={{ townshipId: params.townshipId }} />
        </Space>
      </ListToolbar>
      <ReadError error={error} onRetry={reload} />
      <InternTable
        label="见习人员列表"
        items={data?.items ?? []}
        loading={loading}
        emptyText={
          deleted
            ? '没有已删除的见习记录'
            : emptyListText({ noun: '见习人员', filtered, firstHint: '点“新增见习”登记。' })
        }
        onView={(r) => navigate(`/persons/${r.personId}`)}
        onEnd={canEnd ? dialogs.end : undefined}
        onEdit={canEdit ? dialogs.edit : undefined}
        onDelete={canDelete ? dialogs.remove : undefined}
        onRestore={canDelete ? dialogs.restore : undefined}
        onViewDeleted={(r) => setViewing(r.id)}
        deleted={deleted}
        sort={sort}
        pagination={u.pagination(total, '人')}
      />
      {dialogs.modals}
      {viewing && <DeletedInternshipModal id={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
