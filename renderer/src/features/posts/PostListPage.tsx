import { Checkbox, Space, Tag } from 'antd';
import { useNavigate } from 'react-router';
import { POST_SORT_FIELDS, type PostListItem } from '../../../../shared/contract/posts';
import { AREA_TYPE_CODES, areaTypeLabel, POST_STATUS_CODES, postTypeLabel } from '../../../../shared/enums/post-codes';
import { TownshipSelect } from '../../components/TownshipSelect';
import { usePlaces } from '../../components/usePlaces';
import { useCan } from '../../components/useCan';
import { placeName } from '../../components/format';
import { AREA_OPTIONS, POST_STATUS_OPTIONS } from './post-options';
import { PostFormDrawer } from './PostFormDrawer';
import { PostsNav } from '../../components/PostsNav';
import { ModuleReportsMenu } from '../../components/report-export';
import {
  AddButton,
  FilterBar,
  PagedListTable,
  RowActions,
  RowLink,
  SearchBox,
  useEditRecord,
  useUrlParams,
  FilterSelect,
  listSort,
  moneyColumn,
  numberColumn,
} from '../../components/list-page';
import { useRead } from '../../api';

/** Tags of a post's live numbers: 空岗 n in red when there is room (BR-17), 撤销 in grey. */
export function vacancyTag(vacancies: number) {
  return vacancies > 0 ? <Tag color="red">空岗 {vacancies}</Tag> : <Tag color="green">满员</Tag>;
}

/** #/posts — 岗位: search, 乡镇, 城镇/乡村, status, 只看空岗; live 在岗/空岗; 新增/编辑 in a drawer. */
export function PostListPage() {
  const canAdd = useCan('posts.create');
  const canEdit = useCan('posts.update');
  const navigate = useNavigate();
  const u = useUrlParams();
  const places = usePlaces();
  const status = u.code('status', [...POST_STATUS_CODES, 'all'] as const) ?? 'active';
  const s = listSort(u, POST_SORT_FIELDS);
  const input = {
    q: u.get('q'),
    townshipId: u.get('town'),
    areaType: u.code('area', AREA_TYPE_CODES),
    status,
    hasVacancies: u.get('vacant') === '1' || undefined,
    sort: s.sort,
    ...u.paging,
  };
  const list = useRead('posts.list', input);
  const { editing, create, edit, close } = useEditRecord('posts.get');
  const open = (p: PostListItem) =>
    navigate(`/posts/${p.id}`, { state: { from: `/posts${u.search ? `?${u.search}` : ''}` } });

  return (
    <>
      <PostsNav titled />
      <FilterBar label="查找岗位" onReset={u.reset}>
        <SearchBox value={u.get('q') ?? ''} placeholder="岗位编号、岗位名称或用人单位" onSearch={(q) => u.set({ q })} />
        <TownshipSelect {...u.filter('town')} style={{ width: 150 }} />
        <FilterSelect label="城镇/乡村" width={110} options={AREA_OPTIONS} {...u.filter('area', AREA_TYPE_CODES)} />
        <FilterSelect
          label="岗位状态"
          width={100}
          clearable={false}
          value={status}
          options={POST_STATUS_OPTIONS}
          onChange={(v) => u.set({ status: v === 'active' ? undefined : v })}
        />
        <Checkbox
          checked={u.get('vacant') === '1'}
          onChange={(e) => u.set({ vacant: e.target.checked ? '1' : undefined })}
        >
          只看有空岗
        </Checkbox>
      </FilterBar>
      <PagedListTable<PostListItem>
        read={list}
        u={u}
        unit="个岗位"
        actions={
          <Space wrap>
            {canAdd && (
              <AddButton primary onClick={create}>
                新增岗位
              </AddButton>
            )}
            <ModuleReportsMenu module="posts" defaults={{ townshipId: input.townshipId }} />
          </Space>
        }
        label="岗位列表"
        scroll={{ x: 1090 }}
        emptyText="没有符合条件的岗位。点“新增岗位”登记，或点“重置”清除条件。"
        onChange={s.onChange}
        columns={[
          { title: '岗位编号', dataIndex: 'postCode', width: 110, ...s.column('postCode') },
          { title: '岗位名称', dataIndex: 'title', width: 110 },
          { title: '用人单位', dataIndex: 'employerName', width: 180, ...s.column('employerName') },
          {
            title: '岗位类别',
            dataIndex: 'postType',
            width: 120,
            render: (v: string, p) => `${areaTypeLabel(p.areaType)}·${postTypeLabel(v)}`,
          },
          {
            title: '工作地点',
            key: 'place',
            width: 110,
            render: (_, p) => placeName(p.townshipName, p.workRegionName),
          },
          numberColumn('核定', 'approvedCount', 52),
          numberColumn('在岗', 'onPost', 52),
          {
            title: '空岗',
            dataIndex: 'vacancies',
            width: 76,
            ...s.column('vacancies'),
            render: (v: number, p) => (p.status === 'revoked' ? <Tag>撤销</Tag> : vacancyTag(v)),
          },
          { ...moneyColumn('补贴标准(元/月)', 'monthlyStandardFen', 100), ...s.column('monthlyStandard') },
          {
            title: '有效期至',
            dataIndex: 'validUntil',
            width: 90,
            ...s.column('validUntil'),
            render: (v: string | null) => v ?? '长期',
          },
          {
            title: '操作',
            key: 'actions',
            width: 90,
            fixed: 'right',
            render: (_, p) => (
              <RowActions>
                <RowLink onClick={() => open(p)}>查看</RowLink>
                {canEdit && <RowLink onClick={() => edit(p)}>编辑</RowLink>}
              </RowActions>
            ),
          },
        ]}
      />
      {editing && (
        <PostFormDrawer
          detail={editing.detail}
          places={places}
          onClose={close}
          onSaved={(post) => {
            close();
            if (editing.detail) list.reload();
            else navigate(`/posts/${post.id}`);
          }}
        />
      )}
    </>
  );
}
