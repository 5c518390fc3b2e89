import { Button, Space } from 'antd';
import { useState } from 'react';
import { recoverForm as schema, type Account } from '../../../../shared/contract/accounts';
import { useApi } from '../../api';
import { fieldsOf, TextField } from '../../components/fields';
import { PasswordFields } from '../../components/PasswordFields';
import { AuthForm, useAuthForm } from './auth-form';
import { AuthFrame } from './AuthFrame';
import { RecoveryCodeCard } from './RecoveryCodeCard';

const FORM_ID = 'recovery-form';
const FIELDS = ['recoveryCode', 'newPassword', 'confirm'] as const;

/** The administrator's recovery code sets a new password; a new code is shown once. */
export function RecoveryScreen({
  onSignedIn,
  onCancel,
}: {
  onSignedIn: (account: Account) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const [done, setDone] = useState<{ account: Account; code: string } | null>(null);
  const { form, saving, formError, submit } = useAuthForm(
    schema,
    { recoveryCode: '', newPassword: '', confirm: '' },
    FIELDS,
  );
  const bind = fieldsOf(form.control, FORM_ID);

  const save = submit(
    ({ recoveryCode, newPassword }) => api.invoke('auth.recover', { recoveryCode, newPassword }),
    (data) => setDone({ account: data.account, code: data.recoveryCode }),
  );

  if (done) {
    return (
      <AuthFrame title="管理员密码已重设，旧恢复码已作废" width={520}>
        <RecoveryCodeCard code={done.code} onDone={() => onSignedIn(done.account)} />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="用恢复码重设管理员密码">
      <AuthForm id={FORM_ID} formError={formError} onSubmit={() => void save()}>
        <TextField {...bind('recoveryCode')} label="恢复码" required autoFocus maxLength={64} />
        <PasswordFields control={form.control} formId={FORM_ID} name="newPassword" label="新密码" />
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            重设密码
          </Button>
          <Button onClick={onCancel}>返回登录</Button>
        </Space>
      </AuthForm>
    </AuthFrame>
  );
}
