import { Alert, Form } from 'antd';
import type { ReactNode } from 'react';
import { useLeaveGuard } from './useLeaveGuard';

/**
 * A form laid out on the page itself (sign-in, first start, 单位信息), not in a FormModal or FormDrawer: the message
 * of a refused save above the fields, then the vertical form (no browser autocomplete) that submits on Enter.
 * While it is `dirty`, going to another page or reloading asks first (useLeaveGuard).
 */
export function PageForm({
  id,
  formError,
  onSubmit,
  dirty = false,
  children,
}: {
  id: string;
  formError: string | null;
  onSubmit: () => void;
  /** The form holds unsaved input; a form that saves nothing the clerk could lose (sign-in) leaves it out. */
  dirty?: boolean;
  children: ReactNode;
}) {
  useLeaveGuard(dirty);
  return (
    <>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form name={id} layout="vertical" onFinish={onSubmit} autoComplete="off">
        {children}
      </Form>
    </>
  );
}
