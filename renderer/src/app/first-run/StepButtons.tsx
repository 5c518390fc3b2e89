import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';

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
