import { Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { passphraseInput, retentionInput, type BackupSettings } from '../../../../../shared/contract/backups';
import { useWrite } from '../../../api';
import { FormModal } from '../../../components/FormModal';

const firstIssue = (issues: { message: string }[]) => issues[0]?.message ?? '输入有误';

/** A dialog that changes the backup settings and hands on what the core saved. */
interface SettingsModalProps {
  settings: BackupSettings;
  onClose: () => void;
  onSaved: (s: BackupSettings) => void;
}

/** How many backups of one kind are kept: a whole number of 份 from `min` to `max`. */
function CopiesItem({
  label,
  ariaLabel,
  extra,
  min,
  max,
  value,
  onChange,
}: {
  label: string;
  ariaLabel: string;
  extra?: string;
  min: number;
  max: number;
  value: number | null;
  onChange: (n: number | null) => void;
}) {
  return (
    <Form.Item label={label} required extra={extra}>
      <InputNumber
        aria-label={ariaLabel}
        min={min}
        max={max}
        precision={0}
        value={value}
        onChange={onChange}
        addonAfter="份"
      />
    </Form.Item>
  );
}

/** One required passphrase box, named by its label. */
function PassphraseItem({
  label,
  extra,
  value,
  onChange,
}: {
  label: string;
  extra?: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <Form.Item label={label} required extra={extra}>
      <Input.Password aria-label={label} value={value} maxLength={200} onChange={(e) => onChange(e.target.value)} />
    </Form.Item>
  );
}

/** 保留份数: how many daily and monthly automatic backups are kept. */
export function RetentionModal({ settings, onClose, onSaved }: SettingsModalProps) {
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
      <CopiesItem
        label="保留最近几天的每日备份"
        ariaLabel="每日备份份数"
        min={1}
        max={90}
        value={keepDaily}
        onChange={setDaily}
      />
      <CopiesItem
        label="保留最近几个月的每月备份"
        ariaLabel="每月备份份数"
        extra="每月保留当月的第一份自动备份。填 0 表示不单独保留每月备份。"
        min={0}
        max={120}
        value={keepMonthly}
        onChange={setMonthly}
      />
    </FormModal>
  );
}

/** 备份口令: set it the first time, or change it (the current one is asked for). */
export function PassphraseModal({ settings, onClose, onSaved }: SettingsModalProps) {
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
      intro="备份到U盘或下载的文件用此口令加密。口令遗失后这些文件将无法恢复，请妥善保管。"
    >
      {settings.passphraseSet && <PassphraseItem label="现在的口令" value={current} onChange={setCurrent} />}
      <PassphraseItem label="新口令" extra="至少8个字符" value={next} onChange={setNext} />
      <PassphraseItem label="再次输入新口令" value={repeat} onChange={setRepeat} />
    </FormModal>
  );
}
