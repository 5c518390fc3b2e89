import { App, Typography } from 'antd';
import { recognitionExitInput, type RecognitionDetail } from '../../../../shared/contract/recognitions';
import type { ExitReasonCode } from '../../../../shared/enums/recognition-codes';
import { useWrite } from '../../api';
import { DateField, TextField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { SelectField } from '../../components/SelectField';
import { useContractForm } from '../../components/useInputForm';
import { useSession } from '../../components/session';
import { EXIT_REASON_OPTIONS } from './recognition-options';

const FORM_ID = 'recognition-exit-form';
const FIELDS = ['exitDate', 'exitReason', 'exitNote'] as const;

interface Values {
  exitDate: string;
  exitReason: ExitReasonCode | null;
  exitNote: string;
}

interface Props {
  recognition: { id: string; personName: string; recognitionDate: string | null };
  /** What the records show (应退出 list) and the reason it suggests. */
  hint?: string | null;
  reason?: ExitReasonCode | null;
  onClose: () => void;
  onDone: (r: RecognitionDetail) => void;
}

/** 退出认定 (BR-14): a reason and a date, not before the recognition date and not after today. */
export function ExitModal({ recognition, hint, reason, onClose, onDone }: Props) {
  const exitWrite = useWrite('recognitions.exit', { invalidates: ['recognitionWorklists', 'persons'] });
  const { message } = App.useApp();
  const { today } = useSession().info;
  const toInput = (v: Values) => ({
    id: recognition.id,
    exitDate: v.exitDate,
    exitReason: v.exitReason as ExitReasonCode,
    exitNote: v.exitNote,
  });
  const { handleSubmit, getValues, formState, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: recognitionExitInput,
    toInput,
    key: recognition.id,
    defaultValues: { exitDate: today, exitReason: reason ?? null, exitNote: '' },
  });

  const save = handleSubmit(async () => {
    const r = await run(() => exitWrite.write(toInput(getValues())));
    if (!r.ok) return;
    message.success(`“${r.data.personName}”已退出就业困难人员认定`);
    onDone(r.data);
  });

  return (
    <FormModal
      title={`退出认定：${recognition.personName}`}
      formId={FORM_ID}
      {...frame(formState.isDirty, save)}
      onClose={onClose}
      okText="退出认定"
    >
      {hint && <Typography.Paragraph type="secondary">记录显示：{hint}</Typography.Paragraph>}
      <DateField
        {...bind('exitDate')}
        label="退出日期"
        required
        extra={recognition.recognitionDate ? `认定日期 ${recognition.recognitionDate}` : undefined}
        autoFocus
      />
      <SelectField
        {...bind('exitReason')}
        label="退出原因"
        required
        options={EXIT_REASON_OPTIONS}
        placeholder="输入文字可查找"
      />
      <TextField {...bind('exitNote')} label="退出说明" maxLength={200} />
    </FormModal>
  );
}
