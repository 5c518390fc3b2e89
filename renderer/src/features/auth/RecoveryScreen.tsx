import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { recoverForm as schema, type Account } from '../../../../shared/contract/accounts';
import { useApi, useServerError } from '../../api';
import { FormField } from '../../components/FormField';
import { PasswordFields } from '../../components/PasswordFields';
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
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<{ account: Account; code: string } | null>(null);
  const { control, handleSubmit, setError } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { recoveryCode: '', newPassword: '', confirm: '' },
  });
  const { formError, showError, clearError } = useServerError(setError, FIELDS);

  const save = handleSubmit(async ({ recoveryCode, newPassword }) => {
    setSaving(true);
    clearError();
    const r = await api.invoke('auth.recover', { recoveryCode, newPassword });
    setSaving(false);
    if (r.ok) setDone({ account: r.data.account, code: r.data.recoveryCode });
    else showError(r.error);
  });

  if (done) {
    return (
      <AuthFrame title="管理员密码已重设，旧恢复码已作废" width={520}>
        <RecoveryCodeCard code={done.code} onDone={() => onSignedIn(done.account)} />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="用恢复码重设管理员密码">
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form name={FORM_ID} layout="vertical" onFinish={() => void save()} autoComplete="off">
        <FormField
          control={control}
          name="recoveryCode"
          id={`${FORM_ID}-recoveryCode`}
          label="恢复码"
          required
          render={(f) => <Input {...f} autoFocus maxLength={64} />}
        />
        <PasswordFields control={control} formId={FORM_ID} name="newPassword" label="新密码" />
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            重设密码
          </Button>
          <Button onClick={onCancel}>返回登录</Button>
        </Space>
      </Form>
    </AuthFrame>
  );
}
