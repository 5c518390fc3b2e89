import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { cancelReasonLabel } from '../../../shared/enums/registration-codes';
import { employmentStatusLabel } from '../../../shared/enums';
import { useRead, useWrite } from '../api';
import { useSession } from './session';
import { REGISTRATION_WRITE } from './registration-write';

/** BR-08: a person placed on a post or retained by the internship host was taken on by an employer (E11 C01). */
const REASON = 'C01';

/** The events after which the registration is offered for cancellation: the dialog's title, the event, the note. */
const EVENTS = {
  placement: { title: '安置成功：请注销失业登记', after: '上岗', note: '公益性岗位安置上岗' },
  retention: { title: '见习留用：请注销失业登记', after: '留用', note: '就业见习留用' },
} as const;

type EmploymentEvent = keyof typeof EVENTS;

export interface EmployedPerson {
  personId: string;
  personName: string;
  /** 上岗日期 or 留用日期: the registration ends then (today when it is later). */
  startDate: string;
}

/**
 * After a placement (issue 18) or a retaining end of an internship of a person with an active unemployment
 * registration: the registration can be cancelled right here, with one click, the reason 被用人单位录用 and the
 * start date already chosen, instead of a toast asking the clerk to go and do it elsewhere.
 */
export function CancelRegistrationOffer({
  employed,
  event,
  onClose,
}: {
  employed: EmployedPerson;
  event: EmploymentEvent;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const { today } = useSession().info;
  const list = useRead('registrations.listByPerson', { personId: employed.personId });
  const cancel = useWrite('registrations.cancel', REGISTRATION_WRITE);
  const [error, setError] = useState<string | null>(null);
  const active = list.data?.items.find((r) => r.status === 'active');
  const cancelDate = employed.startDate > today ? today : employed.startDate;
  const { title, after, note } = EVENTS[event];

  const send = async () => {
    if (!active) return;
    setError(null);
    const r = await cancel.write({ id: active.id, cancelDate, cancelReason: REASON, cancelNote: note });
    if (!r.ok) return setError(r.error.message);
    message.success(
      `已注销“${employed.personName}”的失业登记，就业状态改为“${employmentStatusLabel(r.data.personEmploymentStatus)}”`,
    );
    if (r.data.recognitionExitSuggested) message.warning('该人员是已认定的就业困难人员，请及时办理退出认定');
    onClose();
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>暂不注销</Button>
          <Button type="primary" danger loading={cancel.pending} disabled={!active} onClick={() => void send()}>
            注销失业登记
          </Button>
        </Space>
      }
    >
      {list.error && <Alert type="error" showIcon title={`失业登记未能读取：${list.error}`} />}
      {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
      {active && (
        <Typography.Paragraph>
          “{employed.personName}”有 {active.regDate} 登记的有效失业登记。{after}后应注销：注销日期 {cancelDate}
          ，注销原因“{cancelReasonLabel(REASON)}”。
        </Typography.Paragraph>
      )}
      {list.data && !active && <Typography.Paragraph>该人员已没有有效的失业登记。</Typography.Paragraph>}
    </Modal>
  );
}
