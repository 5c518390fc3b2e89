import { App } from 'antd';
import {
  serviceLevelInput,
  type RegistrationDetail,
  type ServiceLevelInput,
} from '../../../../shared/contract/registrations';
import { serviceLevelLabel } from '../../../../shared/enums/registration-codes';
import { useWrite } from '../../api';
import { SelectField } from '../../components/SelectField';
import { FormModal } from '../../components/FormModal';
import { REGISTRATION_WRITE } from '../../components/registration-write';
import { LEVEL_OPTIONS } from './options';
import { DateField, TextField } from '../../components/fields';
import { useContractForm } from '../../components/useInputForm';

interface Values {
  level: string | null;
  reason: string;
  date: string;
}
const FIELDS = ['level', 'reason', 'date'] as const;
const FORM_ID = 'service-level-form';

const toInput = (id: string, v: Values): ServiceLevelInput => ({
  id,
  level: (v.level ?? undefined) as ServiceLevelInput['level'],
  reason: v.reason,
  date: v.date,
});
const levelText = (l: string) => `${l} ${serviceLevelLabel(l)}`;

/** 调整服务等级 (BR-09 override): the clerk's level with a required reason, dated today unless given. */
export function ServiceLevelModal({
  registration,
  onClose,
  onDone,
}: {
  registration: RegistrationDetail;
  onClose: () => void;
  onDone: () => void;
}) {
  const setLevel = useWrite('registrations.setServiceLevel', REGISTRATION_WRITE);
  const { message } = App.useApp();
  const { handleSubmit, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: serviceLevelInput,
    toInput: (v) => toInput(registration.id, v),
    key: registration.id,
    defaultValues: { level: null, reason: '', date: '' },
  });

  const submit = handleSubmit(async (v) => {
    const r = await run(() => setLevel.write(toInput(registration.id, v)));
    if (!r.ok) return;
    message.success(`“${registration.personName}”的服务等级已调为 ${levelText(r.data.serviceLevel)}`);
    onDone();
  });

  const s = registration.suggestion;
  return (
    <FormModal
      title={`调整服务等级：${registration.personName}`}
      {...frame(submit, onClose)}
      intro={
        <>
          当前等级 {levelText(registration.serviceLevel)}；按规则建议 {levelText(s.level)}（{s.reasons.join('、')}）。
        </>
      }
    >
      <SelectField
        {...bind('level')}
        label="服务等级"
        required
        options={LEVEL_OPTIONS}
        placeholder="请选择"
        autoFocus
      />
      <TextField {...bind('reason')} label="调整原因" required maxLength={200} />
      <DateField {...bind('date')} label="调整日期" placeholder="默认今天，格式 YYYY-MM-DD" />
    </FormModal>
  );
}
