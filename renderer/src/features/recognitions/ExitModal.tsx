import { App, Typography } from 'antd';
import { recognitionExitInput, type RecognitionDetail } from '../../../../shared/contract/recognitions';
import type { ExitReasonCode } from '../../../../shared/enums/recognition-codes';
import { useWrite } from '../../api';
import { EndingFields } from '../../components/EndingFields';
import { FormModal } from '../../components/FormModal';
import { useEndingForm } from '../../components/useEndingForm';
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
  const { control, handleSubmit, formState, run, frame, input } = useEndingForm<Values, typeof recognitionExitInput>(
    FORM_ID,
    FIELDS,
    { schema: recognitionExitInput, id: recognition.id, reason },
  );

  const save = handleSubmit(async () => {
    const r = await run(() => exitWrite.write(input()));
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
      <EndingFields
        control={control}
        formId={FORM_ID}
        names={FIELDS}
        verb="退出"
        reasonOptions={EXIT_REASON_OPTIONS}
        dateExtra={recognition.recognitionDate ? `认定日期 ${recognition.recognitionDate}` : undefined}
      />
    </FormModal>
  );
}
