import { Button, Empty, Flex, Spin, Typography } from 'antd';
import type { RegistrationDetail } from '../../../../shared/contract/registrations';
import { useRead } from '../../api';
import type { PersonTabProps } from '../../components/person-tab';
import { CancelRegistrationModal } from './CancelRegistrationModal';
import { ContactEntryDrawer } from './ContactEntryDrawer';
import { targetOfRegistration } from './contact-values';
import { useCan } from '../../components/useCan';
import { RegistrationCard } from './RegistrationCard';
import { RegistrationDrawer } from './RegistrationDrawer';
import { ServiceLevelModal } from './ServiceLevelModal';
import { AddButton, ReadError } from '../../components/list-page';
import { useDialog } from '../../components/useDialog';

type Open =
  | { kind: 'create' }
  | { kind: 'edit' | 'level' | 'contact'; r: RegistrationDetail }
  | { kind: 'cancel'; r: RegistrationDetail; reason?: string };

/** The person page's 失业登记与联系 tab: registrations (newest first) with their contacts and level changes. */
export function PersonRegistrationsTab({ personId, person, onChanged }: PersonTabProps) {
  const { data, error, reload } = useRead('registrations.listByPerson', { personId }, { keepPrevious: false });
  const items = data?.items ?? null;
  const changed = () => {
    reload();
    onChanged();
  };
  const dialog = useDialog<Open>(changed);
  const open = dialog.value;

  const deleted = !!person.deletedAt;
  const canWrite = useCan('registrations.create');
  const active = items?.find((r) => r.status === 'active');

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {active ? `失业登记有效，自 ${active.regDate} 起` : '当前没有有效的失业登记'}
        </Typography.Text>
        {!deleted && canWrite && (
          <Flex gap={8}>
            {active && <Button onClick={() => dialog.open({ kind: 'contact', r: active })}>记录联系</Button>}
            {/* One active registration at a time: a new one only after the last is cancelled. */}
            {!active && (
              <AddButton primary onClick={() => dialog.open({ kind: 'create' })}>
                新增失业登记
              </AddButton>
            )}
          </Flex>
        )}
      </Flex>
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
            onChanged: changed,
          }}
        />
      ))}
      {(open?.kind === 'create' || open?.kind === 'edit') && (
        <RegistrationDrawer
          person={person}
          registration={open.kind === 'edit' ? open.r : undefined}
          onClose={dialog.close}
          onSaved={dialog.done}
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
      {open?.kind === 'contact' && (
        <ContactEntryDrawer
          target={targetOfRegistration(open.r, person.phone)}
          onClose={dialog.close}
          onSaved={changed}
        />
      )}
    </>
  );
}
