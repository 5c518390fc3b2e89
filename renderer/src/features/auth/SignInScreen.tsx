import { Button } from 'antd';
import { useState } from 'react';
import { signInInput, type Account } from '../../../../shared/contract/accounts';
import { useApi } from '../../api';
import { fieldsOf, PasswordField, TextField } from '../../components/fields';
import { PageForm } from '../../components/PageForm';
import { useAuthForm } from './auth-form';
import { AuthFrame } from './AuthFrame';
import { RecoveryScreen } from './RecoveryScreen';

const FORM_ID = 'sign-in-form';
const FIELDS = ['username', 'password'] as const;

/** The sign-in form, alone (sign-in screen) or for one fixed account (the lock overlay). */
export function SignInForm({
  onSignedIn,
  username,
  submitLabel = '登录',
}: {
  onSignedIn: (account: Account) => void;
  /** Fixed user name: only the password is asked. */
  username?: string;
  submitLabel?: string;
}) {
  const api = useApi();
  const { form, saving, formError, submit } = useAuthForm(
    signInInput,
    { username: username ?? '', password: '' },
    FIELDS,
  );
  const id = username ? 'unlock-form' : FORM_ID;
  const bind = fieldsOf(form.control, id);

  const save = submit(
    (values) => api.invoke('auth.signIn', values),
    (data) => onSignedIn(data.account),
    () => form.setValue('password', ''),
  );

  return (
    <PageForm id={id} formError={formError} onSubmit={() => void save()}>
      {!username && <TextField {...bind('username')} label="用户名" required autoFocus maxLength={32} />}
      <PasswordField {...bind('password')} label="密码" required autoFocus={!!username} maxLength={64} />
      <Button type="primary" htmlType="submit" block loading={saving}>
        {submitLabel}
      </Button>
    </PageForm>
  );
}

/** Sign-in screen, with the way to the administrator's recovery. */
export function SignInScreen({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const [recovering, setRecovering] = useState(false);
  if (recovering) return <RecoveryScreen onSignedIn={onSignedIn} onCancel={() => setRecovering(false)} />;
  return (
    <AuthFrame title="登录">
      <SignInForm onSignedIn={onSignedIn} />
      <Button type="link" style={{ marginTop: 8, paddingInline: 0 }} onClick={() => setRecovering(true)}>
        忘记管理员密码？用恢复码重设
      </Button>
    </AuthFrame>
  );
}
