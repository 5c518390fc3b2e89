import { Button, Empty, Flex, Spin, Typography, type TableColumnsType } from 'antd';
import { useCallback, useRef, useState } from 'react';
import {
  registrationDeleteInput,
  type DeletedRegistration,
  type RegistrationDetail,
} from '../../../../shared/contract/registrations';
import { serviceLevelLabel } from '../../../../shared/enums/registration-codes';
import { maskPhoneOrNull } from '../../../../shared/domain/masking';
import { useRead } from '../../api';
import type { PersonTabProps } from '../../components/person-tab';
import { CancelRegistrationModal } from './CancelRegistrationModal';
import { ContactEntryDrawer } from './ContactEntryDrawer';
import { targetOfRegistration } from './contact-values';
import { useCan } from '../../components/useCan';
import { RegistrationCard } from './RegistrationCard';
import { RegistrationDrawer } from './RegistrationDrawer';
import { ServiceLevelModal } from './ServiceLevelModal';
import { AddButton, dateColumn, DeletedRecordsTable, DeletedSwitch, ReadError } from '../../components/list-page';
import { ReasonDeleteModal } from '../../components/ReasonDeleteModal';
import { REGISTRATION_WRITE } from '../../components/registration-write';
import { useDialog } from '../../components/useDialog';

type Open =
  | { kind: 'create' }
  | { kind: 'edit' | 'level' | 'contact' | 'delete'; r: RegistrationDetail }
  | { kind: 'cancel'; r: RegistrationDetail; reason?: string };

/** How 删除 and 恢复 name a registration. */
const registrationName = (personName: string, regDate: string) => `${personName} ${regDate} 的失业登记`;

const DELETED_COLUMNS: TableColumnsType<DeletedRegistration> = [
  dateColumn('登记日期', 'regDate'),
  { title: '登记地', dataIndex: 'regPlaceName', ellipsis: true },
  { title: '服务等级', dataIndex: 'serviceLevel', width: 90, render: (l: string) => serviceLevelLabel(l) },
  { title: '联系责任人', dataIndex: 'responsibleStaff', width: 110 },
];

/**
 * The person page's 失业登记与联系 tab: registrations (newest first) with their contacts and level changes; 删除 of one
 * entered on the wrong person (with a reason), and 已删除 lists the deleted ones with 恢复.
 */
export function PersonRegistrationsTab({ personId, person, onChanged }: PersonTabProps) {
  const { data, error, reload } = useRead('registrations.listByPerson', { personId }, { keepPrevious: false });
  const items = data?.items ?? null;
  const changed = () => {
    reload();
    onChanged();
  };
  const dialog = useDialog<Open>(changed);
  const open = dialog.value;
  // After 新增失业登记 saves, its button is gone (one active registration): the focus goes to the next step, the
  // 记录联系 that takes its place once the list is read again (audit6 gap 8), not to the page body.
  const created = useRef(false);
  const focusAfterCreate = useCallback((el: HTMLButtonElement | null) => {
    if (el && created.current) {
      created.current = false;
      el.focus();
    }
  }, []);

  const deleted = !!person.deletedAt;
  const canWrite = useCan('registrations.create');
  const canDelete = useCan('registrations.delete');
  const [showDeleted, setShowDeleted] = useState(false);
  const removed = useRead('registrations.listDeleted', { personId }, { enabled: showDeleted });
  const active = items?.find((r) => r.status === 'active');

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {active ? `失业登记有效，自 ${active.regDate} 起` : '当前没有有效的失业登记'}
        </Typography.Text>
        <Flex gap={8} align="center">
          <DeletedSwitch checked={showDeleted} onChange={setShowDeleted} />
          {!deleted && canWrite && (
            <>
              {active && (
                <Button ref={focusAfterCreate} onClick={() => dialog.open({ kind: 'contact', r: active })}>
                  记录联系
                </Button>
              )}
              {/* One active registration at a time: a new one only after the last is cancelled. */}
              {!active && (
                <AddButton primary onClick={() => dialog.open({ kind: 'create' })}>
                  新增失业登记
                </AddButton>
              )}
            </>
          )}
        </Flex>
      </Flex>
      {showDeleted && (
        <DeletedRecordsTable
          read={removed}
          noun="失业登记"
          label="已删除的失业登记"
          nameOf={(r) => registrationName(person.name, r.regDate)}
          columns={DELETED_COLUMNS}
          restoreChannel="registrations.restore"
          write={REGISTRATION_WRITE}
          onDone={changed}
        />
      )}
      <ReadError error={error} onRetry={reload} />
      {!items && !error && <Spin description="正在读取…" style={{ display: 'block', margin: '24px auto' }} />}
      {items?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无失业登记" />}
      {items?.map((r) => (
        <RegistrationCard
          key={r.id}
          r={r}
          employmentStatus={person.employmentStatus}
          readOnly={deleted || !canWrite}
          actions={{
            onContact: (x) => dialog.open({ kind: 'contact', r: x }),
            onEdit: (x) => dialog.open({ kind: 'edit', r: x }),
            onLevel: (x) => dialog.open({ kind: 'level', r: x }),
            onCancel: (x, reason) => dialog.open({ kind: 'cancel', r: x, reason }),
            onDelete: canDelete ? (x) => dialog.open({ kind: 'delete', r: x }) : undefined,
            onChanged: changed,
          }}
        />
      ))}
      {(open?.kind === 'create' || open?.kind === 'edit') && (
        <RegistrationDrawer
          person={person}
          registration={open.kind === 'edit' ? open.r : undefined}
          onClose={dialog.close}
          onSaved={() => {
            created.current = open.kind === 'create';
            dialog.done();
          }}
        />
      )}
      {open?.kind === 'level' && (
        <ServiceLevelModal registration={open.r} onClose={dialog.close} onDone={dialog.done} />
      )}
      {open?.kind === 'cancel' && (
        <CancelRegistrationModal
          target={{ registrationId: open.r.id, personName: person.name, employmentStatus: person.employmentStatus }}
          suggestedReason={open.reason}
          onClose={dialog.close}
          onDone={dialog.done}
        />
      )}
      {open?.kind === 'delete' && (
        <ReasonDeleteModal
          channel="registrations.delete"
          schema={registrationDeleteInput}
          write={REGISTRATION_WRITE}
          id={open.r.id}
          title="删除失业登记"
          name={registrationName(person.name, open.r.regDate)}
          formId="registration-delete-form"
          onClose={dialog.close}
          onDone={dialog.done}
        />
      )}
      {open?.kind === 'contact' && (
        <ContactEntryDrawer
          target={targetOfRegistration(open.r, maskPhoneOrNull(person.phone))}
          onClose={dialog.close}
          onSaved={changed}
        />
      )}
    </>
  );
}
