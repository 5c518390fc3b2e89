import { Alert, Tag } from 'antd';
import type { ContactDetail } from '../../../../shared/contract/contacts';
import { employmentStatusLabel } from '../../../../shared/enums';
import { contactMethodLabel, contactResultLabel, SERVICE_ITEMS } from '../../../../shared/enums/registration-codes';
import { useRead, useWrite } from '../../api';
import { useCan } from '../../components/useCan';
import { ContactEditDrawer } from './ContactEditDrawer';
import { REGISTRATION_WRITE } from './writes';
import { ListTable, RowActions, RowLink } from '../../components/list-page';
import { useDialog } from '../../components/useDialog';
import { useConfirmWrite } from '../../components/useConfirmWrite';

const shortLabel = (code: string) => SERVICE_ITEMS.find((s) => s.code === code)?.short ?? code;

/** 联系记录 of one registration, newest first; a wrong entry can be corrected or deleted (both audited). */
export function ContactHistory({ registrationId, onChanged }: { registrationId: string; onChanged: () => void }) {
  const removeContact = useWrite('contacts.delete', REGISTRATION_WRITE);
  const confirm = useConfirmWrite();
  const { data, error, loading } = useRead('contacts.listByRegistration', { registrationId }, { keepPrevious: false });
  const items = data?.items ?? [];
  const editing = useDialog<ContactDetail>(onChanged);
  const canEdit = useCan('contacts.update');

  const remove = (c: ContactDetail) =>
    confirm({
      title: '删除联系记录',
      content: `确定删除 ${c.contactDate} 的这条联系记录（${contactMethodLabel(c.method)}，${contactResultLabel(c.result)}）吗？删除后不能恢复，操作记录中保留删除内容。`,
      okText: '删除',
      danger: true,
      write: () => removeContact.write({ id: c.id }),
      done: `已删除 ${c.contactDate} 的联系记录`,
      after: (ok) => ok && onChanged(),
    });

  const actionsColumn = {
    title: '操作',
    key: 'actions',
    width: 90,
    render: (_: unknown, c: ContactDetail) => (
      <RowActions>
        <RowLink onClick={() => editing.open(c)}>修改</RowLink>
        <RowLink danger onClick={() => remove(c)}>
          删除
        </RowLink>
      </RowActions>
    ),
  };

  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <ListTable<ContactDetail>
        label="联系记录"
        loading={loading}
        items={items}
        pagination={items.length > 12 ? { pageSize: 12, size: 'small' } : false}
        emptyText="尚无联系记录"
        columns={[
          { title: '联系日期', dataIndex: 'contactDate', width: 100 },
          { title: '联系方式', dataIndex: 'method', width: 90, render: (v: string) => contactMethodLabel(v) },
          {
            title: '联系结果',
            dataIndex: 'result',
            width: 150,
            render: (v: string) =>
              v === '1' ? <Tag color="green">{contactResultLabel(v)}</Tag> : <Tag>{contactResultLabel(v)}</Tag>,
          },
          {
            title: '当前就业状态',
            dataIndex: 'employmentStatusFound',
            width: 120,
            render: (v: string | null) => (v ? employmentStatusLabel(v) : ''),
          },
          {
            title: '本次提供服务',
            dataIndex: 'services',
            render: (v: string[], c) =>
              `${v.map(shortLabel).join('、')}${c.jobsRecommended ? `（推荐岗位 ${c.jobsRecommended} 个）` : ''}`,
          },
          { title: '计划下次联系', dataIndex: 'nextContactDate', width: 110 },
          { title: '联系人', dataIndex: 'staff', width: 100 },
          ...(canEdit ? [actionsColumn] : []),
        ]}
      />
      {editing.value && <ContactEditDrawer contact={editing.value} onClose={editing.close} onSaved={editing.done} />}
    </>
  );
}
