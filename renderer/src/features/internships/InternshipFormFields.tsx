import { Col, Input, InputNumber, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { useWatch, type Control, type UseFormGetValues, type UseFormSetValue } from 'react-hook-form';
import { agreementMonths, termEnd } from '../../../../shared/domain/allowance';
import { isValidDate } from '../../../../shared/domain/dates';
import { EntrySelect } from '../../components/EntrySelect';
import { FormField, type FieldControlProps } from '../../components/FormField';
import { PersonLookup, type PersonOption } from '../../components/PersonLookup';
import { AllowanceStandard, useMinWage } from './AllowanceFacts';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { DateInput } from '../../components/DateInput';
import { DEGREE_OPTIONS, INTERN_TYPE_OPTIONS, yuanText } from './internship-labels';
import type { InternshipFormValues } from './internship-form-values';

export const FORM_ID = 'internship-form';
const fid = (name: string) => `${FORM_ID}-${name}`;
type Field = FieldControlProps<InternshipFormValues>;

const text = (f: Field, max: number) => (
  <Input
    id={f.id}
    ref={f.ref}
    name={f.name}
    value={(f.value as string) ?? ''}
    onChange={f.onChange}
    onBlur={f.onBlur}
    maxLength={max}
    autoComplete="off"
    aria-invalid={f['aria-invalid']}
  />
);
const select = (f: Field, options: { value: string; label: string }[], placeholder = '输入文字可查找') => (
  <EntrySelect
    id={f.id}
    ref={f.ref}
    value={(f.value as string | null) ?? undefined}
    onChange={(v) => f.onChange(v ?? null)}
    onBlur={f.onBlur}
    options={options}
    placeholder={placeholder}
    aria-invalid={f['aria-invalid']}
  />
);
const date = (f: Field) => (
  <DateInput
    id={f.id}
    name={f.name}
    ref={f.ref}
    value={f.value as string}
    onChange={f.onChange}
    onBlur={f.onBlur}
    aria-invalid={f['aria-invalid']}
  />
);

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
  hostOptions: { value: string; label: string }[];
  /** The person already chosen (opened from the person page). */
  person?: PersonOption | null;
}

/** 新增见习: the person and category, graduate details, host and agreement, allowances and insurance. */
export function InternshipFormFields({ control, getValues, setValue, hostOptions, person }: Props) {
  const [internType, start, end] = useWatch({ control, name: ['internType', 'agreementStart', 'agreementEnd'] });
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
  useEffect(() => {
    if (half !== null && getValues('hostAllowance') === null)
      setValue('hostAllowance', half / 100, { shouldDirty: true });
  }, [half, getValues, setValue]);

  return (
    <>
      <Heading>见习人员</Heading>
      <Row gutter={16}>
        <Col span={14}>
          <FormField
            control={control}
            name="personId"
            id={fid('personId')}
            label="见习人员"
            required
            render={(f) => (
              <PersonLookup
                id={f.id}
                ref={f.ref}
                value={f.value as string | null}
                initial={person}
                onChange={(v) => f.onChange(v)}
                onBlur={f.onBlur}
                status={f['aria-invalid'] ? 'error' : undefined}
                autoFocus={!person}
              />
            )}
          />
        </Col>
        <Col span={10}>
          <FormField
            control={control}
            name="internType"
            id={fid('internType')}
            label="见习人员类别"
            required
            render={(f) => select(f, INTERN_TYPE_OPTIONS)}
          />
        </Col>
      </Row>
      {internType !== '2' && (
        <Row gutter={16}>
          <Col span={7}>
            <FormField
              control={control}
              name="school"
              id={fid('school')}
              label="毕业院校"
              required={graduate}
              render={(f) => text(f, 60)}
            />
          </Col>
          <Col span={6}>
            <FormField
              control={control}
              name="major"
              id={fid('major')}
              label="专业"
              required={graduate}
              render={(f) => text(f, 60)}
            />
          </Col>
          <Col span={5}>
            <FormField
              control={control}
              name="degree"
              id={fid('degree')}
              label="学历"
              required={graduate}
              render={(f) => select(f, DEGREE_OPTIONS, '请选择')}
            />
          </Col>
          <Col span={6}>
            <FormField
              control={control}
              name="graduationDate"
              id={fid('graduationDate')}
              label="毕业(离校)时间"
              required={graduate}
              render={date}
            />
          </Col>
        </Row>
      )}
      <Heading>见习单位与协议</Heading>
      <Row gutter={16}>
        <Col span={14}>
          <FormField
            control={control}
            name="hostId"
            id={fid('hostId')}
            label="见习单位"
            required
            render={(f) => select(f, hostOptions, '见习基地名称')}
          />
        </Col>
        <Col span={10}>
          <FormField
            control={control}
            name="position"
            id={fid('position')}
            label="见习岗位"
            required
            render={(f) => text(f, 60)}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={7}>
          <FormField
            control={control}
            name="agreementStart"
            id={fid('agreementStart')}
            label="见习协议开始日期"
            required
            render={date}
          />
        </Col>
        <Col span={7}>
          <FormField
            control={control}
            name="agreementEnd"
            id={fid('agreementEnd')}
            label="见习协议截止日期"
            required
            extra={endHint}
            render={date}
          />
        </Col>
        <Col span={10}>
          <AllowanceStandard wage={wage} />
        </Col>
      </Row>
      <Heading>补助与保险</Heading>
      <Row gutter={16}>
        <Col span={10}>
          <FormField
            control={control}
            name="hostAllowance"
            id={fid('hostAllowance')}
            label="单位岗位补助(元/月)"
            required
            extra={half !== null ? `不低于最低工资标准的一半：${yuanText(half)}` : undefined}
            render={(f) => (
              <InputNumber<number>
                id={f.id}
                ref={f.ref}
                value={f.value as number | null}
                onChange={(v) => f.onChange(v ?? null)}
                onBlur={f.onBlur}
                min={0}
                precision={2}
                style={{ width: '100%' }}
                aria-invalid={f['aria-invalid']}
              />
            )}
          />
        </Col>
        <Col span={14}>
          <FormField
            control={control}
            name="insurancePolicy"
            id={fid('insurancePolicy')}
            label="人身意外伤害保险保单号"
            required
            render={(f) => text(f, 60)}
          />
        </Col>
      </Row>
      <FormField control={control} name="remark" id={fid('remark')} label="备注" render={(f) => text(f, 200)} />
    </>
  );
}
