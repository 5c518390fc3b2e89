import { App, Checkbox, Select } from 'antd';
import { useWatch } from 'react-hook-form';
import { accountCreateForm, accountEditForm, ROLE_LIST, type Account } from '../../../../../shared/contract/accounts';
import { useWrite } from '../../../api';
import { FormField } from '../../../components/FormField';
import { FormModal } from '../../../components/FormModal';
import { PasswordFields } from '../../../components/PasswordFields';
import { SelectField } from '../../../components/SelectField';
import { usePlaces } from '../../../components/usePlaces';
import { TextField } from '../../../components/fields';
import { useSchemaForm } from '../../../components/useSchemaForm';
import { codeOptions } from '../../../components/code-options';

const FORM_ID = 'account-form';
const ROLE_OPTIONS = codeOptions(ROLE_LIST);
const FIELDS = ['username', 'displayName', 'role', 'townshipIds', 'fullIdExport', 'password', 'confirm'] as const;

/** 新建账号 / 修改账号. */
export function AccountModal({ account, onClose }: { account: Account | null; onClose: () => void }) {
  const { message } = App.useApp();
  const places = usePlaces();
  const create = useWrite('accounts.create');
  const update = useWrite('accounts.update');
  // One form for new and existing accounts: an existing one keeps its password (重设密码 is its own button).
  const schema = account ? accountEditForm : accountCreateForm;
  const { control, handleSubmit, bind, run, frame } = useSchemaForm(
    FORM_ID,
    FIELDS,
    schema as typeof accountEditForm,
    account
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
  );
  const role = useWatch({ control, name: 'role' });

  const save = handleSubmit(async (v) => {
    const townshipIds = v.role === 'clerk' ? (v.townshipIds ?? []) : [];
    const r = await run(() =>
      account
        ? update.write({
            id: account.id,
            displayName: v.displayName,
            role: v.role,
            townshipIds,
            fullIdExport: !!v.fullIdExport,
          })
        : create.write({
            username: v.username,
            displayName: v.displayName,
            role: v.role,
            townshipIds,
            fullIdExport: !!v.fullIdExport,
            password: v.password ?? '',
          }),
    );
    if (!r.ok) return;
    message.success(account ? `已保存账号“${r.data.username}”` : `已新建账号“${r.data.username}”`);
    onClose();
  });

  return (
    <FormModal title={account ? `修改账号：${account.username}` : '新建账号'} {...frame(save, onClose)}>
      <TextField {...bind('username')} label="用户名" required disabled={!!account} maxLength={32} />
      <TextField {...bind('displayName')} label="姓名" required maxLength={30} />
      <SelectField {...bind('role')} label="角色" required options={ROLE_OPTIONS} />
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
            允许导出含完整公民身份号码和电话的报表
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
