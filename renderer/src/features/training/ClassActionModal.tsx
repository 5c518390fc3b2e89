import { classActInput, type ClassDetail } from '../../../../shared/contract/training';
import type { ClassAction } from '../../../../shared/domain/training-class';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { useWrite } from '../../api';
import { FormModal } from '../../components/FormModal';
import { DateField, TextField } from '../../components/fields';
import { useContractForm } from '../../components/useInputForm';

const FORM_ID = 'class-action-form';
const FIELDS = ['date', 'reason'] as const;
type Values = { date: string; reason: string };

const toInput = (id: string, action: ClassAction, v: Values) => ({
  id,
  action,
  date: normaliseTypedDate(v.date),
  reason: v.reason.trim() || null,
});

/**
 * 备案 / 开班 / 结业 / 撤销 a class: the 办理日期 (and the 撤销原因), Enter or Ctrl+S saves, Esc asks first once
 * something was typed; the core's refusal goes under the field it names, or above the fields.
 */
export function ClassActionModal({
  detail,
  action,
  label,
  date,
  onClose,
  onDone,
}: {
  detail: ClassDetail;
  action: ClassAction;
  label: string;
  /** The date filled in: today for every action (a 备案 is never back-dated to pass the CFG-37 lead time). */
  date: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const act = useWrite('training.classes.act');
  const { handleSubmit, getValues, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: classActInput,
    toInput: (v) => toInput(detail.id, action, v),
    key: `${detail.id} ${action}`,
    defaultValues: { date, reason: '' },
  });
  const save = handleSubmit(async () => {
    const r = await run(() => act.write(toInput(detail.id, action, getValues())));
    if (r.ok) onDone();
  });
  return (
    <FormModal title={`${label}培训班`} okText={label} {...frame(save, onClose)}>
      <DateField {...bind('date')} label="办理日期" required autoFocus />
      {action === 'cancel' && <TextField {...bind('reason')} label="撤销原因" required maxLength={200} />}
    </FormModal>
  );
}
