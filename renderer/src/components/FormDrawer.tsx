import { Alert, Button, Drawer, Form, Space, Typography } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { OnceInDocument } from './OnceInDocument';
import { submitOnEnter } from './submit-on-enter';
import { useConfirmClose } from './useConfirmClose';
import { useFocusBack } from './useFocusBack';
import { useCtrlS } from './useCtrlS';

interface FormDrawerProps {
  title: ReactNode;
  /** id of the <form>; the footer's 保存 button submits it. */
  formId: string;
  width?: number;
  /** True when the clerk changed something: closing then asks first. */
  dirty: boolean;
  saving: boolean;
  loading?: boolean;
  /** A rule or conflict message shown at the top of the form. */
  formError: string | null;
  /** Notices under the rule message, above the fields (a list that could not be read, a missing base …). */
  notices?: ReactNode;
  /** The footer's keyboard hint. */
  hint?: string;
  /** The footer's close button. */
  closeText?: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A form in a drawer (UI.md forms): the blocking rule at the top, Enter in a text field or Ctrl+S saves, Esc / ×
 * / 取消 close after asking when something changed. The fields come once the drawer is in the page, so the first
 * one's autoFocus holds also without motion. When it closes, the focus goes back to what had it when it opened (the
 * button that opened it, audit6 gap 8) unless the page put it somewhere on purpose or that button is gone.
 */
export function FormDrawer(props: FormDrawerProps) {
  const { title, formId, width = 720, dirty, saving, loading, formError, notices, onSubmit, onClose, children } = props;
  const { hint = 'Ctrl+S 或在输入框中按 Enter 保存；Esc 关闭', closeText = '取消' } = props;
  const alertRef = useRef<HTMLDivElement>(null);
  const submit = () => {
    if (!saving) onSubmit();
  };
  useCtrlS(submit);
  useEffect(() => {
    if (formError) alertRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [formError]);
  const requestClose = useConfirmClose(dirty, saving, onClose);
  useFocusBack();

  return (
    <Drawer
      open
      title={title}
      size={width}
      onClose={requestClose}
      keyboard
      mask={{ closable: false }}
      loading={loading}
      styles={{ body: { paddingTop: 16 } }}
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text type="secondary">{hint}</Typography.Text>
          <Space>
            <Button onClick={requestClose} disabled={saving}>
              {closeText}
            </Button>
            <Button type="primary" htmlType="submit" form={formId} loading={saving} disabled={loading}>
              保存
            </Button>
          </Space>
        </Space>
      }
    >
      <div ref={alertRef}>
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} role="alert" />}
      </div>
      {notices}
      <OnceInDocument>
        <Form name={formId} layout="vertical" onFinish={submit} onKeyDown={submitOnEnter(submit)} autoComplete="off">
          {children}
        </Form>
      </OnceInDocument>
    </Drawer>
  );
}
