import { Typography } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { normalizeBankCard, validateBankCard } from '../../../../shared/domain/bank-card';
import { cardNoWarning } from '../../../../shared/domain/card-no';
import { SelectField } from '../../components/SelectField';
import { fieldId, warningText } from './form-bindings';
import { MaskedNumberField } from './MaskedNumberField';
import type { PersonFormValues } from './person-form-values';
import {
  DISABILITY_GRADE_OPTIONS,
  DISABILITY_TYPE_OPTIONS,
  POVERTY_STATUS_OPTIONS,
} from '../../components/person-options';
import { CheckboxField, FieldRow, fieldsOf, TextField } from '../../components/fields';

function bankWarning(raw: string): string | undefined {
  if (!normalizeBankCard(raw)) return undefined;
  const r = validateBankCard(raw);
  return r.ok ? r.warning : undefined;
}

const cardWarning = (raw: string) => cardNoWarning(raw.trim()) ?? undefined;

/** 帮扶信息: disability, poverty status, 低保, the employment card and the account subsidies are paid to. */
export function SupportSection({ detail }: { detail: PersonDetail | null }) {
  const { control } = useFormContext<PersonFormValues>();
  const bind = fieldsOf(control, fieldId);
  const [bank, changeBank, cardNo] = useWatch({ control, name: ['bankCardNo', 'changeBankCardNo', 'cardNo'] });

  return (
    <>
      <Typography.Title level={5}>帮扶信息</Typography.Title>
      <FieldRow spans={[12, 6, 6]}>
        <MaskedNumberField
          name="disabilityCertNo"
          changeName="changeDisabilityCertNo"
          label="残疾人证号"
          masked={detail?.disabilityCertNoMasked ?? null}
          maxLength={30}
          placeholder="20位：公民身份号码 + 类别 + 等级"
        />
        <SelectField
          {...bind('disabilityType')}
          label="残疾类别"
          options={DISABILITY_TYPE_OPTIONS}
          allowClear
          placeholder="无"
        />
        <SelectField
          {...bind('disabilityGrade')}
          label="残疾等级"
          options={DISABILITY_GRADE_OPTIONS}
          allowClear
          placeholder="无"
        />
      </FieldRow>
      <FieldRow spans={[12, 6]}>
        <SelectField
          {...bind('povertyStatus')}
          label="脱贫/监测状态"
          options={POVERTY_STATUS_OPTIONS}
          allowClear
          placeholder="请选择"
        />
        <CheckboxField {...bind('dibao')} label="低保">
          享受低保
        </CheckboxField>
      </FieldRow>
      <FieldRow spans={[12]}>
        <TextField {...bind('cardNo')} label="就业创业证号" extra={warningText(cardWarning(cardNo))} maxLength={30} />
      </FieldRow>
      <FieldRow spans={[12, 12]}>
        <MaskedNumberField
          name="bankCardNo"
          changeName="changeBankCardNo"
          label="社保卡金融账户/银行卡号"
          masked={detail?.bankCardNoMasked ?? null}
          maxLength={30}
          extra={changeBank ? warningText(bankWarning(bank)) : undefined}
        />
        <TextField {...bind('bankName')} label="开户行" maxLength={60} placeholder="如：农业银行疏附县支行" />
      </FieldRow>
    </>
  );
}
