import { App } from 'antd';
import type { Path } from 'react-hook-form';
import { employmentInput, type EmploymentInput } from '../../../../shared/contract/training';
import { EMPLOYED_STATUSES } from '../../../../shared/domain/employment-history';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { employmentStatusLabel } from '../../../../shared/enums';
import { useWrite } from '../../api';
import { FormModal } from '../../components/FormModal';
import { DateField, FieldRow, TextField } from '../../components/fields';
import { RevealPhone } from '../../components/RevealPhone';
import { SelectField } from '../../components/SelectField';
import { useContractForm } from '../../components/useInputForm';

type EmployedStatus = (typeof EMPLOYED_STATUSES)[number];

export interface EmploymentValues {
  employedDate: string;
  employedUnit: string;
  employedStatus: EmployedStatus | null;
}

/** The trainee whose employment after training is recorded: from the class page or the follow-up list. */
export interface EmploymentSubject {
  enrolmentId: string;
  personName: string;
  classCode: string;
  /** The class's last day: the employment date must be after it. */
  endDate: string;
  /** From the follow-up list: the trainee's masked phone (VR-09), which 查看 shows in full (audited) to the clerk who calls. */
  phone?: { personId: string; masked: string | null };
  employedDate?: string | null;
  employedUnit?: string | null;
  employedStatus?: EmployedStatus | null;
}

const FIELDS = ['employedDate', 'employedUnit', 'employedStatus'] as const satisfies readonly Path<EmploymentValues>[];
const FORM_ID = 'training-employment-form';
const STATUS_OPTIONS = EMPLOYED_STATUSES.map((code) => ({ value: code, label: employmentStatusLabel(code) }));

export const toEmploymentInput = (enrolmentId: string, v: EmploymentValues): EmploymentInput => ({
  enrolmentId,
  employedDate: normaliseTypedDate(v.employedDate),
  employedUnit: v.employedUnit.trim(),
  employedStatus: v.employedStatus as EmployedStatus,
});

/**
 * 登记培训后就业 (DOMAIN §11.1, BR-38): the date, the unit and the kind of employment of a trainee of a closed class;
 * the trainee then leaves the follow-up list. Opened again on a recorded trainee it corrects the record.
 */
export function EmploymentModal({ subject, onClose }: { subject: EmploymentSubject; onClose: () => void }) {
  const record = useWrite('training.employment.record');
  const { message } = App.useApp();
  const { handleSubmit, getValues, bind, run, frame } = useContractForm<EmploymentValues>(FORM_ID, FIELDS, {
    schema: employmentInput,
    toInput: (v) => toEmploymentInput(subject.enrolmentId, v),
    key: subject.enrolmentId,
    defaultValues: {
      employedDate: subject.employedDate ?? '',
      employedUnit: subject.employedUnit ?? '',
      employedStatus: subject.employedStatus ?? null,
    },
  });
  const save = handleSubmit(async () => {
    const r = await run(() => record.write(toEmploymentInput(subject.enrolmentId, getValues())));
    if (!r.ok) return;
    message.success(`已登记${subject.personName}培训后就业`);
    onClose();
  });
  return (
    <FormModal
      title={`登记培训后就业：${subject.personName}`}
      okText="保存"
      {...frame(save, onClose)}
      intro={
        <>
          {subject.phone?.masked && (
            <>
              联系电话{' '}
              <RevealPhone
                personId={subject.phone.personId}
                phoneMasked={subject.phone.masked}
                name={subject.personName}
              />
              。
            </>
          )}
          {`培训班 ${subject.classCode}，${subject.endDate} 结业；就业日期应晚于结业日期。`}
        </>
      }
    >
      <FieldRow spans={[12, 12]}>
        <DateField {...bind('employedDate')} label="就业日期" required autoFocus />
        <SelectField
          {...bind('employedStatus')}
          label="就业状态"
          required
          options={STATUS_OPTIONS}
          placeholder="请选择"
        />
      </FieldRow>
      <TextField {...bind('employedUnit')} label="就业单位" required maxLength={60} />
    </FormModal>
  );
}
