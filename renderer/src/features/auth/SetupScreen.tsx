import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { setupForm as schema, type Account } from '../../../../shared/contract/accounts';
import { useApi, useServerError } from '../../api';
import { FormField } from '../../components/FormField';
import { PasswordFields } from '../../components/PasswordFields';
import { AuthFrame } from './AuthFrame';
import { RecoveryCodeCard } from './RecoveryCodeCard';

const FORM_ID = 'setup-form';
const FIELDS = ['username', 'displayName', 'password', 'confirm'] as const;

/** First start on an empty data folder: creates the administrator, then shows the recovery code once. */
export function SetupScreen({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const api = useApi();
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<{ account: Account; code: string } | null>(null);
  const { control, handleSubmit, setError } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { username: 'admin', displayName: '', password: '', confirm: '' },
  });
  const { formError, showError, clearError } = useServerError(setError, FIELDS);

  const save = handleSubmit(async ({ username, displayName, password }) => {
    setSaving(true);
    clearError();
    const r = await api.invoke('auth.setup', { username, displayName, password });
    setSaving(false);
    if (r.ok) setDone({ account: r.data.account, code: r.data.recoveryCode });
    else showError(r.error);
  });

  if (done) {
    return (
      <AuthFrame title="管理员账号已创建" width={520}>
        <RecoveryCodeCard code={done.code} onDone={() => onSignedIn(done.account)} />
      </AuthFrame>
    );
  }
  return (
    <AuthFrame title="首次使用：创建管理员账号">
      <Typography.Paragraph type="secondary">
        管理员可以新建其他账号、修改单位信息和恢复备份。每一条新增和修改记录都会记下登录的账号。
      </Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form name={FORM_ID} layout="vertical" onFinish={() => void save()} autoComplete="off">
        <FormField
          control={control}
          name="displayName"
          id={`${FORM_ID}-displayName`}
          label="姓名"
          required
          render={(f) => <Input {...f} autoFocus maxLength={30} />}
        />
        <FormField
          control={control}
          name="username"
          id={`${FORM_ID}-username`}
          label="用户名"
          required
          render={(f) => <Input {...f} maxLength={32} />}
        />
        <PasswordFields control={control} formId={FORM_ID} name="password" label="密码" />
        <Button type="primary" htmlType="submit" block loading={saving}>
          创建管理员
        </Button>
      </Form>
    </AuthFrame>
  );
}
