import { Tag } from 'antd';
import { EMPLOYER_SORT_FIELDS, type EmployerListItem } from '../../../../shared/contract/employers';
import { EMPLOYER_NATURE_CODES, employerNatureLabel } from '../../../../shared/enums/post-codes';
import { useRead } from '../../api';
import { TownshipSelect } from '../../components/TownshipSelect';
import { usePlaces } from '../../components/usePlaces';
import { useCan } from '../../components/useCan';
import { placeName } from '../../components/format';
import { EmployerFormDrawer } from './EmployerFormDrawer';
import { NATURE_OPTIONS } from './post-options';
import { PostsNav } from '../../components/PostsNav';
import {
  AddButton,
  DeletedSwitch,
  FilterBar,
  PagedListTable,
  RowActions,
  RowLink,
  SearchBox,
  useDeleteRestore,
  useEditRecord,
  useUrlParams,
  FilterSelect,
  listSort,
  numberColumn,
} from '../../components/list-page';
import { EMPLOYER_WRITE } from '../../components/employer-write';

/** #/posts/employers — 用人单位: search, 乡镇, 单位性质, 已删除; 新增/编辑 in a drawer; 删除 and 恢复. */
export function EmployerListPage() {
  const canAdd = useCan('employers.create');
  const canEdit = useCan('employers.update');
  const canDelete = useCan('employers.delete');
  const { remove, restore } = useDeleteRestore({
    noun: '用人单位',
    deleteChannel: 'employers.delete',
    restoreChannel: 'employers.restore',
    write: EMPLOYER_WRITE,
  });
  const u = useUrlParams();
  const places = usePlaces();
  const deleted = u.get('deleted') === '1';
  const s = listSort(u, EMPLOYER_SORT_FIELDS);
  const input = {
    q: u.get('q'),
    townshipId: u.get('town'),
    nature: u.code('nature', EMPLOYER_NATURE_CODES),
    deleted: deleted || undefined,
    sort: s.sort,
    ...u.paging,
  };
  const list = useRead('employers.list', input);
  const { editing, create, edit, close } = useEditRecord('employers.get');

  return (
    <>
      <PostsNav titled />
      <FilterBar label="查找用人单位" onReset={u.reset}>
        <SearchBox value={u.get('q') ?? ''} placeholder="单位名称或统一社会信用代码" onSearch={(q) => u.set({ q })} />
        <TownshipSelect {...u.filter('town')} style={{ width: 160 }} />
        <FilterSelect
          label="单位性质"
          width={150}
          options={NATURE_OPTIONS}
          {...u.filter('nature', EMPLOYER_NATURE_CODES)}
        />
        <DeletedSwitch checked={deleted} onChange={(on) => u.set({ deleted: on ? '1' : undefined })} />
      </FilterBar>
      <PagedListTable<EmployerListItem>
        read={list}
        u={u}
        unit="个单位"
        actions={
          canAdd && (
            <AddButton primary onClick={create}>
              新增单位
            </AddButton>
          )
        }
        label="用人单位列表"
        emptyText={deleted ? '没有已删除的单位' : '还没有用人单位。点“新增单位”登记第一个。'}
        onChange={s.onChange}
        columns={[
          { title: '单位名称', dataIndex: 'name', ...s.column('name') },
          {
            title: '统一社会信用代码',
            dataIndex: 'uscc',
            width: 190,
            ...s.column('uscc'),
            render: (v: string | null) => v ?? '—',
          },
          { title: '单位性质', dataIndex: 'nature', width: 110, render: (v: string) => employerNatureLabel(v) },
          {
            title: '所在地',
            key: 'place',
            width: 200,
            render: (_, e) => placeName(e.townshipName, e.regionName),
          },
          { ...numberColumn('有效岗位', 'activePostCount', 96), ...s.column('activePostCount') },
          {
            title: '见习基地',
            dataIndex: 'isInternshipBase',
            width: 80,
            render: (v: boolean) => (v ? <Tag color="cyan">见习基地</Tag> : ''),
          },
          {
            title: '操作',
            key: 'actions',
            width: 100,
            render: (_, e) =>
              deleted ? (
                canDelete && <RowLink onClick={() => restore(e)}>恢复</RowLink>
              ) : (
                <RowActions>
                  {canEdit && <RowLink onClick={() => edit(e)}>编辑</RowLink>}
                  {canDelete && (
                    <RowLink danger onClick={() => remove(e)}>
                      删除
                    </RowLink>
                  )}
                </RowActions>
              ),
          },
        ]}
      />
      {editing && (
        <EmployerFormDrawer
          detail={editing.detail}
          places={places}
          onClose={close}
          onSaved={() => {
            close();
            list.reload();
          }}
        />
      )}
    </>
  );
}
