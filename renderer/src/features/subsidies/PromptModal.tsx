import { Form, Input, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { Result } from '../../../../shared/contract';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { DateInput } from '../../components/DateInput';
import { FormModal } from '../../components/FormModal';

export interface PromptSpec {
  title: string;
  /** What the action does, shown above the field: the confirmation. */
  text: ReactNode;
  /** Warnings shown under the confirmation (RosterWarnings). */
  extra?: ReactNode;
  label: string;
  initial?: string;
  /** The value is a date (拨付日期): typed in the date input, tidied to YYYY-MM-DD when left. */
  date?: boolean;
  okText: string;
  /** Runs the write; the core's Chinese message is shown when it refuses. */
  run: (value: string) => Promise<Result<unknown>>;
}

/** A confirmation with one text field (审核人, 撤销审核原因, 审批人, 拨付日期 …): the core checks the value. */
export function PromptModal({ spec, onClose }: { spec: PromptSpec; onClose: () => void }) {
  const [value, setValue] = useState(spec.initial ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const submit = async () => {
    setError(null);
    // Every prompt's value is required (the field is marked so): said under it, as the forms do (audit6 gap 10).
    setFieldError(value.trim() ? null : `请填写${spec.label}`);
    if (!value.trim()) return;
    setSaving(true);
    const r = await spec.run(spec.date ? normaliseTypedDate(value) : value.trim());
    setSaving(false);
    if (r.ok) return onClose();
    // The form's one field: a message the core gives for a field goes under it (audit6 gap 10), the rest on top.
    const onField = Object.values(r.error.fields ?? {})[0];
    if (onField) setFieldError(onField);
    else setError(r.error.message);
  };
  return (
    <FormModal
      title={spec.title}
      formId="subsidy-prompt"
      dirty={value !== (spec.initial ?? '')}
      saving={saving}
      formError={error}
      onSubmit={() => void submit()}
      onClose={onClose}
      okText={spec.okText}
    >
      <Typography.Paragraph>{spec.text}</Typography.Paragraph>
      {spec.extra}
      <Form.Item
        label={spec.label}
        htmlFor="subsidy-prompt-value"
        required
        validateStatus={fieldError ? 'error' : undefined}
        help={fieldError}
      >
        {spec.date ? (
          <DateInput id="subsidy-prompt-value" value={value} onChange={setValue} autoFocus />
        ) : (
          <Input
            id="subsidy-prompt-value"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            autoFocus
            autoComplete="off"
          />
        )}
      </Form.Item>
    </FormModal>
  );
}
