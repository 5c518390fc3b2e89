import { useFormContext, useWatch } from 'react-hook-form';
import { defaultNextContactDate } from '../../../../shared/domain/contact-due';
import { isValidDate } from '../../../../shared/domain/dates';
import { isEmployedStatus } from '../../../../shared/domain/employment-history';
import { SelectField } from '../../components/SelectField';
import { EMPLOYMENT_STATUS_OPTIONS } from '../../components/person-options';
import { contactFieldId, type ContactFormValues } from './contact-values';
import { ContactMoreFields } from './ContactMoreFields';
import { MultiCodeField } from '../../components/MultiCodeSelect';
import { JOB_WISH_OPTIONS, METHOD_OPTIONS, RESULT_OPTIONS, SERVICE_OPTIONS } from './options';
import { DateField, FieldRow, fieldsOf, NumberField, TextField } from '../../components/fields';

export { CONTACT_FORM_ID, contactFieldId } from './contact-values';

const SUCCESS = '1';

/** The fields of one call, in the order a clerk fills them while on the phone. */
export function ContactFields() {
  const { control } = useFormContext<ContactFormValues>();
  const bind = fieldsOf(control, contactFieldId);
  const [contactDate, result, status, services] = useWatch({
    control,
    name: ['contactDate', 'result', 'employmentStatusFound', 'services'],
  });
  const success = result === SUCCESS;
  const employed = isEmployedStatus(status ?? null);
  const nextDefault = isValidDate(contactDate?.trim() ?? '') ? defaultNextContactDate(contactDate.trim()) : null;

  return (
    <>
      <FieldRow spans={[8, 8, 8]}>
        <DateField {...bind('contactDate')} label="联系日期" required />
        <SelectField {...bind('method')} label="联系方式" required options={METHOD_OPTIONS} placeholder="请选择" />
        <SelectField
          {...bind('result')}
          label="联系结果"
          required
          options={RESULT_OPTIONS}
          placeholder="输入文字可查找"
        />
      </FieldRow>
      <FieldRow spans={[8, 16]}>
        <SelectField
          {...bind('employmentStatusFound')}
          label="当前就业状态"
          required={success}
          options={EMPLOYMENT_STATUS_OPTIONS}
          allowClear
          placeholder="联系成功时必填"
        />
        <TextField
          {...bind('employerOrActivity')}
          label="就业单位/从事工作"
          required={employed}
          maxLength={100}
          placeholder="已就业时填写"
        />
      </FieldRow>
      <FieldRow spans={[16, 8]}>
        <MultiCodeField
          {...bind('services')}
          label="本次提供服务"
          required={success}
          options={SERVICE_OPTIONS}
          placeholder={success ? '联系成功时至少选一项，输入文字可查找' : '输入文字可查找'}
        />
        <NumberField
          {...bind('jobsRecommended')}
          label="推荐岗位数"
          required={(services ?? []).includes('SV1')}
          min={0}
          max={99}
          precision={0}
        />
      </FieldRow>
      <FieldRow spans={[8, 8, 8]}>
        <SelectField {...bind('jobWish')} label="就业意愿" options={JOB_WISH_OPTIONS} allowClear placeholder="不变" />
        <DateField
          {...bind('nextContactDate')}
          label="计划下次联系日期"
          placeholder={nextDefault ? `默认 ${nextDefault}` : 'YYYY-MM-DD'}
        />
        <TextField {...bind('staff')} label="联系人" required maxLength={30} />
      </FieldRow>
      <TextField {...bind('remark')} label="备注" maxLength={200} />
      <ContactMoreFields />
    </>
  );
}
