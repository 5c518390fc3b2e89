import { zodResolver } from '@hookform/resolvers/zod';
import { App, Checkbox, Select } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import {
  accountCreateForm,
  accountEditForm,
  ROLE_LABELS,
  ROLES,
  type Account,
} from '../../../../../shared/contract/accounts';
import { useServerError, useWrite } from '../../../api';
import { FormField } from '../../../components/FormField';
import { FormModal } from '../../../components/FormModal';
import { PasswordFields } from '../../../components/PasswordFields';
import { usePlaces } from '../../../components/usePlaces';
import { fieldsOf, TextField } from '../../../components/fields';

const FORM_ID = 'account-form';
const FIELDS = ['username', 'displayName', 'role', 'townshipIds', 'fullIdExport', 'password', 'confirm'] as const;

// One form for new and existing accounts: an existing one keeps its password (重设密码 is its own button).
type Values = z.input<typeof accountEditForm>;

/** 新建账号 / 修改账号. */
export function AccountModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { message } = App.useApp();
  const places = usePlaces();
  const create = useWrite('accounts.create');
  const update = useWrite('accounts.update');
  const schema = account ? accountEditForm : accountCreateForm;
  const { control, handleSubmit, setError, formState } = useForm<Values, unknown, Values>({
    resolver: zodResolver(schema as typeof accountEditForm),
    defaultValues: account
      ? { ...account, password: undefined }
      : {
          username: '',
          displayName: '',
          role: 'clerk',
          townshipIds: [],
          fullIdExport: false,
          password: '',
          confirm: '',
        },
  });
  const bind = fieldsOf(control, FORM_ID);
  const { formError, showError, clearError } = useServerError(setError, FIELDS);
  const role = useWatch({ control, name: 'role' });

  const save = handleSubmit(async (v) => {
    clearError();
    const townshipIds = v.role === 'clerk' ? (v.townshipIds ?? []) : [];
    const r = account
      ? await update.write({
          id: account.id,
          displayName: v.displayName,
          role: v.role,
          townshipIds,
          fullIdExport: !!v.fullIdExport,
        })
      : await create.write({
          username: v.username,
          displayName: v.displayName,
          role: v.role,
          townshipIds,
          fullIdExport: !!v.fullIdExport,
          password: v.password ?? '',
        });
    if (!r.ok) return showError(r.error);
    message.success(account ? `已保存账号“${r.data.username}”` : `已新建账号“${r.data.username}”`);
    onClose();
  });

  return (
    <FormModal
      title={account ? `修改账号：${account.username}` : '新建账号'}
      formId={FORM_ID}
      dirty={formState.isDirty}
      saving={create.pending || update.pending}
      formError={formError}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <TextField {...bind('username')} label="用户名" required disabled={!!account} maxLength={32} />
      <TextField {...bind('displayName')} label="姓名" required maxLength={30} />
      <FormField
        {...bind('role')}
        label="角色"
        required
        render={(f) => <Select {...f} options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />}
      />
      {role === 'clerk' && (
        <FormField
          {...bind('townshipIds')}
          label="负责的乡镇(街道)"
          required
          render={(f) => (
            <Select
              {...f}
              mode="multiple"
              options={places.townships.filter((t) => !t.retiredOn).map((t) => ({ value: t.id, label: t.name }))}
            />
          )}
        />
      )}
      <FormField
        {...bind('fullIdExport')}
        label="导出完整号码"
        render={({ value, onChange, id }) => (
          <Checkbox id={id} checked={!!value} onChange={(e) => onChange(e.target.checked)}>
            允许导出含完整身份证号和电话的报表
          </Checkbox>
        )}
      />
      {!account && (
        <PasswordFields
          control={control}
          formId={FORM_ID}
          name="password"
          label="初始密码"
          hint="交给本人后请其登录后修改"
        />
      )}
    </FormModal>
  );
}
