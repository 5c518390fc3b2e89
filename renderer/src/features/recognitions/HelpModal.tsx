import { App } from 'antd';
import { recognitionHelpInput, type RecognitionDetail } from '../../../../shared/contract/recognitions';
import { useWrite } from '../../api';
import { TextAreaField, TextField } from '../../components/fields';
import { FormModal } from '../../components/FormModal';
import { useContractForm } from '../../components/useInputForm';

const FORM_ID = 'recognition-help-form';
const FIELDS = ['helper', 'plan'] as const;

interface Values {
  helper: string;
  plan: string;
}

interface Props {
  recognition: Pick<RecognitionDetail, 'id' | 'personName' | 'helper' | 'plan' | 'updatedAt'>;
  onClose: () => void;
  onDone: (r: RecognitionDetail) => void;
}

/**
 * 修改帮扶信息 (一人一策, DOMAIN §3.5): the 帮扶责任人 and 帮扶措施 of an application in progress or a recognition in force,
 * saved with the record's updatedAt (recognitions.updateHelp). A field left blank is cleared. The core refuses a
 * closed record and a record someone else saved meanwhile; the message shows at the top of the form.
 */
export function HelpModal({ recognition: r, onClose, onDone }: Props) {
  const write = useWrite('recognitions.updateHelp');
  const { message } = App.useApp();
  const toInput = (v: Values) => ({ id: r.id, expectedUpdatedAt: r.updatedAt, helper: v.helper, plan: v.plan });
  const { handleSubmit, getValues, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: recognitionHelpInput,
    toInput,
    key: r.id,
    defaultValues: { helper: r.helper ?? '', plan: r.plan ?? '' },
  });

  const save = handleSubmit(async () => {
    const saved = await run(() => write.write(toInput(getValues())));
    if (!saved.ok) return;
    message.success(`已保存${saved.data.personName}的帮扶信息`);
    onDone(saved.data);
  });

  return (
    <FormModal
      title={`修改帮扶信息：${r.personName}`}
      {...frame(save, onClose)}
      intro="一人一策：帮扶责任人更换或帮扶措施调整时在此修改，就业困难人员实名制台账随之更新。"
    >
      <TextField {...bind('helper')} label="帮扶责任人" maxLength={30} autoFocus />
      <TextAreaField {...bind('plan')} label="帮扶措施" rows={4} maxLength={500} />
    </FormModal>
  );
}
