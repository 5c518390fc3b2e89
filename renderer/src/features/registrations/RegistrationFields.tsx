import { Checkbox, Col, Input, Row, Typography } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { isValidDate } from '../../../../shared/domain/dates';
import { suggestServiceLevel } from '../../../../shared/domain/service-level';
import { serviceLevelLabel } from '../../../../shared/enums/registration-codes';
import { FormField } from '../../components/FormField';
import { textBinding } from '../../components/field-bindings';
import { SelectField } from '../../components/SelectField';
import { placesEmptyText, townshipOptions, villageOptions, type Places } from '../../components/usePlaces';
import { MultiCodeSelect } from './MultiCodeSelect';
import { JOB_WISH_OPTIONS, LEVEL_OPTIONS, REASON_OPTIONS, SERVICE_OPTIONS } from './options';
import type { RegistrationFormValues } from './registration-values';
import { DateField, fieldsOf } from '../../components/fields';

export const REGISTRATION_FORM_ID = 'registration-form';
const fid = (name: string) => `${REGISTRATION_FORM_ID}-${name}`;

interface RegistrationFieldsProps {
  person: PersonDetail;
  places: Places;
  /** 新增: the service level with the BR-09 suggestion; on 编辑 the level has its own action. */
  withLevel: boolean;
  /** CFG-24: registration months that make a person A. */
  longTermMonths: number;
}

const levelText = (l: string) => `${l} ${serviceLevelLabel(l)}`;

/** 登记信息, then (新增) 服务等级 with the rule's suggestion and, when the clerk differs, the reason. */
export function RegistrationFields({ person, places, withLevel, longTermMonths }: RegistrationFieldsProps) {
  const { control } = useFormContext<RegistrationFormValues>();
  const bind = fieldsOf(control, REGISTRATION_FORM_ID);
  const [regDate, jobWish, needs, level, placeId] = useWatch({
    control,
    name: ['regDate', 'jobWish', 'needs', 'serviceLevel', 'regPlaceId'],
  });
  const date = isValidDate(regDate?.trim() ?? '') ? regDate.trim() : null;
  const suggestion = date
    ? suggestServiceLevel(
        {
          isDifficult: person.isDifficult,
          povertyStatus: person.povertyStatus,
          regDate: date,
          onDate: date,
          jobWish: jobWish ?? '',
          needs: needs ?? [],
        },
        { longTermMonths },
      )
    : null;
  const differs = !!level && !!suggestion && level !== suggestion.level;
  const placeOptions = [...townshipOptions(places, placeId), ...villageOptions(places, null, placeId)];

  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        登记信息
      </Typography.Title>
      <Row gutter={16}>
        <Col span={8}>
          <DateField control={control} name="regDate" id={fid('regDate')} label="登记日期" required autoFocus />
        </Col>
        <Col span={16}>
          <SelectField
            {...bind('regPlaceId')}
            label="登记地"
            required
            options={placeOptions}
            notFoundContent={placesEmptyText(places, 'any')}
            placeholder="乡镇(街道)或村(社区)，输入文字可查找"
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <SelectField
            {...bind('reason')}
            label="失业原因"
            required
            options={REASON_OPTIONS}
            placeholder="输入文字可查找"
          />
        </Col>
        <Col span={6}>
          <SelectField {...bind('jobWish')} label="就业意愿" required options={JOB_WISH_OPTIONS} placeholder="请选择" />
        </Col>
        <Col span={6}>
          <FormField
            {...bind('receivesUi')}
            label="领取失业保险金"
            render={(field) => (
              <Checkbox
                id={field.id}
                ref={field.ref}
                checked={field.value as boolean}
                onChange={(e) => field.onChange(e.target.checked)}
              >
                是
              </Checkbox>
            )}
          />
        </Col>
      </Row>
      <FormField
        {...bind('jobIntent')}
        label="求职意向"
        render={(field) => (
          <Input {...textBinding(field)} maxLength={200} placeholder="工种、地点、期望月薪" autoComplete="off" />
        )}
      />
      <Row gutter={16}>
        <Col span={16}>
          <FormField
            {...bind('needs')}
            label="服务需求"
            render={(field) => (
              <MultiCodeSelect
                id={field.id}
                ref={field.ref}
                aria-invalid={field['aria-invalid']}
                value={field.value as string[]}
                onChange={(v) => field.onChange(v)}
                onBlur={field.onBlur}
                options={SERVICE_OPTIONS}
                placeholder="输入文字可查找"
              />
            )}
          />
        </Col>
        <Col span={8}>
          <FormField
            {...bind('responsibleStaff')}
            label="联系责任人"
            required
            render={(field) => (
              <Input {...textBinding(field)} maxLength={30} placeholder="工作人员或村干部姓名" autoComplete="off" />
            )}
          />
        </Col>
      </Row>
      {withLevel && (
        <>
          <Typography.Title level={5}>服务等级</Typography.Title>
          {suggestion && (
            <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
              建议：{levelText(suggestion.level)}（{suggestion.reasons.join('、')}）。不按建议时请填写调整原因。
            </Typography.Paragraph>
          )}
          <Row gutter={16}>
            <Col span={8}>
              <SelectField
                {...bind('serviceLevel')}
                label="服务等级"
                options={LEVEL_OPTIONS}
                allowClear
                placeholder={suggestion ? `按建议：${levelText(suggestion.level)}` : '按建议'}
              />
            </Col>
            {differs && (
              <Col span={16}>
                <FormField
                  {...bind('serviceLevelReason')}
                  label="调整原因"
                  required
                  render={(field) => (
                    <Input
                      {...textBinding(field)}
                      maxLength={200}
                      placeholder="与建议等级不同的原因"
                      autoComplete="off"
                    />
                  )}
                />
              </Col>
            )}
          </Row>
        </>
      )}
    </>
  );
}
