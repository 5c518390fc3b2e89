import { Col, Input, InputNumber, Row } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import { defaultNextContactDate } from '../../../../shared/domain/contact-due';
import { isValidDate } from '../../../../shared/domain/dates';
import { EMPLOYED_STATUSES } from '../../../../shared/domain/registration-cancel';
import { FormField } from '../../components/FormField';
import { textBinding } from '../../components/field-bindings';
import { DateInput } from '../../components/DateInput';
import { SelectField } from '../../components/SelectField';
import { EMPLOYMENT_STATUS_OPTIONS } from '../../components/person-options';
import type { ContactFormValues } from './contact-values';
import { MultiCodeSelect } from './MultiCodeSelect';
import { JOB_WISH_OPTIONS, METHOD_OPTIONS, RESULT_OPTIONS, SERVICE_OPTIONS } from './options';
import { DateField, fieldsOf, TextField } from '../../components/fields';

export const CONTACT_FORM_ID = 'contact-form';
export const contactFieldId = (name: string) => `${CONTACT_FORM_ID}-${name}`;

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
  const employed = !!status && (EMPLOYED_STATUSES as readonly string[]).includes(status);
  const nextDefault = isValidDate(contactDate?.trim() ?? '') ? defaultNextContactDate(contactDate.trim()) : null;

  return (
    <>
      <Row gutter={16}>
        <Col span={8}>
          <DateField {...bind('contactDate')} label="联系日期" required />
        </Col>
        <Col span={8}>
          <SelectField {...bind('method')} label="联系方式" required options={METHOD_OPTIONS} placeholder="请选择" />
        </Col>
        <Col span={8}>
          <SelectField
            {...bind('result')}
            label="联系结果"
            required
            options={RESULT_OPTIONS}
            placeholder="输入文字可查找"
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <SelectField
            {...bind('employmentStatusFound')}
            label="当前就业状态"
            required={success}
            options={EMPLOYMENT_STATUS_OPTIONS}
            allowClear
            placeholder="联系成功时必填"
          />
        </Col>
        <Col span={16}>
          <FormField
            {...bind('employerOrActivity')}
            label="就业单位/从事工作"
            required={employed}
            render={(field) => (
              <Input {...textBinding(field)} maxLength={100} placeholder="已就业时填写" autoComplete="off" />
            )}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={16}>
          <FormField
            {...bind('services')}
            label="本次提供服务"
            required={success}
            render={(field) => (
              <MultiCodeSelect
                id={field.id}
                ref={field.ref}
                aria-invalid={field['aria-invalid']}
                value={field.value as string[]}
                onChange={(v) => field.onChange(v)}
                onBlur={field.onBlur}
                options={SERVICE_OPTIONS}
                placeholder={success ? '联系成功时至少选一项，输入文字可查找' : '输入文字可查找'}
              />
            )}
          />
        </Col>
        <Col span={8}>
          <FormField
            {...bind('jobsRecommended')}
            label="推荐岗位数"
            required={(services ?? []).includes('SV1')}
            render={(field) => (
              <InputNumber
                id={field.id}
                ref={field.ref}
                aria-invalid={field['aria-invalid']}
                value={field.value as number | null}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                onBlur={field.onBlur}
                min={0}
                max={99}
                precision={0}
                style={{ width: '100%' }}
              />
            )}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <SelectField {...bind('jobWish')} label="就业意愿" options={JOB_WISH_OPTIONS} allowClear placeholder="不变" />
        </Col>
        <Col span={8}>
          <FormField
            {...bind('nextContactDate')}
            label="计划下次联系日期"
            render={(field) => (
              <DateInput {...field} placeholder={nextDefault ? `默认 ${nextDefault}` : 'YYYY-MM-DD'} />
            )}
          />
        </Col>
        <Col span={8}>
          <TextField {...bind('staff')} label="联系人" required maxLength={30} />
        </Col>
      </Row>
      <TextField control={control} name="remark" id={contactFieldId('remark')} label="备注" maxLength={200} />
    </>
  );
}
