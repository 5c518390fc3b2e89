import { Alert, Button, Form, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { OnceInDocument } from './OnceInDocument';
import { submitOnEnter } from './submit-on-enter';
import { useConfirmClose } from './useConfirmClose';
import { useCtrlS } from './useCtrlS';
import { useFocusBack } from './useFocusBack';

interface FormModalProps {
  title: ReactNode;
  /** id of the <form>; the footer's 保存 button submits it, so Enter in any field saves too. */
  formId: string;
  /** True when the clerk changed something: closing then asks first. */
  dirty: boolean;
  saving: boolean;
  /** A rule or conflict message shown at the top of the form. */
  formError: string | null;
  onSubmit: () => void;
  onClose: () => void;
  okText?: string;
  /** The OK button is red: the form removes something (删除 with a reason). */
  danger?: boolean;
  /** A grey line above the fields: what the form is about, or what to know before filling it in. */
  intro?: ReactNode;
  /**
   * Ctrl+S saves as well (UI.md), on by default. false where the modal can open over a page form that takes Ctrl+S
   * itself (the grids, 单位信息, 报表格式), so that one chord never saves two forms.
   */
  ctrlS?: boolean;
  children: ReactNode;
}

/**
 * A modal form: top-of-form error, 取消/保存 footer, Enter in a field and Ctrl+S save — never while
 * a save is under way — and Escape closes after asking if anything changed. The fields come once the modal is in the
 * page, so the first one's autoFocus holds also without motion.
 */
export function FormModal({
  title,
  formId,
  dirty,
  saving,
  formError,
  onSubmit,
  onClose,
  okText = '保存',
  danger,
  intro,
  ctrlS = true,
  children,
}: FormModalProps) {
  const requestClose = useConfirmClose(dirty, saving, onClose);
  useFocusBack();
  const submit = () => {
    if (!saving) onSubmit();
  };
  useCtrlS(submit, ctrlS);

  return (
    <Modal
      open
      title={title}
      onCancel={requestClose}
      mask={{ closable: false }}
      keyboard
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={requestClose} disabled={saving}>
          取消
        </Button>,
        <Button key="ok" type="primary" danger={danger} htmlType="submit" form={formId} loading={saving}>
          {okText}
        </Button>,
      ]}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <OnceInDocument>
        <Form name={formId} layout="vertical" onFinish={submit} onKeyDown={submitOnEnter(submit)} autoComplete="off">
          {intro && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {intro}
            </Typography.Paragraph>
          )}
          {children}
        </Form>
      </OnceInDocument>
    </Modal>
  );
}
