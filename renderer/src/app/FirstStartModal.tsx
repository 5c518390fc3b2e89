import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { operatorInput, type AppSettings } from '../../../shared/contract/settings';
import { useServerError, useWrite } from '../api';
import { FormField } from '../components/FormField';

const FORM_ID = 'first-start-form';
const FIELDS = ['name'] as const;

/** First start: the operator's name is asked once, before anything else (it signs every change). */
export function FirstStartModal({ onDone }: { onDone: (settings: AppSettings) => void }) {
  const setOperatorWrite = useWrite('settings.setOperator', { ownDomain: false }); // the session puts the settings it returns
  const [saving, setSaving] = useState(false);
  const { control, handleSubmit, setError } = useForm<
    z.input<typeof operatorInput>,
    unknown,
    z.output<typeof operatorInput>
  >({
    resolver: zodResolver(operatorInput),
    defaultValues: { name: '' },
  });
  const { formError, showError, clearError } = useServerError(setError, FIELDS);

  const save = handleSubmit(async (values) => {
    setSaving(true);
    clearError();
    const result = await setOperatorWrite.write(values);
    setSaving(false);
    if (result.ok) onDone(result.data);
    else showError(result.error);
  });

  return (
    <Modal
      open
      title="首次使用：请输入操作员姓名"
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" htmlType="submit" form={FORM_ID} loading={saving}>
          确定
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">操作员姓名会记在每一条新增和修改记录上。</Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form name={FORM_ID} layout="vertical" onFinish={() => void save()} autoComplete="off">
        <FormField
          control={control}
          name="name"
          id={`${FORM_ID}-name`}
          label="操作员姓名"
          required
          render={(field) => <Input {...field} autoFocus maxLength={30} />}
        />
      </Form>
    </Modal>
  );
}
