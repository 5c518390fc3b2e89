import { zodResolver } from '@hookform/resolvers/zod';
import { App, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { changePasswordForm as schema } from '../../../../shared/contract/accounts';
import { useServerError, useWrite } from '../../api';
import { FormModal } from '../../components/FormModal';
import { PasswordFields } from '../../components/PasswordFields';
import { fieldsOf, PasswordField } from '../../components/fields';

const FORM_ID = 'change-password-form';
const FIELDS = ['currentPassword', 'newPassword', 'confirm'] as const;

/** 修改密码: the signed-in account changes its own password; the current one is asked first. */
export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const change = useWrite('auth.changePassword');
  const { control, handleSubmit, setError, formState } = useForm<
    z.input<typeof schema>,
    unknown,
    z.output<typeof schema>
  >({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
  });
  const bind = fieldsOf(control, FORM_ID);
  const { formError, showError, clearError } = useServerError(setError, FIELDS);

  const save = handleSubmit(async ({ currentPassword, newPassword }) => {
    clearError();
    const r = await change.write({ currentPassword, newPassword });
    if (!r.ok) return showError(r.error);
    message.success('密码已修改，下次登录请使用新密码');
    onClose();
  });

  return (
    <FormModal
      title="修改密码"
      formId={FORM_ID}
      dirty={formState.isDirty}
      saving={change.pending}
      formError={formError}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        修改后，本账号在其他电脑或浏览器上的登录会退出，这里的登录保持不变。
      </Typography.Paragraph>
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
