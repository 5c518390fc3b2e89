import { Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { passphraseInput, retentionInput, type BackupSettings } from '../../../../../shared/contract/backups';
import { useWrite } from '../../../api';
import { FormModal } from '../../../components/FormModal';

const firstIssue = (issues: { message: string }[]) => issues[0]?.message ?? '输入有误';

/** 保留份数: how many daily and monthly automatic backups are kept. */
export function RetentionModal({
  settings,
  onClose,
  onSaved,
}: {
  settings: BackupSettings;
  onClose: () => void;
  onSaved: (s: BackupSettings) => void;
}) {
  const save = useWrite('backups.setRetention');
  const [keepDaily, setDaily] = useState<number | null>(settings.keepDaily);
  const [keepMonthly, setMonthly] = useState<number | null>(settings.keepMonthly);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const parsed = retentionInput.safeParse({
      keepDaily: keepDaily ?? undefined,
      keepMonthly: keepMonthly ?? undefined,
    });
    if (!parsed.success) return setError(firstIssue(parsed.error.issues));
    const r = await save.write(parsed.data);
    if (!r.ok) return setError(r.error.message);
    onSaved(r.data);
  };

  return (
    <FormModal
      title="自动备份保留份数"
      formId="backup-retention"
      dirty={keepDaily !== settings.keepDaily || keepMonthly !== settings.keepMonthly}
      saving={save.pending}
      formError={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Form.Item label="保留最近几天的每日备份" required>
        <InputNumber
          aria-label="每日备份份数"
          min={1}
          max={90}
          precision={0}
          value={keepDaily}
          onChange={setDaily}
          addonAfter="份"
        />
      </Form.Item>
      <Form.Item
        label="保留最近几个月的每月备份"
        required
        extra="每月保留当月的第一份自动备份。填 0 表示不单独保留每月备份。"
      >
        <InputNumber
          aria-label="每月备份份数"
          min={0}
          max={120}
          precision={0}
          value={keepMonthly}
          onChange={setMonthly}
          addonAfter="份"
        />
      </Form.Item>
    </FormModal>
  );
}

/** 备份口令: set it the first time, or change it (the current one is asked for). */
export function PassphraseModal({
  settings,
  onClose,
  onSaved,
}: {
  settings: BackupSettings;
  onClose: () => void;
  onSaved: (s: BackupSettings) => void;
}) {
  const save = useWrite('backups.setPassphrase');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (settings.passphraseSet && !current) return setError('请输入现在的备份口令');
    const parsed = passphraseInput.safeParse({ passphrase: next, current: settings.passphraseSet ? current : null });
    if (!parsed.success) return setError(firstIssue(parsed.error.issues));
    if (next !== repeat) return setError('两次输入的新口令不一致');
    const r = await save.write(parsed.data);
    if (!r.ok) return setError(r.error.message);
    onSaved(r.data);
  };

  return (
    <FormModal
      title={settings.passphraseSet ? '修改备份口令' : '设置备份口令'}
      formId="backup-passphrase"
      dirty={current !== '' || next !== '' || repeat !== ''}
      saving={save.pending}
      formError={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        备份到U盘或下载的文件用此口令加密。口令遗失后这些文件将无法恢复，请妥善保管。
      </Typography.Paragraph>
      {settings.passphraseSet && (
        <Form.Item label="现在的口令" required>
          <Input.Password
            aria-label="现在的口令"
            value={current}
            maxLength={200}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </Form.Item>
      )}
      <Form.Item label="新口令" required extra="至少8个字符">
        <Input.Password aria-label="新口令" value={next} maxLength={200} onChange={(e) => setNext(e.target.value)} />
      </Form.Item>
      <Form.Item label="再次输入新口令" required>
        <Input.Password
          aria-label="再次输入新口令"
          value={repeat}
          maxLength={200}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </Form.Item>
    </FormModal>
  );
}
