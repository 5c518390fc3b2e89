import { App } from 'antd';
import { useWatch } from 'react-hook-form';
import {
  registrationCancelInput,
  type RegistrationCancelInput,
  type RegistrationDetail,
} from '../../../../shared/contract/registrations';
import { parseDate } from '../../../../shared/domain/dates';
import { formYuanToFen, formatFen } from '../../../../shared/domain/money';
import { statusAfterCancel } from '../../../../shared/domain/registration-cancel';
import { employmentStatusLabel } from '../../../../shared/enums';
import { cancelReasonLabel, type CancelReasonCode } from '../../../../shared/enums/registration-codes';
import { useRead, useWrite } from '../../api';
import { useSession } from '../../components/session';
import { FormModal } from '../../components/FormModal';
import { REGISTRATION_WRITE } from '../../components/registration-write';
import { CANCEL_REASON_OPTIONS } from './options';
import { DateField, NumberField } from '../../components/fields';
import { EndingFields } from '../../components/EndingFields';
import { useContractForm } from '../../components/useInputForm';

interface Values {
  cancelDate: string;
  cancelReason: string | null;
  cancelNote: string;
  /** 元 as typed; only for C03 (CFG-25). */
  cancelIncome: number | null;
  /** BR-08: the day the person was told; optional. */
  notifiedDate: string;
}
const FIELDS = ['cancelDate', 'cancelReason', 'cancelNote', 'cancelIncome', 'notifiedDate'] as const;
/** E11 C03 有稳定收入的劳动: the one reason asking the monthly income (CFG-25). */
const INCOME_REASON = 'C03';
const FORM_ID = 'registration-cancel-form';

interface CancelTarget {
  registrationId: string;
  personName: string;
  /** E09 now, to say what the status becomes. */
  employmentStatus?: string;
}

interface Props {
  target: CancelTarget;
  /** E11 to start with, e.g. C11 from the 6个月未联系 list. */
  suggestedReason?: string;
  onClose: () => void;
  onDone: (r: RegistrationDetail) => void;
}

const toInput = (id: string, v: Values): RegistrationCancelInput => ({
  id,
  cancelDate: v.cancelDate,
  cancelReason: (v.cancelReason ?? undefined) as RegistrationCancelInput['cancelReason'],
  cancelNote: v.cancelNote,
  ...(v.notifiedDate ? { notifiedDate: v.notifiedDate } : {}),
  ...(v.cancelReason === INCOME_REASON ? { cancelIncome: formYuanToFen(v.cancelIncome) } : {}),
});

/** 注销登记 (BR-08): date and E11 reason, the optional 告知日期, then a confirmation naming the person and the new employment status. */
export function CancelRegistrationModal({ target, suggestedReason, onClose, onDone }: Props) {
  const cancel = useWrite('registrations.cancel', REGISTRATION_WRITE);
  const { message, modal } = App.useApp();
  const { today } = useSession().info;
  const { control, handleSubmit, bind, run, frame } = useContractForm<Values>(FORM_ID, FIELDS, {
    schema: registrationCancelInput,
    toInput: (v) => toInput(target.registrationId, v),
    key: target.registrationId,
    defaultValues: {
      cancelDate: today,
      cancelReason: suggestedReason ?? null,
      cancelNote: '',
      cancelIncome: null,
      notifiedDate: '',
    },
  });
  const [reason, cancelDate] = useWatch({ control, name: ['cancelReason', 'cancelDate'] });
  const asksIncome = reason === INCOME_REASON;
  // The standard in force on the cancellation date (the minimum wage or the 低保 standard the county chose).
  const standard = useRead(
    'registrations.cancelIncomeStandard',
    asksIncome && parseDate(cancelDate) ? { id: target.registrationId, date: cancelDate } : null,
  ).data;
  const incomeHint = standard
    ? standard.fen === null
      ? `本县还没有设置${standard.basis}，请管理员先在规则设置中填写`
      : `不低于 ${formatFen(standard.fen)} 元（${standard.basis}）`
    : undefined;

  const send = async (v: Values) => {
    const r = await run(() => cancel.write(toInput(target.registrationId, v)));
    if (!r.ok) return;
    message.success(
      `已注销“${target.personName}”的失业登记，就业状态改为“${employmentStatusLabel(r.data.personEmploymentStatus)}”`,
    );
    if (r.data.recognitionExitSuggested) message.warning('该人员是已认定的就业困难人员，请及时办理退出认定');
    onDone(r.data.registration);
  };

  const submit = handleSubmit((v) => {
    const reason = v.cancelReason ?? '';
    const told = v.notifiedDate ? `，${v.notifiedDate} 已告知本人` : '';
    const after = target.employmentStatus
      ? `，就业状态将改为“${employmentStatusLabel(statusAfterCancel(reason as CancelReasonCode, target.employmentStatus))}”`
      : '';
    modal.confirm({
      title: '注销失业登记',
      content: `确定于 ${v.cancelDate} 注销“${target.personName}”的失业登记（${cancelReasonLabel(reason)}${told}）吗？注销后不能再记录联系${after}。`,
      okText: '注销',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => send(v),
    });
  });

  return (
    <FormModal title={`注销登记：${target.personName}`} {...frame(submit, onClose)} okText="注销">
      <EndingFields
        control={control}
        formId={FORM_ID}
        names={['cancelDate', 'cancelReason', 'cancelNote']}
        verb="注销"
        reasonOptions={CANCEL_REASON_OPTIONS}
        focus="reason"
      >
        {asksIncome && (
          <NumberField
            {...bind('cancelIncome')}
            label="月收入(元)"
            required
            extra={incomeHint}
            min={0}
            max={1000000}
            precision={2}
          />
        )}
      </EndingFields>
      <DateField
        {...bind('notifiedDate')}
        label="告知日期"
        extra="选填：告知本人注销结果的日期，不早于注销日期、不晚于今天"
      />
    </FormModal>
  );
}
