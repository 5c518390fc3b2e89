import { Button, Space } from 'antd';
import { recoverForm as schema, type Account } from '../../../../shared/contract/accounts';
import { useApi } from '../../api';
import { fieldsOf, TextField } from '../../components/fields';
import { PasswordFields } from '../../components/PasswordFields';
import { PageForm } from '../../components/PageForm';
import { useAuthForm } from './auth-form';
import { AuthFrame } from './AuthFrame';
import { useRecoveryCodeStep } from './RecoveryCodeCard';

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
  const codeStep = useRecoveryCodeStep('管理员密码已重设，旧恢复码已作废', onSignedIn);
  const { form, saving, formError, submit } = useAuthForm(
    schema,
    { recoveryCode: '', newPassword: '', confirm: '' },
    FIELDS,
  );
  const bind = fieldsOf(form.control, FORM_ID);

  const save = submit(
    ({ recoveryCode, newPassword }) => api.invoke('auth.recover', { recoveryCode, newPassword }),
    codeStep.show,
  );

  if (codeStep.card) return codeStep.card;
  return (
    <AuthFrame title="用恢复码重设管理员密码">
      <PageForm id={FORM_ID} formError={formError} onSubmit={() => void save()}>
        <TextField {...bind('recoveryCode')} label="恢复码" required autoFocus maxLength={64} />
        <PasswordFields control={form.control} formId={FORM_ID} name="newPassword" label="新密码" />
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            重设密码
          </Button>
          <Button onClick={onCancel}>返回登录</Button>
        </Space>
      </PageForm>
    </AuthFrame>
  );
}
