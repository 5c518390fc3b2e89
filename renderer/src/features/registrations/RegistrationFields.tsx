import { Typography } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { isValidDate } from '../../../../shared/domain/dates';
import {
  STATUS_AT_REGISTRATION,
  suggestServiceLevel,
  zeroHouseholdMember,
} from '../../../../shared/domain/service-level';
import { serviceLevelLabel } from '../../../../shared/enums/registration-codes';
import { SelectField } from '../../components/SelectField';
import { placesEmptyText, townshipOptions, villageOptions, type Places } from '../../components/usePlaces';
import { MultiCodeField } from '../../components/MultiCodeSelect';
import { JOB_WISH_OPTIONS, LEVEL_OPTIONS, REASON_OPTIONS, SERVICE_OPTIONS } from './options';
import type { RegistrationFormValues } from './registration-values';
import { CheckboxField, DateField, FieldRow, fieldsOf, TextField } from '../../components/fields';

export const REGISTRATION_FORM_ID = 'registration-form';

interface RegistrationFieldsProps {
  person: PersonDetail;
  places: Places;
  /** 新增: the service level with the BR-09 suggestion; on 编辑 the level has its own action. */
  withLevel: boolean;
  /** CFG-24: registration months that make a person A. */
  longTermMonths: number;
}

const levelText = (l: string) => `${l} ${serviceLevelLabel(l)}`;

/** The person's household members as the BR-15 check takes them (the core reads the same rows). */
const householdOf = (person: PersonDetail) =>
  person.householdMembers.map((m) => ({
    name: m.memberName,
    relation: m.relation,
    status: m.status,
    worksAgeAble: m.worksAgeAble,
  }));

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
          zeroEmploymentHousehold: zeroHouseholdMember(STATUS_AT_REGISTRATION, householdOf(person)),
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
      <FieldRow spans={[8, 16]}>
        <DateField {...bind('regDate')} label="登记日期" required autoFocus />
        <SelectField
          {...bind('regPlaceId')}
          label="登记地"
          required
          options={placeOptions}
          notFoundContent={placesEmptyText(places, 'any')}
          placeholder="乡镇(街道)或村(社区)，输入文字可查找"
        />
      </FieldRow>
      <FieldRow spans={[12, 6, 6]}>
        <SelectField
          {...bind('reason')}
          label="失业原因"
          required
          options={REASON_OPTIONS}
          placeholder="输入文字可查找"
        />
        <SelectField {...bind('jobWish')} label="就业意愿" required options={JOB_WISH_OPTIONS} placeholder="请选择" />
        <CheckboxField {...bind('receivesUi')} label="领取失业保险金">
          是
        </CheckboxField>
      </FieldRow>
      <TextField {...bind('jobIntent')} label="求职意向" maxLength={200} placeholder="工种、地点、期望月薪" />
      <FieldRow spans={[16, 8]}>
        <MultiCodeField {...bind('needs')} label="服务需求" options={SERVICE_OPTIONS} placeholder="输入文字可查找" />
        <TextField
          {...bind('responsibleStaff')}
          label="联系责任人"
          required
          maxLength={30}
          placeholder="工作人员或村干部姓名"
        />
      </FieldRow>
      {withLevel && (
        <>
          <Typography.Title level={5}>服务等级</Typography.Title>
          {suggestion && (
            <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
              建议：{levelText(suggestion.level)}（{suggestion.reasons.join('、')}）。不按建议时请填写调整原因。
            </Typography.Paragraph>
          )}
          <FieldRow spans={[8, 16]}>
            <SelectField
              {...bind('serviceLevel')}
              label="服务等级"
              options={LEVEL_OPTIONS}
              allowClear
              placeholder={suggestion ? `按建议：${levelText(suggestion.level)}` : '按建议'}
            />
            {differs && (
              <TextField
                {...bind('serviceLevelReason')}
                label="调整原因"
                required
                maxLength={200}
                placeholder="与建议等级不同的原因"
              />
            )}
          </FieldRow>
        </>
      )}
    </>
  );
}
