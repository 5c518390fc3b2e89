import { Alert, Form } from 'antd';
import type { ReactNode } from 'react';

/**
 * A form laid out on the page itself (sign-in, first start, 单位信息), not in a FormModal or FormDrawer: the message
 * of a refused save above the fields, then the vertical form (no browser autocomplete) that submits on Enter.
 */
export function PageForm({
  id,
  formError,
  onSubmit,
  children,
}: {
  id: string;
  formError: string | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form name={id} layout="vertical" onFinish={onSubmit} autoComplete="off">
        {children}
      </Form>
    </>
  );
}
