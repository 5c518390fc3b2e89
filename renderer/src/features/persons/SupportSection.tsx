import { Checkbox, Col, Input, Row, Typography } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { normalizeBankCard, validateBankCard } from '../../../../shared/domain/bank-card';
import { FormField } from '../../components/FormField';
import { textBinding } from '../../components/field-bindings';
import { SelectField } from '../../components/SelectField';
import { fieldId, warningText } from './form-bindings';
import { MaskedNumberField } from './MaskedNumberField';
import type { PersonFormValues } from './person-form-values';
import {
  DISABILITY_GRADE_OPTIONS,
  DISABILITY_TYPE_OPTIONS,
  POVERTY_STATUS_OPTIONS,
} from '../../components/person-options';
import { fieldsOf, TextField } from '../../components/fields';

function bankWarning(raw: string): string | undefined {
  if (!normalizeBankCard(raw)) return undefined;
  const r = validateBankCard(raw);
  return r.ok ? r.warning : undefined;
}

const cardWarning = (raw: string) =>
  raw.trim() && !/^\d{16}$|^\d{18}$/.test(raw.trim()) ? '就业创业证号一般为16位或18位数字，请核对' : undefined;

/** 帮扶信息: disability, poverty status, 低保, the employment card and the account subsidies are paid to. */
export function SupportSection({ detail }: { detail: PersonDetail | null }) {
  const { control } = useFormContext<PersonFormValues>();
  const bind = fieldsOf(control, fieldId);
  const [bank, changeBank, cardNo] = useWatch({ control, name: ['bankCardNo', 'changeBankCardNo', 'cardNo'] });

  return (
    <>
      <Typography.Title level={5}>帮扶信息</Typography.Title>
      <Row gutter={16}>
        <Col span={12}>
          <MaskedNumberField
            name="disabilityCertNo"
            changeName="changeDisabilityCertNo"
            label="残疾人证号"
            masked={detail?.disabilityCertNoMasked ?? null}
            maxLength={30}
            placeholder="20位：身份证号 + 类别 + 等级"
          />
        </Col>
        <Col span={6}>
          <SelectField
            {...bind('disabilityType')}
            label="残疾类别"
            options={DISABILITY_TYPE_OPTIONS}
            allowClear
            placeholder="无"
          />
        </Col>
        <Col span={6}>
          <SelectField
            {...bind('disabilityGrade')}
            label="残疾等级"
            options={DISABILITY_GRADE_OPTIONS}
            allowClear
            placeholder="无"
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <SelectField
            {...bind('povertyStatus')}
            label="脱贫/监测状态"
            options={POVERTY_STATUS_OPTIONS}
            allowClear
            placeholder="请选择"
          />
        </Col>
        <Col span={6}>
          <FormField
            {...bind('dibao')}
            label="低保"
            render={(field) => (
              <Checkbox
                id={field.id}
                ref={field.ref}
                checked={!!field.value}
                onChange={(e) => field.onChange(e.target.checked)}
                onBlur={field.onBlur}
              >
                享受低保
              </Checkbox>
            )}
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <TextField {...bind('cardNo')} label="就业创业证号" extra={warningText(cardWarning(cardNo))} maxLength={30} />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <MaskedNumberField
            name="bankCardNo"
            changeName="changeBankCardNo"
            label="社保卡金融账户/银行卡号"
            masked={detail?.bankCardNoMasked ?? null}
            maxLength={30}
            extra={changeBank ? warningText(bankWarning(bank)) : undefined}
          />
        </Col>
        <Col span={12}>
          <FormField
            {...bind('bankName')}
            label="开户行"
            render={(field) => (
              <Input {...textBinding(field)} maxLength={60} placeholder="如：农业银行疏附县支行" autoComplete="off" />
            )}
          />
        </Col>
      </Row>
    </>
  );
}
