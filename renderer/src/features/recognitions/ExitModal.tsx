import { App } from 'antd';
import { recognitionExitInput, type RecognitionDetail } from '../../../../shared/contract/recognitions';
import type { ExitReasonCode } from '../../../../shared/enums/recognition-codes';
import { RECOGNITION_WRITE } from './recognition-write';
import { useWrite } from '../../api';
import { EndingModal } from '../../components/EndingModal';
import { EXIT_REASON_OPTIONS } from './recognition-options';

const FORM_ID = 'recognition-exit-form';
const FIELDS = ['exitDate', 'exitReason', 'exitNote'] as const;

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
  const exitWrite = useWrite('recognitions.exit', RECOGNITION_WRITE);
  const { message } = App.useApp();
  return (
    <EndingModal
      title={`退出认定：${recognition.personName}`}
      formId={FORM_ID}
      names={FIELDS}
      schema={recognitionExitInput}
      id={recognition.id}
      reason={reason}
      write={exitWrite.write}
      onSaved={(r) => {
        message.success(`“${r.personName}”已退出就业困难人员认定`);
        onDone(r);
      }}
      onClose={onClose}
      okText="退出认定"
      intro={hint ? `记录显示：${hint}` : undefined}
      verb="退出"
      reasonOptions={EXIT_REASON_OPTIONS}
      dateExtra={recognition.recognitionDate ? `认定日期 ${recognition.recognitionDate}` : undefined}
    />
  );
}
