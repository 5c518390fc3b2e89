import { Typography } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import { urbanRuralLabel } from '../../../../shared/enums';
import { SelectField } from '../../components/SelectField';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { unemployedOutsideWorkingAge } from '../../../../shared/domain/working-age-status';
import { fieldId, warningText } from './form-bindings';
import { useIdFacts } from './useIdFacts';
import type { PersonFormValues } from './person-form-values';
import { EMPLOYMENT_STATUS_OPTIONS, URBAN_RURAL_OPTIONS } from '../../components/person-options';
import { PlacePicker } from './PlacePicker';
import type { Places } from '../../components/usePlaces';
import { FieldRow, fieldsOf, TextField } from '../../components/fields';

interface AddressSectionProps {
  places: Places;
  /** The stored person when editing, and the working date: for the 当前就业状态 warning. */
  detail: PersonDetail | null;
  today: string;
}

/**
 * 住址 (常住地 required, 户籍地 optional, both villages of the county) and 就业 (当前就业状态, with a warning when 失业 is
 * chosen for someone outside working age).
 */
export function AddressSection({ places, detail, today }: AddressSectionProps) {
  const { control } = useFormContext<PersonFormValues>();
  const bind = fieldsOf(control, fieldId);
  const [village, status] = useWatch({ control, name: ['residenceRegionId', 'employmentStatus'] });
  const { facts } = useIdFacts(detail, today);
  const statusWarning = facts && unemployedOutsideWorkingAge(facts.birthDate, facts.category, status, today);
  const villageCode = village ? places.byId.get(village)?.urbanRuralCode : null;

  return (
    <>
      <Typography.Title level={5}>住址</Typography.Title>
      <FieldRow spans={[16, 8]}>
        <PlacePicker name="residenceRegionId" label="常住地" required places={places} />
        <SelectField
          {...bind('urbanRural')}
          label="城乡属性"
          options={URBAN_RURAL_OPTIONS}
          allowClear
          placeholder={villageCode ? `默认：${urbanRuralLabel(villageCode)}` : '按村(社区)默认'}
        />
      </FieldRow>
      <TextField {...bind('address')} label="详细地址" maxLength={200} placeholder="如：3组12号" />
      <FieldRow spans={[16]}>
        <PlacePicker name="hukouRegionId" label="户籍地" places={places} />
      </FieldRow>
      <Typography.Title level={5}>就业</Typography.Title>
      <FieldRow spans={[12]}>
        <SelectField
          {...bind('employmentStatus')}
          label="当前就业状态"
          required
          options={EMPLOYMENT_STATUS_OPTIONS}
          extra={warningText(statusWarning)}
        />
      </FieldRow>
    </>
  );
}
