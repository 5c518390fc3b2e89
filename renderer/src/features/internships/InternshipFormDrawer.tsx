import { Alert, App, Button, Drawer, Form, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { InternshipDetail } from '../../../../shared/contract/internships';
import { useApi, useServerError } from '../../api';
import type { PersonOption } from '../../components/PersonLookup';
import { submitOnEnter } from '../../components/submit-on-enter';
import { useCtrlS } from '../../components/useCtrlS';
import { FORM_FIELDS, internshipResolver, NEW_INTERNSHIP, toCreateInput, toFormError, type InternshipFormValues } from './internship-form-values';
import { FORM_ID, InternshipFormFields } from './InternshipFormFields';
import { useHostBases } from './useHostBases';

interface Props {
  /** Opened from a person's page: that person is chosen already. */
  person?: PersonOption | null;
  onClose: () => void;
  onSaved: (saved: InternshipDetail) => void;
}

/**
 * 新增见习 in a drawer: the core's schema checks as the clerk saves; the core's refusals (BR-25 eligibility, BR-26
 * duration, VR-14 host allowance, VR-13 overlap) show at the top and under the field they concern.
 */
export function InternshipFormDrawer({ person, onClose, onSaved }: Props) {
  const api = useApi();
  const { message, modal } = App.useApp();
  const hosts = useHostBases();
  const { control, handleSubmit, setError, getValues, formState } = useForm<InternshipFormValues>({
    resolver: internshipResolver,
    defaultValues: { ...NEW_INTERNSHIP, personId: person?.id ?? null },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { formError, showError, clearError } = useServerError(setError, FORM_FIELDS);
  const [saving, setSaving] = useState(false);
  const dirty = formState.isDirty;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = handleSubmit(async () => {
    setSaving(true);
    clearError();
    const r = await api.invoke('internships.create', toCreateInput(getValues()));
    setSaving(false);
    if (!r.ok) {
      showError(toFormError(r.error));
      return;
    }
    message.success(`已登记见习：${r.data.personName}（${r.data.hostName}）`);
    onSaved(r.data);
  });
  const submit = () => {
    if (!saving) void save();
  };
  useCtrlS(submit);

  const requestClose = () => {
    if (saving) return;
    if (!dirty) return onClose();
    modal.confirm({ title: '放弃未保存的内容吗？', content: '关闭后，刚才填写的内容不会保存。', okText: '放弃', cancelText: '继续填写', onOk: onClose });
  };

  return (
    <Drawer
      open
      title="新增见习"
      size={760}
      onClose={requestClose}
      keyboard
      mask={{ closable: false }}
      styles={{ body: { paddingTop: 16 } }}
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text type="secondary">Ctrl+S 或在输入框中按 Enter 保存；Esc 关闭</Typography.Text>
          <Space>
            <Button onClick={requestClose} disabled={saving}>
              取消
            </Button>
            <Button type="primary" htmlType="submit" form={FORM_ID} loading={saving}>
              保存
            </Button>
          </Space>
        </Space>
      }
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {hosts.error && <Alert type="warning" showIcon title={`见习基地未能读取：${hosts.error}`} style={{ marginBottom: 16 }} />}
      {!hosts.error && hosts.options.length === 0 && (
        <Alert type="info" showIcon title="还没有见习基地。请先在“见习基地”中认定见习单位。" style={{ marginBottom: 16 }} />
      )}
      <Form name={FORM_ID} layout="vertical" onFinish={submit} onKeyDown={submitOnEnter(submit)} autoComplete="off">
        <InternshipFormFields control={control} hostOptions={hosts.options} person={person} />
      </Form>
    </Drawer>
  );
}
