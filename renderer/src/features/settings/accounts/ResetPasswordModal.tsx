import { App } from 'antd';
import { PASSWORD_MIN, resetPasswordInput, type Account } from '../../../../../shared/contract/accounts';
import { useWrite } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { PasswordField } from '../../../components/fields';
import { useContractForm } from '../../../components/useInputForm';

const FORM_ID = 'reset-password';
const FIELDS = ['password'] as const;

/**
 * 重设密码 of an account (administrator): the new password, which also lifts a lock. Enter or Ctrl+S saves, Esc asks
 * first once something was typed; a refusal goes under the field.
 */
export function ResetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const { message } = App.useApp();
  const reset = useWrite('accounts.resetPassword');
  const { handleSubmit, getValues, bind, run, frame } = useContractForm<{ password: string }>(FORM_ID, FIELDS, {
    schema: resetPasswordInput,
    toInput: (v) => ({ id: account.id, password: v.password }),
    key: account.id,
    defaultValues: { password: '' },
  });
  const save = handleSubmit(async () => {
    const r = await run(() => reset.write({ id: account.id, password: getValues().password }));
    if (!r.ok) return;
    message.success(`已重设“${account.username}”的密码`);
    onClose();
  });
  return (
    <FormModal title={`重设密码：${account.username}`} okText="重设" {...frame(save, onClose)}>
      <PasswordField
        {...bind('password')}
        label="新密码"
        required
        autoFocus
        autoComplete="new-password"
        extra={`至少${PASSWORD_MIN}位；同时解除锁定`}
      />
    </FormModal>
  );
}
