import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { PostDetail, PostListItem } from '../../../../shared/contract/posts';
import { areaTypeLabel, postTypeLabel, type AreaTypeCode } from '../../../../shared/enums/post-codes';
import { useApi } from '../../api';
import { EntrySelect } from '../../components/EntrySelect';
import { TownshipSelect } from '../../components/TownshipSelect';
import { usePlaces } from '../../components/usePlaces';
import { useCan } from '../../components/useCan';
import { AREA_OPTIONS, POST_STATUS_OPTIONS } from './post-options';
import { formatFen } from '../../../../shared/domain/money';
import { PostFormDrawer } from './PostFormDrawer';
import { PostsNav } from '../../components/PostsNav';
import { SearchBox } from './SearchBox';
import { useUrlParams } from '../../components/list-page';
import { useRead } from '../../api';

const LINK = { padding: 0 };

/** Tags of a post's live numbers: 空岗 n in red when there is room (BR-17), 撤销 in grey. */
export function vacancyTag(vacancies: number) {
  return vacancies > 0 ? <Tag color="red">空岗 {vacancies}</Tag> : <Tag color="green">满员</Tag>;
}

/** #/posts — 岗位: search, 乡镇, 城镇/乡村, status, 只看空岗; live 在岗/空岗; 新增/编辑 in a drawer. */
export function PostListPage() {
  const canAdd = useCan('posts.create');
  const canEdit = useCan('posts.update');
  const api = useApi();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const u = useUrlParams();
  const places = usePlaces();
  const status = (u.get('status') ?? 'active') as 'active' | 'revoked' | 'all';
  const input = {
    q: u.get('q'),
    townshipId: u.get('town'),
    areaType: u.get('area') as AreaTypeCode | undefined,
    status,
    hasVacancies: u.get('vacant') === '1' || undefined,
    page: u.page,
    pageSize: u.pageSize,
  };
  const { data, loading, error, reload } = useRead('posts.list', input);
  const [editing, setEditing] = useState<{ detail: PostDetail | null } | null>(null);
  const open = (p: PostListItem) =>
    navigate(`/posts/${p.id}`, { state: { from: `/posts${u.search ? `?${u.search}` : ''}` } });

  const edit = async (p: PostListItem) => {
    const r = await api.invoke('posts.get', { id: p.id });
    if (r.ok) setEditing({ detail: r.data });
    else message.error(r.error.message);
  };

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 8 }}>
        公益性岗位
      </Typography.Title>
      <PostsNav />
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }} role="search" aria-label="查找岗位">
        <SearchBox value={u.get('q') ?? ''} placeholder="岗位编号、岗位名称或用人单位" onSearch={(q) => u.set({ q })} />
        <TownshipSelect value={u.get('town')} onChange={(town) => u.set({ town })} style={{ width: 150 }} />
        <EntrySelect
          aria-label="城镇/乡村"
          placeholder="城镇/乡村"
          allowClear
          style={{ width: 110 }}
          value={u.get('area')}
          options={AREA_OPTIONS}
          onChange={(v: string | undefined) => u.set({ area: v })}
        />
        <EntrySelect
          aria-label="岗位状态"
          placeholder="岗位状态"
          style={{ width: 100 }}
          value={status}
          options={POST_STATUS_OPTIONS}
          onChange={(v: string | undefined) => u.set({ status: v === 'active' ? undefined : v })}
        />
        <Checkbox
          checked={u.get('vacant') === '1'}
          onChange={(e) => u.set({ vacant: e.target.checked ? '1' : undefined })}
        >
          只看有空岗
        </Checkbox>
        <Button onClick={u.reset}>重置</Button>
      </Flex>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        {canAdd ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ detail: null })}>
            新增岗位
          </Button>
        ) : (
          <span />
        )}
        <Typography.Text type="secondary" role="status">
          共 {data?.total ?? 0} 个岗位
        </Typography.Text>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Table<PostListItem>
        aria-label="岗位列表"
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={u.pagination(data?.total ?? 0, '个岗位')}
        scroll={{ x: 1090 }}
        locale={{ emptyText: '没有符合条件的岗位。点“新增岗位”登记，或点“重置”清除条件。' }}
        columns={[
          { title: '岗位编号', dataIndex: 'postCode', width: 110 },
          { title: '岗位名称', dataIndex: 'title', width: 110 },
          { title: '用人单位', dataIndex: 'employerName', width: 180 },
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
            render: (_, p) =>
              p.workRegionName === p.townshipName ? p.townshipName : `${p.townshipName} ${p.workRegionName}`,
          },
          { title: '核定', dataIndex: 'approvedCount', width: 52, align: 'right' },
          { title: '在岗', dataIndex: 'onPost', width: 52, align: 'right' },
          {
            title: '空岗',
            dataIndex: 'vacancies',
            width: 76,
            render: (v: number, p) => (p.status === 'revoked' ? <Tag>撤销</Tag> : vacancyTag(v)),
          },
          {
            title: '补贴标准(元/月)',
            dataIndex: 'monthlyStandardFen',
            width: 100,
            align: 'right',
            render: (v: number) => formatFen(v),
          },
          { title: '有效期至', dataIndex: 'validUntil', width: 90, render: (v: string | null) => v ?? '长期' },
          {
            title: '操作',
            key: 'actions',
            width: 90,
            fixed: 'right',
            render: (_, p) => (
              <Space size={8}>
                <Button type="link" size="small" style={LINK} onClick={() => open(p)}>
                  查看
                </Button>
                {canEdit && (
                  <Button type="link" size="small" style={LINK} onClick={() => void edit(p)}>
                    编辑
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <PostFormDrawer
          detail={editing.detail}
          places={places}
          onClose={() => setEditing(null)}
          onSaved={(post) => {
            setEditing(null);
            if (editing.detail) reload();
            else navigate(`/posts/${post.id}`);
          }}
        />
      )}
    </>
  );
}
