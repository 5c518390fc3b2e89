import { Alert, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ContactDetail, HistoryEnrolment } from '../../../../shared/contract/contacts';
import { employmentStatusLabel } from '../../../../shared/enums';
import {
  cancelReasonLabel,
  contactMethodLabel,
  contactResultLabel,
  SERVICE_ITEMS,
} from '../../../../shared/enums/registration-codes';
import { classStatusLabel, trainingResultLabel } from '../../../../shared/enums/training-codes';
import { useRead, useReadMany, useWrite } from '../../api';
import { useCan } from '../../components/useCan';
import { ContactEditDrawer } from './ContactEditDrawer';
import { REGISTRATION_WRITE } from '../../components/registration-write';
import { DeletedSwitch, ListTable, RowActions, RowLink } from '../../components/list-page';
import { useDialog } from '../../components/useDialog';
import { useConfirmWrite } from '../../components/useConfirmWrite';
import { formatDateTime } from '../../components/format';
import { useLockedMonths } from '../../components/useLockedMonths';

/** What the period lock calls a contact (period-locks/guard.ts). */
const CONTACT_WHAT = '联系记录';

const shortLabel = (code: string) => SERVICE_ITEMS.find((s) => s.code === code)?.short ?? code;
const NOTE = { display: 'block', fontSize: 12 } as const;

/** A row of the history: a contact, or (BR-39) a training enrolment of the person, shown read-only. */
type HistoryRow =
  | { id: string; date: string; contact: ContactDetail; enrolment?: undefined }
  | { id: string; date: string; enrolment: HistoryEnrolment; contact?: undefined };

/** Contacts and enrolments by date, newest first; on one day the contacts come first, each list in its own order. */
function historyRows(contacts: readonly ContactDetail[], enrolments: readonly HistoryEnrolment[]): HistoryRow[] {
  const rows: HistoryRow[] = [
    ...contacts.map((c) => ({ id: c.id, date: c.contactDate, contact: c })),
    ...enrolments.map((e) => ({ id: `enrolment-${e.enrolmentId}`, date: e.enrolDate, enrolment: e })),
  ];
  return rows.sort((a, b) => b.date.localeCompare(a.date));
}

/** The enrolment's class status, with the 考核结果 once recorded (结业 · 合格). */
const enrolmentStatus = (e: HistoryEnrolment) =>
  [classStatusLabel(e.classStatus), trainingResultLabel(e.result)].filter(Boolean).join(' · ');

/** The call a confirmation names: 2025-03-10 的这条联系记录（电话，联系成功）. */
const named = (c: ContactDetail) =>
  `${c.contactDate} 的这条联系记录（${contactMethodLabel(c.method)}，${contactResultLabel(c.result)}）`;

/**
 * 联系记录 of one registration, newest first; a wrong entry can be corrected or deleted (both audited), and a deleted
 * one restored: 已删除 lists the deleted ones among the others, greyed, with 恢复. The person's training
 * enrolments dated within the registration (BR-39) are listed among them, tagged 培训报名. The card of a deleted person
 * is read-only (no 修改/删除/恢复: the core refuses them), and a contact dated in a locked month says so instead.
 */
export function ContactHistory({
  registrationId,
  readOnly = false,
  onChanged,
}: {
  registrationId: string;
  readOnly?: boolean;
  onChanged: () => void;
}) {
  const removeContact = useWrite('contacts.delete', REGISTRATION_WRITE);
  const restoreContact = useWrite('contacts.restore', REGISTRATION_WRITE);
  const confirm = useConfirmWrite();
  const [includeDeleted, setIncludeDeleted] = useState(false);
  const { data, error, loading } = useRead(
    'contacts.listByRegistration',
    { registrationId, includeDeleted },
    { keepPrevious: false },
  );
  const enrolments = useRead('contacts.enrolmentsByRegistration', { registrationId }, { keepPrevious: false });
  const items = historyRows(data?.items ?? [], enrolments.data?.items ?? []);
  // BR-39: the names of the classes the contacts recommended.
  const classIds = [...new Set((data?.items ?? []).flatMap((c) => (c.trainingClassId ? [c.trainingClassId] : [])))];
  const classes = useReadMany(
    'training.classes.get',
    classIds.map((id) => ({ id })),
  ).data.flatMap((c) => (c ? [c] : []));
  const className = (id: string) => {
    const c = classes.find((x) => x.id === id);
    return c ? `${c.code} ${c.occupation}` : '';
  };
  const editing = useDialog<ContactDetail>(onChanged);
  const canEdit = useCan('contacts.update') && !readOnly;
  const lockedOn = useLockedMonths(CONTACT_WHAT);

  const remove = (c: ContactDetail) =>
    confirm({
      title: '删除联系记录',
      content: `确定删除 ${named(c)}吗？删除后不再计入联系次数和统计，可打开“已删除”恢复。`,
      okText: '删除',
      danger: true,
      write: () => removeContact.write({ id: c.id }),
      done: `已删除 ${c.contactDate} 的联系记录`,
      after: (ok) => ok && onChanged(),
    });

  const restore = (c: ContactDetail) =>
    confirm({
      title: '恢复联系记录',
      content: `确定恢复 ${named(c)}吗？恢复后重新计入联系次数和统计。`,
      okText: '恢复',
      write: () => restoreContact.write({ id: c.id }),
      done: `已恢复 ${c.contactDate} 的联系记录`,
      after: (ok) => ok && onChanged(),
    });

  const actionsColumn = {
    title: '操作',
    key: 'actions',
    width: 90,
    className: 'row-actions',
    render: (_: unknown, { contact: c }: HistoryRow) => {
      if (!c) return null;
      const locked = lockedOn(c.contactDate);
      if (locked)
        return (
          <Typography.Text type="secondary" title={locked}>
            已锁定
          </Typography.Text>
        );
      return c.deletedAt ? (
        <RowActions>
          <RowLink onClick={() => restore(c)}>恢复</RowLink>
        </RowActions>
      ) : (
        <RowActions>
          <RowLink onClick={() => editing.open(c)}>修改</RowLink>
          <RowLink danger onClick={() => remove(c)}>
            删除
          </RowLink>
        </RowActions>
      );
    },
  };

  return (
    <>
      {(error ?? enrolments.error) && (
        <Alert type="error" showIcon title={error ?? enrolments.error} style={{ marginBottom: 8 }} />
      )}
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 8 }}>
        <DeletedSwitch checked={includeDeleted} onChange={setIncludeDeleted} />
      </div>
      <ListTable<HistoryRow>
        label="联系记录"
        loading={loading || enrolments.loading}
        items={items}
        pagination={items.length > 12 ? { pageSize: 12, size: 'small' } : false}
        emptyText="尚无联系记录"
        rowClassName={({ contact: c }) => (c?.deletedAt ? 'row-deleted' : '')}
        columns={[
          {
            title: '日期',
            key: 'date',
            width: 170,
            render: (_, { date, contact: c }) =>
              c?.deletedAt ? (
                <>
                  {date} <Tag title={`${c.deletedBy ?? ''} ${formatDateTime(c.deletedAt)} 删除`}>已删除</Tag>
                </>
              ) : (
                date
              ),
          },
          {
            title: '联系方式',
            key: 'method',
            width: 90,
            render: (_, { contact: c }) => (c ? contactMethodLabel(c.method) : <Tag color="blue">培训报名</Tag>),
          },
          {
            title: '联系结果',
            key: 'result',
            width: 150,
            render: (_, { contact: c, enrolment }) => {
              if (!c) return enrolmentStatus(enrolment);
              const label = contactResultLabel(c.result);
              return (
                <>
                  {c.result === '1' ? <Tag color="green">{label}</Tag> : <Tag>{label}</Tag>}
                  {c.suggestCancel && (
                    <Tag color="volcano" style={{ whiteSpace: 'normal', marginTop: 4 }}>
                      建议注销：{cancelReasonLabel(c.suggestReason)}
                    </Tag>
                  )}
                </>
              );
            },
          },
          {
            title: '当前就业状态',
            key: 'employmentStatusFound',
            width: 120,
            render: (_, { contact: c }) =>
              c?.employmentStatusFound ? employmentStatusLabel(c.employmentStatusFound) : '',
          },
          {
            title: '本次提供服务',
            key: 'services',
            render: (_, { contact: c, enrolment: e }) =>
              c ? (
                <>
                  {`${c.services.map(shortLabel).join('、')}${c.jobsRecommended ? `（推荐岗位 ${c.jobsRecommended} 个）` : ''}`}
                  {c.trainingClassId && <span style={NOTE}>推荐培训班：{className(c.trainingClassId)}</span>}
                  {c.needs.length > 0 && (
                    <Typography.Text type="secondary" style={NOTE}>
                      服务需求：{c.needs.map(shortLabel).join('、')}
                    </Typography.Text>
                  )}
                  {c.serviceResult && (
                    <Typography.Text type="secondary" style={NOTE}>
                      服务结果：{c.serviceResult}
                    </Typography.Text>
                  )}
                </>
              ) : (
                `培训班 ${e.classCode} ${e.occupation}`
              ),
          },
          { title: '计划下次联系', key: 'next', width: 110, render: (_, { contact: c }) => c?.nextContactDate },
          { title: '联系人', key: 'staff', width: 100, render: (_, { contact: c }) => c?.staff },
          ...(canEdit ? [actionsColumn] : []),
        ]}
      />
      {editing.value && <ContactEditDrawer contact={editing.value} onClose={editing.close} onSaved={editing.done} />}
    </>
  );
}
