import { Form, Input, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { FormModal } from '../../../components/FormModal';

export interface BackupAction {
  title: string;
  /** What will happen, in plain words (restore: what will be replaced). */
  description: ReactNode;
  okText: string;
  /** Asks for the backup passphrase (encrypted files, backups leaving the data folder). */
  passphrase: boolean;
  run: (passphrase: string | null) => Promise<void>;
}

/** Confirms a backup action and, when needed, asks for the backup passphrase. */
export function BackupActionModal({ action, onClose }: { action: BackupAction; onClose: () => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (action.passphrase && !value) {
      setError('请输入备份口令');
      return;
    }
    setBusy(true);
    onClose();
    await action.run(action.passphrase ? value : null);
    setBusy(false);
  };

  return (
    <FormModal
      title={action.title}
      formId="backup-action"
      dirty={value !== ''}
      saving={busy}
      formError={null}
      onSubmit={() => void submit()}
      onClose={onClose}
      okText={action.okText}
    >
      <Typography.Paragraph>{action.description}</Typography.Paragraph>
      {action.passphrase && (
        <Form.Item label="备份口令" required validateStatus={error ? 'error' : undefined} help={error}>
          <Input.Password
            aria-label="备份口令"
            autoFocus
            value={value}
            maxLength={200}
            onChange={(e) => {
              setValue(e.target.value);
              setError(null);
            }}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
