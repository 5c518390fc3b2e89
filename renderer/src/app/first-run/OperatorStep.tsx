import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Form, Input, Typography } from 'antd';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { operatorInput } from '../../../../shared/contract/settings';
import { useServerError, useWrite } from '../../api';
import { FormField } from '../../components/FormField';
import { StepButtons } from './StepButtons';
import type { StepProps } from './steps';

const FIELDS = ['name'] as const;

/** Last step: the operator's name, which signs every change. */
export function OperatorStep({ settings, onSettings, next, back, formId }: StepProps) {
  const save = useWrite('settings.setOperator', { ownDomain: false }); // the session puts the settings it returns
  const { control, handleSubmit, setError } = useForm<
    z.input<typeof operatorInput>,
    unknown,
    z.output<typeof operatorInput>
  >({ resolver: zodResolver(operatorInput), defaultValues: { name: settings.operatorName ?? '' } });
  const { formError, showError, clearError } = useServerError(setError, FIELDS);
  const submit = handleSubmit(async (values) => {
    clearError();
    const r = await save.write(values);
    if (!r.ok) return showError(r.error);
    onSettings(r.data);
    next();
  });
  return (
    <>
      <Typography.Paragraph type="secondary">操作员姓名会记在每一条新增和修改记录上。</Typography.Paragraph>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form name={formId} layout="vertical" onFinish={() => void submit()} autoComplete="off">
        <FormField
          control={control}
          name="name"
          id={`${formId}-name`}
          label="操作员姓名"
          required
          render={(field) => <Input {...field} autoFocus maxLength={30} />}
        />
      </Form>
      <StepButtons formId={formId} back={back} submitText="完成" loading={save.pending} />
    </>
  );
}
