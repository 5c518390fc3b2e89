import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useDeleteRestore } from '../../components/list-page';
import { lastListSearch } from './list-params';
import { PersonAuditTab } from './PersonAuditTab';
import { PersonFacts } from './PersonFacts';
import { PersonFormDrawer } from './PersonFormDrawer';
import { PersonHeader } from './PersonHeader';
import { usePerson } from './usePerson';
import type { PersonModuleTab } from '../../components/person-tab';
import { useCan } from '../../components/useCan';
import { usePlaces } from '../../components/usePlaces';
import { useDialog } from '../../components/useDialog';

interface Props {
  /** The modules' tabs (app/person-tabs.tsx): the person page does not import the modules above it. */
  tabs: readonly PersonModuleTab[];
}

/** #/persons/:id — everything about one person: key facts on top, then a tab per module. */
export function PersonPage({ tabs }: Props) {
  const { id = '' } = useParams();
  return <PersonRecord key={id} id={id} tabs={tabs} />;
}

function PersonRecord({ id, tabs }: Props & { id: string }) {
  const navigate = useNavigate();
  const { person, error, loading, reload } = usePerson(id);
  const places = usePlaces();
  // ?tab=recognitions opens a module's tab (links from the work lists).
  const [params] = useSearchParams();
  const [auditVersion, setAuditVersion] = useState(0);
  const canEdit = useCan('persons.update');
  const canDelete = useCan('persons.delete');
  const deletion = useDeleteRestore({
    noun: '人员',
    deleteChannel: 'persons.delete',
    restoreChannel: 'persons.restore',
    write: { invalidates: ['audit'] },
    onDone: () => setAuditVersion((v) => v + 1),
  });

  const back = () => navigate(`/persons${lastListSearch()}`);
  const refresh = () => {
    reload();
    setAuditVersion((v) => v + 1);
  };
  const editing = useDialog<true>(refresh);
  const backButton = (
    <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={back}>
      返回列表
    </Button>
  );

  if (!person) {
    if (error)
      return (
        <Result
          status={error.code === 'NOT_FOUND' ? '404' : 'error'}
          title="未能打开该人员"
          subTitle={error.message}
          extra={backButton}
        />
      );
    return <Spin spinning={loading} description="正在读取…" style={{ display: 'block', marginTop: 80 }} />;
  }

  const remove = () => deletion.remove(person);
  const restore = () => deletion.restore(person);

  const deleted = !!person.deletedAt;
  // 编辑 sits with the header's actions, not in the tab bar: a tab list may hold only tabs (a screen reader
  // announces "选项卡列表" and then meets a button).
  const actions = (
    <>
      {backButton}
      {!deleted && canEdit && (
        <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => editing.open(true)}>
          编辑
        </Button>
      )}
      {canDelete &&
        (deleted ? (
          <Button onClick={restore}>恢复</Button>
        ) : (
          <Button danger onClick={remove}>
            删除
          </Button>
        ))}
    </>
  );

  const tab = { personId: id, person, onChanged: refresh };

  return (
    <>
      <PersonHeader person={person} actions={actions} />
      {deleted && <Alert type="warning" showIcon title="该人员已删除。恢复后才能修改。" style={{ marginBottom: 8 }} />}
      <Tabs
        destroyOnHidden
        defaultActiveKey={params.get('tab') ?? 'basic'}
        items={[
          { key: 'basic', label: '基本信息', children: <PersonFacts person={person} /> },
          ...tabs.map(({ key, label, Tab }) => ({ key, label, children: <Tab {...tab} /> })),
          { key: 'audit', label: '操作记录', children: <PersonAuditTab personId={id} version={auditVersion} /> },
        ]}
      />
      {editing.value && (
        <PersonFormDrawer
          personId={id}
          detail={person}
          places={places}
          onClose={editing.close}
          onSaved={editing.done}
        />
      )}
    </>
  );
}
