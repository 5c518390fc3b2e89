import { Typography } from 'antd';
import { useEffect } from 'react';
import { useWatch, type Control, type UseFormGetValues, type UseFormSetValue } from 'react-hook-form';
import { agreementMonths, termEnd } from '../../../../shared/domain/allowance';
import { isValidDate } from '../../../../shared/domain/dates';
import { fenToFormYuan, formYuanToFen } from '../../../../shared/domain/money';
import { DateField, FieldRow, fieldsOf, NumberField, TextField } from '../../components/fields';
import { PersonLookupField, type PersonOption } from '../../components/PersonLookup';
import { AllowanceStandard, useMinWage } from './AllowanceFacts';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { SelectField } from '../../components/SelectField';
import { FormField } from '../../components/FormField';
import { EmployerSelect, type EmployerOption } from '../../components/EmployerSelect';
import { OtherTypeAgeWarning } from './OtherTypeAgeWarning';
import { DEGREE_OPTIONS, INTERN_TYPE_OPTIONS, yuanText } from './internship-labels';
import type { InternshipFormValues } from './internship-form-values';

export const FORM_ID = 'internship-form';

const Heading = ({ children }: { children: string }) => (
  <Typography.Title level={5} style={{ marginTop: 4 }}>
    {children}
  </Typography.Title>
);

interface Props {
  control: Control<InternshipFormValues>;
  /** To fill the end date and the host allowance from the hints while they are empty. */
  getValues: UseFormGetValues<InternshipFormValues>;
  setValue: UseFormSetValue<InternshipFormValues>;
  /** 修改见习: the stored host, so its name shows before any search. */
  host?: EmployerOption | null;
  /** The person already chosen (opened from the person page). */
  person?: PersonOption | null;
  /** 修改见习: the person is shown, not changed. */
  personLocked?: boolean;
  /** 修改见习 of an ended internship: its ending fixed the agreement dates (the core refuses a change too). */
  agreementLocked?: boolean;
}

/** 新增见习 / 修改见习: the person and category, graduate details, host and agreement, allowances and insurance. */
export function InternshipFormFields({
  control,
  getValues,
  setValue,
  host,
  person,
  personLocked,
  agreementLocked,
}: Props) {
  const [personId, internType, start, end] = useWatch({
    control,
    name: ['personId', 'internType', 'agreementStart', 'agreementEnd'],
  });
  const wage = useMinWage(start);
  const s = normaliseTypedDate(start);
  const e = normaliseTypedDate(end);
  const months = isValidDate(s) && isValidDate(e) && e > s ? agreementMonths(s, e) : null;
  const endHint =
    months !== null ? `共 ${months} 个月` : isValidDate(s) ? `6个月期满为 ${termEnd(s, 6)}` : '见习期限3至12个月';
  const half = wage?.fen ? Math.ceil(wage.fen / 2) : null;
  const graduate = internType === '1';
  // What the hints say is filled in while the field is empty (issue 18): the 6-month end and half the minimum wage.
  const sixMonths = isValidDate(s) ? termEnd(s, 6) : null;
  useEffect(() => {
    if (sixMonths && !getValues('agreementEnd')) setValue('agreementEnd', sixMonths, { shouldDirty: true });
  }, [sixMonths, getValues, setValue]);
  // The standard follows BR-27's default (the minimum wage on the start date) until the clerk types another amount.
  const wageFen = wage?.fen ?? null;
  useEffect(() => {
    if (wageFen === null) return;
    const filled = getValues('allowanceDefaultFen');
    const typed = formYuanToFen(getValues('allowanceStandard'));
    setValue('allowanceDefaultFen', wageFen);
    if (typed === null || typed === filled) setValue('allowanceStandard', fenToFormYuan(wageFen));
  }, [wageFen, getValues, setValue]);
  useEffect(() => {
    if (half !== null && getValues('hostAllowance') === null)
      setValue('hostAllowance', fenToFormYuan(half), { shouldDirty: true });
  }, [half, getValues, setValue]);

  const bind = fieldsOf(control, FORM_ID);
  return (
    <>
      <Heading>见习人员</Heading>
      <FieldRow spans={[14, 10]}>
        <PersonLookupField
          {...bind('personId')}
          label="见习人员"
          required
          initial={person}
          autoFocus={!person}
          disabled={personLocked}
        />
        <SelectField
          {...bind('internType')}
          label="见习人员类别"
          required
          options={INTERN_TYPE_OPTIONS}
          placeholder="输入文字可查找"
        />
      </FieldRow>
      {internType === '9' && (
        <>
          <TextField
            {...bind('otherTypeNote')}
            label="其他类别说明"
            required
            maxLength={60}
            placeholder="如：技工院校毕业生"
            extra="“其他”类别须经规则设置允许，说明将打印在见习人员花名册的备注中"
          />
          <OtherTypeAgeWarning personId={personId} agreementStart={start} />
        </>
      )}
      {internType !== '2' && (
        <FieldRow spans={[7, 6, 5, 6]}>
          <TextField {...bind('school')} label="毕业院校" required={graduate} maxLength={60} />
          <TextField {...bind('major')} label="专业" required={graduate} maxLength={60} />
          <SelectField
            {...bind('degree')}
            label="学历"
            required={graduate}
            options={DEGREE_OPTIONS}
            placeholder="请选择"
          />
          <DateField {...bind('graduationDate')} label="毕业(离校)时间" required={graduate} />
        </FieldRow>
      )}
      <Heading>见习单位与协议</Heading>
      <FieldRow spans={[14, 10]}>
        <FormField
          {...bind('hostId')}
          label="见习单位"
          required
          render={(f) => <EmployerSelect {...f} basesOnly current={host} />}
        />
        <TextField {...bind('position')} label="见习岗位" required maxLength={60} />
      </FieldRow>
      <FieldRow spans={[7, 7, 10]}>
        <DateField {...bind('agreementStart')} label="见习协议开始日期" required disabled={agreementLocked} />
        <DateField
          {...bind('agreementEnd')}
          label="见习协议截止日期"
          required
          extra={agreementLocked ? '见习已结束，协议起止日期不能修改' : endHint}
          disabled={agreementLocked}
        />
        <AllowanceStandard control={control} formId={FORM_ID} wage={wage} />
      </FieldRow>
      <Heading>补助与保险</Heading>
      <FieldRow spans={[10, 14]}>
        <NumberField
          {...bind('hostAllowance')}
          label="单位岗位补助(元/月)"
          required
          extra={half !== null ? `不低于最低工资标准的一半：${yuanText(half)}` : undefined}
          min={0}
          precision={2}
        />
        <TextField {...bind('insurancePolicy')} label="人身意外伤害保险保单号" required maxLength={60} />
      </FieldRow>
      <TextField {...bind('remark')} label="备注" maxLength={200} />
    </>
  );
}
