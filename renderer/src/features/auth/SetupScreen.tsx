import { Button, Typography } from 'antd';
import { setupForm as schema, type Account } from '../../../../shared/contract/accounts';
import { useApi } from '../../api';
import { fieldsOf, TextField } from '../../components/fields';
import { PasswordFields } from '../../components/PasswordFields';
import { PageForm } from '../../components/PageForm';
import { useAuthForm } from './auth-form';
import { AuthFrame } from './AuthFrame';
import { useRecoveryCodeStep } from './RecoveryCodeCard';

const FORM_ID = 'setup-form';
const FIELDS = ['username', 'displayName', 'password', 'confirm'] as const;

/** First start on an empty data folder: creates the administrator, then shows the recovery code once. */
export function SetupScreen({ onSignedIn }: { onSignedIn: (account: Account) => void }) {
  const api = useApi();
  const codeStep = useRecoveryCodeStep('管理员账号已创建', onSignedIn);
  const { form, saving, formError, submit } = useAuthForm(
    schema,
    { username: 'admin', displayName: '', password: '', confirm: '' },
    FIELDS,
  );
  const bind = fieldsOf(form.control, FORM_ID);

  const save = submit(
    ({ username, displayName, password }) => api.invoke('auth.setup', { username, displayName, password }),
    codeStep.show,
  );

  if (codeStep.card) return codeStep.card;
  return (
    <AuthFrame title="首次使用：创建管理员账号">
      <Typography.Paragraph type="secondary">
        管理员可以新建其他账号、修改单位信息和恢复备份。每一条新增和修改记录都会记下登录的账号。
      </Typography.Paragraph>
      <PageForm id={FORM_ID} formError={formError} onSubmit={() => void save()}>
        <TextField {...bind('displayName')} label="姓名" required autoFocus maxLength={30} />
        <TextField {...bind('username')} label="用户名" required maxLength={32} />
        <PasswordFields control={form.control} formId={FORM_ID} name="password" label="密码" />
        <Button type="primary" htmlType="submit" block loading={saving}>
          创建管理员
        </Button>
      </PageForm>
    </AuthFrame>
  );
}
