import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { signInInput, type Account } from '../../../../shared/contract/accounts';
import { useApi, useServerError } from '../../api';
import { FormField } from '../../components/FormField';
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
  const [saving, setSaving] = useState(false);
  const { control, handleSubmit, setError, setValue } = useForm<
    z.input<typeof signInInput>,
    unknown,
    z.output<typeof signInInput>
  >({ resolver: zodResolver(signInInput), defaultValues: { username: username ?? '', password: '' } });
  const { formError, showError, clearError } = useServerError(setError, FIELDS);
  const id = username ? 'unlock-form' : FORM_ID;

  const save = handleSubmit(async (values) => {
    setSaving(true);
    clearError();
    const r = await api.invoke('auth.signIn', values);
    setSaving(false);
    if (r.ok) onSignedIn(r.data.account);
    else {
      showError(r.error);
      setValue('password', '');
    }
  });

  return (
    <>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form name={id} layout="vertical" onFinish={() => void save()} autoComplete="off">
        {!username && (
          <FormField
            control={control}
            name="username"
            id={`${id}-username`}
            label="用户名"
            required
            render={(f) => <Input {...f} autoFocus maxLength={32} />}
          />
        )}
        <FormField
          control={control}
          name="password"
          id={`${id}-password`}
          label="密码"
          required
          render={(f) => <Input.Password {...f} autoFocus={!!username} maxLength={64} />}
        />
        <Button type="primary" htmlType="submit" block loading={saving}>
          {submitLabel}
        </Button>
      </Form>
    </>
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
