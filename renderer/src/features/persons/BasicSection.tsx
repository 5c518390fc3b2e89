import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { defaultRetirementCategory } from '../../../../shared/domain/retirement';
import { checkPhone } from '../../../../shared/domain/phone';
import { isLegacyIdNumber } from '../../../../shared/domain/id-number';
import { retirementCategoryLabel } from '../../../../shared/enums';
import { SelectField } from '../../components/SelectField';
import { fieldId, warningText } from './form-bindings';
import { useIdFacts } from './useIdFacts';
import { IdDerivedFacts } from './IdDerivedFacts';
import { LegacyIdConverter } from './LegacyIdConverter';
import { MaskedNumberField } from './MaskedNumberField';
import type { PersonFormValues } from './person-form-values';
import { EDUCATION_OPTIONS, ETHNICITY_OPTIONS, retirementOptions } from '../../components/person-options';
import { FieldRow, fieldsOf, TextField } from '../../components/fields';

interface BasicSectionProps {
  /** The stored person when editing. */
  detail: PersonDetail | null;
  today: string;
  /** Shown under the ID, e.g. "already registered". */
  idNotice?: ReactNode;
}

/** 基本信息: the ID with what it tells beside it, then name, ethnicity, education, phone, retirement category. */
export function BasicSection({ detail, today, idNotice }: BasicSectionProps) {
  const { control } = useFormContext<PersonFormValues>();
  const bind = fieldsOf(control, fieldId);
  const phone = useWatch({ control, name: 'phone' });
  const { facts, femaleDefault, idNumber, changeId } = useIdFacts(detail, today);
  const sex = facts?.sex ?? null;
  const idWarning = facts && (!detail || changeId) ? warningText(facts.warnings.join('；')) : undefined;
  // VR-02: a typed 15-digit number (never the masked stored one) gets the converter; it is no registered ID either.
  const legacy =
    (!detail || changeId) && isLegacyIdNumber(idNumber) ? <LegacyIdConverter idNumber={idNumber} /> : undefined;

  // The duplicate-ID notice is an element even when it shows nothing, so a warning goes beside it, not instead.
  const both = (
    <>
      {idNotice}
      {idWarning}
    </>
  );
  const idExtra = legacy ?? (idWarning ? both : idNotice);

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        基本信息
      </Typography.Title>
      <FieldRow spans={[10, 14]}>
        <MaskedNumberField
          name="idNumber"
          changeName="changeIdNumber"
          label="公民身份号码"
          masked={detail?.idNumberMasked ?? null}
          required
          maxLength={22}
          placeholder="18位，末位可为X"
          autoFocus={!detail}
          extra={idExtra}
        />
        <IdDerivedFacts facts={facts} />
      </FieldRow>
      <FieldRow spans={[8, 8, 8]}>
        <TextField {...bind('name')} label="姓名" required maxLength={60} autoFocus={!!detail} />
        <SelectField
          {...bind('ethnicity')}
          label="民族"
          required
          options={ETHNICITY_OPTIONS}
          placeholder="输入文字可查找"
        />
        <SelectField
          {...bind('education')}
          label="文化程度"
          options={EDUCATION_OPTIONS}
          allowClear
          placeholder="请选择"
        />
      </FieldRow>
      <FieldRow spans={[8, 16]}>
        <TextField
          {...bind('phone')}
          label="联系电话"
          extra={warningText(checkPhone(phone).warning)}
          maxLength={30}
          inputMode="tel"
        />
        <SelectField
          {...bind('retirementCategory')}
          label="退休年龄类别"
          options={retirementOptions(sex)}
          allowClear
          placeholder={
            sex ? `默认：${retirementCategoryLabel(defaultRetirementCategory(sex, femaleDefault))}` : '按性别默认'
          }
        />
      </FieldRow>
    </>
  );
}
