import { App } from 'antd';
import { useWatch } from 'react-hook-form';
import type { EmployerDetail } from '../../../../shared/contract/employers';
import { useWrite } from '../../api';
import { FormModal } from '../../components/FormModal';
import { BaseDateFields, checkBaseDates, type BaseDates } from './base-fields';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { CheckboxField } from '../../components/fields';
import { checkResolver } from '../../components/input-resolver';
import { useInputForm } from '../../components/useInputForm';
import { placeName } from '../../components/format';
import { EMPLOYER_WRITE } from '../../components/employer-write';

interface MarkValues extends BaseDates {
  isInternshipBase: boolean;
}

const FIELDS = ['isInternshipBase', 'baseRecognisedDate', 'baseValidUntil'] as const;
const FORM_ID = 'base-mark-form';

const resolver = checkResolver<MarkValues>((values) => (values.isInternshipBase ? checkBaseDates(values) : {}));

/**
 * 认定为见习基地 / 修改: sets the base status and its dates through employers.update, keeping everything else of
 * the unit as stored (the bank account is left out, so the core keeps it).
 */
export function BaseMarkModal({
  employer,
  onClose,
  onSaved,
}: {
  employer: EmployerDetail;
  onClose: () => void;
  onSaved: () => void;
}) {
  const updateWrite = useWrite('employers.update', EMPLOYER_WRITE);
  const { message } = App.useApp();
  const { control, handleSubmit, getValues, bind, run, frame } = useInputForm<MarkValues>(FORM_ID, FIELDS, {
    resolver,
    defaultValues: {
      isInternshipBase: true,
      baseRecognisedDate: employer.baseRecognisedDate ?? '',
      baseValidUntil: employer.baseValidUntil ?? '',
    },
  });
  const isBase = useWatch({ control, name: 'isInternshipBase' });

  const save = handleSubmit(async () => {
    const v = getValues();
    const r = await run(() =>
      updateWrite.write({
        id: employer.id,
        expectedUpdatedAt: employer.updatedAt,
        name: employer.name,
        uscc: employer.uscc,
        nature: employer.nature,
        regionId: employer.regionId,
        bankName: employer.bankName,
        remark: employer.remark,
        isInternshipBase: v.isInternshipBase,
        baseRecognisedDate: v.isInternshipBase ? normaliseTypedDate(v.baseRecognisedDate) : null,
        baseValidUntil: v.isInternshipBase ? normaliseTypedDate(v.baseValidUntil) : null,
      }),
    );
    if (!r.ok) return;
    message.success(
      v.isInternshipBase ? `已认定“${employer.name}”为见习基地` : `已取消“${employer.name}”的见习基地资格`,
    );
    onSaved();
  });

  return (
    <FormModal
      title={`${employer.isInternshipBase ? '修改见习基地' : '认定为见习基地'}：${employer.name}`}
      {...frame(save, onClose)}
      intro={<>{placeName(employer.townshipName, employer.regionName)}；见习基地有效期内才能安排见习。</>}
    >
      {employer.isInternshipBase && (
        <CheckboxField {...bind('isInternshipBase')} label="见习基地资格">
          是见习基地（取消勾选即取消认定）
        </CheckboxField>
      )}
      {isBase && <BaseDateFields control={control} formId={FORM_ID} autoFocus />}
    </FormModal>
  );
}
