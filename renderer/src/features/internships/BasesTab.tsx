import { App, Checkbox, Input, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { EmployerListItem } from '../../../../shared/contract/employers';
import { employerNatureLabel } from '../../../../shared/enums/post-codes';
import { daysBetween } from '../../../../shared/domain/working-days';
import { useSession } from '../../components/session';
import { useCan } from '../../components/useCan';
import { useBaseMark } from './useInternshipDialogs';
import { useDialog } from '../../components/useDialog';
import { EmployerCreateModal } from './EmployerCreateModal';
import { useFetch, useRead } from '../../api';
import {
  AddButton,
  DEFAULT_PAGE_SIZE,
  FilterBar,
  ListToolbar,
  ReadListTable,
  RowLink,
  serverPagination,
  type Paging,
} from '../../components/list-page';
/** As the core's 到期提醒 (BASE_EXPIRY_DAYS). */
const EXPIRY_WARN_DAYS = 60;

/** 见习基地: the county's employers with their base status and dates; 认定为见习基地 / 修改 per row. */
export function BasesTab({ onChanged }: { onChanged: () => void }) {
  const canWrite = useCan('employers.update');
  const { today } = useSession().info;
  const [q, setQ] = useState('');
  const [onlyBases, setOnlyBases] = useState(false);
  const [page, setPage] = useState<Paging>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const list = useRead('employers.list', {
    q: q || undefined,
    isInternshipBase: onlyBases || undefined,
    ...page,
  });
  const fetchRead = useFetch();
  const { message } = App.useApp();
  const changed = () => {
    list.reload();
    onChanged();
  };
  const base = useBaseMark(changed);
  const creating = useDialog<true>(changed);

  /** The whole record, as employers.update needs it, read when the clerk asks to change it. */
  const mark = async (id: string) => {
    const r = await fetchRead('employers.get', { id });
    if (r.ok) base.mark(r.data);
    else void message.error(r.error.message);
  };

  const validity = (until: string | null) => {
    if (!until) return null;
    const left = daysBetween(today, until);
    if (left < 0) return <Tag color="red">已过期</Tag>;
    if (left <= EXPIRY_WARN_DAYS) return <Tag color="orange">{left} 天后到期</Tag>;
    return null;
  };

  const columns: ColumnsType<EmployerListItem> = [
    { title: '单位名称', dataIndex: 'name', width: 240 },
    { title: '单位性质', dataIndex: 'nature', width: 100, render: (v: string) => employerNatureLabel(v) },
    {
      title: '所在地',
      dataIndex: 'townshipName',
      width: 150,
      render: (v: string, e) => (e.regionName && e.regionName !== v ? `${v} ${e.regionName}` : v),
    },
    {
      title: '见习基地',
      dataIndex: 'isInternshipBase',
      width: 90,
      render: (v: boolean) => (v ? <Tag color="green">是</Tag> : <Tag>否</Tag>),
    },
    { title: '认定日期', dataIndex: 'baseRecognisedDate', width: 110 },
    {
      title: '有效期至',
      key: 'until',
      width: 190,
      render: (_, e) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {e.baseValidUntil ?? ''} {validity(e.baseValidUntil)}
        </span>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 130,
      render: (_, e) =>
        canWrite && <RowLink onClick={() => void mark(e.id)}>{e.isInternshipBase ? '修改' : '认定为见习基地'}</RowLink>,
    },
  ];

  const total = list.data?.total ?? 0;
  return (
    <>
      <FilterBar label="查找单位">
        <Input.Search
          aria-label="搜索单位"
          placeholder="单位名称、统一社会信用代码"
          allowClear
          style={{ width: 320 }}
          onSearch={(v) => {
            setQ(v.trim());
            setPage((p) => ({ ...p, page: 1 }));
          }}
        />
        <Checkbox
          checked={onlyBases}
          onChange={(e) => {
            setOnlyBases(e.target.checked);
            setPage((p) => ({ ...p, page: 1 }));
          }}
        >
          只看见习基地
        </Checkbox>
      </FilterBar>
      <ListToolbar total={total} unit="个单位">
        {canWrite && <AddButton onClick={() => creating.open(true)}>新增单位</AddButton>}
      </ListToolbar>
      <ReadListTable<EmployerListItem>
        read={list}
        label="单位列表"
        columns={columns}
        scroll={{ x: 'max-content' }}
        emptyText={
          <Typography.Text type="secondary">
            {q || onlyBases ? '没有符合条件的单位' : '还没有单位。点“新增单位”登记见习基地。'}
          </Typography.Text>
        }
        pagination={serverPagination(page, total, '个单位', setPage)}
      />
      {base.modal}
      {creating.value && <EmployerCreateModal onClose={creating.close} onSaved={creating.done} />}
    </>
  );
}
