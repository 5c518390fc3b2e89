import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { PageForm } from '../../components/PageForm';

/** The footer of a step: 上一步 on the left, the step's own buttons and its submit button on the right. */
export function StepButtons({
  formId,
  back,
  submitText = '下一步',
  loading,
  extra,
}: {
  formId: string;
  back?: () => void;
  submitText?: string;
  loading?: boolean;
  extra?: ReactNode;
}) {
  return (
    <Flex justify="space-between" style={{ marginTop: 8 }}>
      <span>{back && <Button onClick={back}>上一步</Button>}</span>
      <Flex gap={8}>
        {extra}
        <Button type="primary" htmlType="submit" form={formId} loading={loading}>
          {submitText}
        </Button>
      </Flex>
    </Flex>
  );
}

/** A step that is one form: what to fill in (a grey line), the fields (Enter submits), then the step's buttons. */
export function StepForm({
  formId,
  intro,
  formError,
  onSubmit,
  back,
  loading,
  children,
}: {
  formId: string;
  intro: ReactNode;
  formError: string | null;
  onSubmit: () => void;
  back?: () => void;
  /** The step's save is under way. */
  loading?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <PageForm id={formId} formError={formError} onSubmit={onSubmit}>
        {children}
      </PageForm>
      <StepButtons formId={formId} back={back} loading={loading} />
    </>
  );
}
