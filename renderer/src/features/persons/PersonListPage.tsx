import { Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ComponentType } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { PersonListItem } from '../../../../shared/contract/persons';
import { useRead } from '../../api';
import { AddButton, emptyListText, ListToolbar, ReadError, useDeleteRestore } from '../../components/list-page';
import {
  DEFAULT_PARAMS,
  isFiltered,
  lastListSearch,
  parseListParams,
  rememberListSearch,
  toListInput,
  toSearchParams,
  type ListParams,
} from './list-params';
import { PersonFilterBar } from './PersonFilterBar';
import { PersonFormDrawer } from './PersonFormDrawer';
import { PersonTable } from './PersonTable';
import type { PersonToolbarProps } from '../../components/person-toolbar';
import { useCan } from '../../components/useCan';
import { useFocusLater } from '../../components/useFocusLater';
import { usePlaces } from '../../components/usePlaces';
import { PlacesWarning } from '../../components/PlacesWarning';

/** round counts the 新增 forms opened in a row (保存并新增 opens a fresh one). */
type Editing = { kind: 'create'; round: number } | { kind: 'edit'; id: string } | null;

interface PersonListPageProps {
  /** Extra toolbar buttons (导入/导出, app/PersonToolbar.tsx): the persons feature does not import those modules. */
  Toolbar?: ComponentType<PersonToolbarProps>;
}

/**
 * 人员信息: filter bar, toolbar, the paged table; 新增/编辑 in a drawer. Filters, sort and page live in the URL;
 * arriving without any (the navigation's 人员信息, 返回列表) shows the list as the clerk last left it.
 */
export function PersonListPage(props: PersonListPageProps) {
  const { search } = useLocation();
  const remembered = lastListSearch();
  if (!search && remembered) return <Navigate to={{ pathname: '/persons', search: remembered }} replace />;
  return <PersonListView {...props} />;
}

function PersonListView({ Toolbar }: PersonListPageProps) {
  const { remove, restore } = useDeleteRestore({
    noun: '人员',
    deleteChannel: 'persons.delete',
    restoreChannel: 'persons.restore',
    write: { invalidates: ['audit'] },
  });
  const navigate = useNavigate();
  const { search } = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseListParams(searchParams), [searchParams]);
  // 点击获取精确数: the exact total of these filters (an estimate is shown after writes on a large county).
  const [exactFor, setExactFor] = useState<string | null>(null);
  const filterKey = useMemo(() => JSON.stringify({ ...toListInput(params), page: undefined }), [params]);
  const input = useMemo(
    () => ({ ...toListInput(params), ...(exactFor === filterKey ? { exactTotal: true } : {}) }),
    [params, exactFor, filterKey],
  );
  const { data, loading, error, reload } = useRead('persons.list', input);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const places = usePlaces();
  const [editing, setEditing] = useState<Editing>(null);
  const { ref: addRef, focusLater: focusAdd } = useFocusLater<HTMLButtonElement>();
  const canAdd = useCan('persons.create');
  const canEdit = useCan('persons.update');
  const canDelete = useCan('persons.delete');

  useEffect(() => rememberListSearch(search), [search]);

  /** Writes the list's address (replacing the entry: filters are not steps of history) and remembers it. */
  const write = useCallback(
    (next: (prev: URLSearchParams) => ListParams) =>
      setSearchParams(
        (prev) => {
          const sp = toSearchParams(next(prev));
          rememberListSearch(sp.toString() ? `?${sp}` : '');
          return sp;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  const apply = (p: ListParams) => write(() => p);
  const change = useCallback(
    (patch: Partial<ListParams>) => write((prev) => ({ ...parseListParams(prev), ...patch, page: 1 })),
    [write],
  );
  const reset = () => apply(DEFAULT_PARAMS);

  const view = (p: PersonListItem) => navigate(`/persons/${p.id}`);

  const emptyText = emptyListText({
    noun: '人员',
    deleted: params.deleted,
    filtered: isFiltered(params),
    firstHint: canAdd ? '点“新增”登记第一位。' : '',
  });

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 12 }}>
        人员信息
        {params.deleted && (
          <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 8 }}>
            已删除的人员
          </Typography.Text>
        )}
      </Typography.Title>
      <PersonFilterBar params={params} places={places} onChange={change} onReset={reset} />
      <ListToolbar total={total} unit="人" estimated={data?.estimated} onExact={() => setExactFor(filterKey)}>
        <Space wrap>
          {canAdd && (
            <AddButton ref={addRef} primary onClick={() => setEditing({ kind: 'create', round: 0 })}>
              新增
            </AddButton>
          )}
          {Toolbar && <Toolbar filters={{ ...input, page: undefined, exactTotal: undefined }} onChanged={reload} />}
        </Space>
      </ListToolbar>
      <ReadError error={error} onRetry={reload} />
      <PlacesWarning places={places} gap={8} />
      <PersonTable
        items={items}
        total={total}
        loading={loading}
        params={params}
        emptyText={emptyText}
        onPageChange={(page, pageSize) => apply({ ...params, page: pageSize === params.pageSize ? page : 1, pageSize })}
        onSortChange={(sort) => apply({ ...params, sort, page: 1 })}
        onView={view}
        onEdit={canEdit ? (p) => setEditing({ kind: 'edit', id: p.id }) : undefined}
        onDelete={canDelete ? remove : undefined}
        onRestore={canDelete ? restore : undefined}
      />
      {editing && (
        <PersonFormDrawer
          key={editing.kind === 'create' ? `new-${editing.round}` : editing.id}
          personId={editing.kind === 'edit' ? editing.id : undefined}
          places={places}
          onClose={() => setEditing(null)}
          onSaved={(_person, again) => {
            reload();
            // 保存并新增: a fresh form for the next person; otherwise the focus goes back to 新增 (the next step).
            if (again) setEditing({ kind: 'create', round: (editing.kind === 'create' ? editing.round : 0) + 1 });
            else {
              setEditing(null);
              focusAdd();
            }
          }}
        />
      )}
    </>
  );
}
