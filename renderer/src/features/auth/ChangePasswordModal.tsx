import { App } from 'antd';
import { changePasswordForm as schema } from '../../../../shared/contract/accounts';
import { useWrite } from '../../api';
import { FormModal } from '../../components/FormModal';
import { PasswordFields } from '../../components/PasswordFields';
import { PasswordField } from '../../components/fields';
import { useSchemaForm } from '../../components/useSchemaForm';

const FORM_ID = 'change-password-form';
const FIELDS = ['currentPassword', 'newPassword', 'confirm'] as const;

/** 修改密码: the signed-in account changes its own password; the current one is asked first. */
export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const change = useWrite('auth.changePassword');
  const { control, handleSubmit, bind, run, frame } = useSchemaForm(FORM_ID, FIELDS, schema, {
    currentPassword: '',
    newPassword: '',
    confirm: '',
  });

  const save = handleSubmit(async ({ currentPassword, newPassword }) => {
    const r = await run(() => change.write({ currentPassword, newPassword }));
    if (!r.ok) return;
    message.success('密码已修改，下次登录请使用新密码');
    onClose();
  });

  return (
    <FormModal
      title="修改密码"
      {...frame(save, onClose)}
      // Opened from the account menu over any page, also one whose form saves on Ctrl+S.
      ctrlS={false}
      intro="修改后，本账号在其他电脑或浏览器上的登录会退出，这里的登录保持不变。"
    >
      <PasswordField
        {...bind('currentPassword')}
        label="当前密码"
        required
        autoFocus
        autoComplete="current-password"
        maxLength={64}
      />
      <PasswordFields control={control} formId={FORM_ID} name="newPassword" label="新密码" />
    </FormModal>
  );
}
