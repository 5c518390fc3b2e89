import { App, Typography } from 'antd';
import { periodUnlockInput } from '../../../../../shared/contract/period-locks';
import { useWrite } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { formatMonth } from '../../../components/format';
import { TextAreaField } from '../../../components/fields';
import { useSchemaForm } from '../../../components/useSchemaForm';

const FORM_ID = 'period-unlock-form';
const FIELDS = ['reason'] as const;

/** 解锁 a month: administrators only (the core checks); the reason is required and kept in the history. */
export function UnlockModal({ month, onClose }: { month: string; onClose: () => void }) {
  const { message } = App.useApp();
  const unlock = useWrite('periodLocks.unlock');
  const { handleSubmit, bind, run, frame } = useSchemaForm(FORM_ID, FIELDS, periodUnlockInput, {
    month,
    reason: '',
  });
  const submit = handleSubmit(async (v) => {
    const r = await run(() => unlock.write(v));
    if (!r.ok) return;
    message.success(`已解锁${formatMonth(month)}`);
    onClose();
  });
  return (
    <FormModal title={`解锁${formatMonth(month)}`} {...frame(submit, onClose)} okText="解锁">
      <Typography.Paragraph>
        解锁后该月的联系记录、失业登记、安置、考勤和认定记录又可以修改；锁定时保存的报表一并作废，再次锁定时重新保存。
      </Typography.Paragraph>
      <TextAreaField {...bind('reason')} label="解锁原因" required autoFocus rows={3} maxLength={200} />
    </FormModal>
  );
}
