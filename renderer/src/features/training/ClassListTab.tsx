import { Button, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CLASS_SORT_FIELDS, type ClassSummary } from '../../../../shared/contract/training';
import { isValidDate } from '../../../../shared/domain/dates';
import { CLASS_STATUS_CODES, TRAINING_TYPE_CODES } from '../../../../shared/enums/training-codes';
import { DateInput } from '../../components/DateInput';
import { ModuleReportsMenu, type ReportDefaults } from '../../components/report-export';
import {
  emptyListText,
  FilterBar,
  PagedListTable,
  useUrlParams,
  FilterSelect,
  listSort,
} from '../../components/list-page';
import { useRead } from '../../api';
import { ClassFormDrawer } from './ClassFormDrawer';
import { STATUS_OPTIONS, TYPE_OPTIONS } from './labels';

const STATUS_COLOURS: Record<string, string> = {
  '01': 'default',
  '02': 'blue',
  '03': 'green',
  '04': 'purple',
  '05': 'gold',
  '09': 'red',
};

/** The 期间 filter's months as the reports' 统计期 (and 所属期: the last month), where a whole date is set. */
const reportPeriod = (from: string | null, to: string | null): ReportDefaults => {
  const monthOf = (date: string | null) => (date ? date.slice(0, 7) : undefined);
  return { from: monthOf(from), to: monthOf(to), month: monthOf(to) ?? monthOf(from) };
};

/** 培训班: filters (培训机构, 培训类型, 状态, 期间) in the address, the paged list, 查看 opens the class page. */
export function ClassListTab() {
  const navigate = useNavigate();
  const u = useUrlParams();
  const s = listSort(u, CLASS_SORT_FIELDS);
  const input = {
    q: u.get('q') ?? null,
    providerId: u.get('provider') ?? null,
    trainingType: u.code('type', TRAINING_TYPE_CODES) ?? null,
    status: u.code('status', CLASS_STATUS_CODES) ?? null,
    from: u.get('from') ?? null,
    to: u.get('to') ?? null,
    sort: s.sort,
    ...u.paging,
  };
  const list = useRead('training.classes.list', input);
  const providers = useRead('training.providers.list', {});
  const [creating, setCreating] = useState(false);
  const filtered = !!(input.q || input.providerId || input.trainingType || input.status || input.from || input.to);
  /** 期间起 / 期间止: kept in the address once a whole date is typed, dropped when cleared. */
  const dateFilter = (key: 'from' | 'to', label: string) => (
    <DateInput
      aria-label={label}
      placeholder={label}
      style={{ width: 130 }}
      value={input[key] ?? undefined}
      onChange={(v) => (!v || isValidDate(v)) && u.set({ [key]: v || undefined })}
    />
  );

  return (
    <>
      <FilterBar label="查找培训班" onReset={u.reset}>
        <Input.Search
          aria-label="班级编号、工种或机构"
          placeholder="班级编号、工种或机构"
          allowClear
          style={{ width: 220 }}
          defaultValue={input.q ?? ''}
          onSearch={(v) => u.set({ q: v || undefined })}
        />
        <FilterSelect
          label="培训机构"
          width={220}
          options={(providers.data?.items ?? []).map((p) => ({ value: p.employerId, label: p.name }))}
          {...u.filter('provider')}
        />
        <FilterSelect label="培训类型" width={180} options={TYPE_OPTIONS} {...u.filter('type', TRAINING_TYPE_CODES)} />
        <FilterSelect label="状态" width={120} options={STATUS_OPTIONS} {...u.filter('status', CLASS_STATUS_CODES)} />
        {dateFilter('from', '期间起')}
        {dateFilter('to', '期间止')}
      </FilterBar>
      <PagedListTable<ClassSummary>
        read={list}
        retry
        u={u}
        unit="个培训班"
        actions={
          <Space wrap>
            <Button type="primary" onClick={() => setCreating(true)}>
              新建培训班
            </Button>
            <ModuleReportsMenu module="training" defaults={reportPeriod(input.from, input.to)} />
          </Space>
        }
        label="培训班列表"
        emptyText={emptyListText({ noun: '培训班', filtered, firstHint: '在“定点培训机构”中认定机构后新建培训班。' })}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/training/classes/${r.id}`) })}
        onChange={s.onChange}
        columns={[
          { title: '班级编号', dataIndex: 'code', width: 120, ...s.column('code') },
          { title: '培训机构', dataIndex: 'providerName' },
          { title: '培训工种', dataIndex: 'occupation', width: 110 },
          { title: '培训类型', dataIndex: 'trainingTypeLabel', width: 150 },
          {
            title: '培训起止',
            width: 215,
            ...s.column('startDate'),
            render: (_, r) => `${r.startDate} 至 ${r.endDate}`,
          },
          { title: '学时', dataIndex: 'hours', width: 72, ...s.column('hours') },
          { title: '人数', width: 80, ...s.column('enrolled'), render: (_, r) => `${r.enrolled}/${r.capacity}` },
          {
            title: '状态',
            dataIndex: 'statusLabel',
            width: 100,
            render: (v: string, r) => <Tag color={STATUS_COLOURS[r.status]}>{v}</Tag>,
          },
          {
            title: '操作',
            key: 'act',
            width: 70,
            render: (_, r) => (
              <Button type="link" size="small" onClick={() => navigate(`/training/classes/${r.id}`)}>
                查看
              </Button>
            ),
          },
        ]}
      />
      {creating && (
        <ClassFormDrawer
          detail={null}
          providerId={input.providerId}
          onClose={() => setCreating(false)}
          onSaved={(c) => navigate(`/training/classes/${c.id}`)}
        />
      )}
    </>
  );
}
