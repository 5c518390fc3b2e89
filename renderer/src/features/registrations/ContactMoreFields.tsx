import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { MultiCodeField } from '../../components/MultiCodeSelect';
import { SelectField } from '../../components/SelectField';
import { CheckboxField, FieldRow, fieldsOf, TextField } from '../../components/fields';
import { contactFieldId, MORE_FIELDS, type ContactFormValues } from './contact-values';
import { CANCEL_REASON_OPTIONS, SERVICE_OPTIONS } from './options';
import { TrainingClassField } from './TrainingClassField';

/** E14 SV5 职业培训推荐: the service that may name a class (BR-39). */
const TRAINING = 'SV5';

/**
 * 更多 of the contact form, closed at first so a phone call fits the drawer: 服务需求 (E14), 建议注销 and its reason
 * (BR-07/BR-08, the reasons of 注销登记), 服务结果 and — when 职业培训推荐 is among the services — the class
 * recommended (BR-39). It opens by itself on a contact that holds any of them and when one of them is refused.
 */
export function ContactMoreFields() {
  const { control, setValue, formState } = useFormContext<ContactFormValues>();
  const bind = fieldsOf(control, contactFieldId);
  const [services, needs, suggestCancel, suggestReason, serviceResult, trainingClassId, contactDate] = useWatch({
    control,
    name: ['services', 'needs', 'suggestCancel', 'suggestReason', 'serviceResult', 'trainingClassId', 'contactDate'],
  });
  const filled = [
    (needs ?? []).length > 0 && '服务需求',
    suggestCancel && '建议注销',
    !!trainingClassId && '推荐培训班',
    !!serviceResult && '服务结果',
  ].filter((x): x is string => !!x);
  const [chosen, setOpen] = useState(filled.length > 0);
  // A refused field of the group is never hidden.
  const open = chosen || MORE_FIELDS.some((f) => formState.errors[f]);
  // Not suggested any more: the reason goes with it.
  useEffect(() => {
    if (!suggestCancel && suggestReason) setValue('suggestReason', null, { shouldDirty: true });
  }, [suggestCancel, suggestReason, setValue]);
  const training = (services ?? []).includes(TRAINING) || !!trainingClassId;

  return (
    <>
      <Button
        type="link"
        size="small"
        icon={open ? <DownOutlined /> : <RightOutlined />}
        aria-expanded={open}
        aria-controls={contactFieldId('more')}
        onClick={() => setOpen(!open)}
        style={{ paddingInline: 0, marginBottom: open ? 8 : 0 }}
      >
        更多：服务需求、建议注销、服务结果
      </Button>
      {!open && (filled.length > 0 || training) && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {filled.length > 0 ? `已填写${filled.join('、')}` : '可在此选择推荐的培训班'}
        </Typography.Text>
      )}
      {open && (
        <div id={contactFieldId('more')} role="group" aria-label="更多">
          <FieldRow spans={[12, 12]}>
            <MultiCodeField
              {...bind('needs')}
              label="服务需求"
              options={SERVICE_OPTIONS}
              placeholder="本人需要的服务，输入文字可查找"
            />
            {training && <TrainingClassField {...bind('trainingClassId')} label="推荐培训班" on={contactDate} />}
          </FieldRow>
          <FieldRow spans={[6, 18]}>
            <CheckboxField {...bind('suggestCancel')} label="建议注销">
              建议注销登记
            </CheckboxField>
            <SelectField
              {...bind('suggestReason')}
              label="建议注销原因"
              required={suggestCancel}
              disabled={!suggestCancel}
              options={CANCEL_REASON_OPTIONS}
              allowClear
              placeholder={suggestCancel ? '输入文字可查找' : '勾选建议注销后选择'}
            />
          </FieldRow>
          <TextField {...bind('serviceResult')} label="服务结果" maxLength={200} />
        </div>
      )}
    </>
  );
}
