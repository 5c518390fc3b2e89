import { Typography } from 'antd';
import { useFormContext, useWatch } from 'react-hook-form';
import { urbanRuralLabel } from '../../../../shared/enums';
import { SelectField } from '../../components/SelectField';
import { fieldId } from './form-bindings';
import type { PersonFormValues } from './person-form-values';
import { EMPLOYMENT_STATUS_OPTIONS, URBAN_RURAL_OPTIONS } from '../../components/person-options';
import { PlacePicker } from './PlacePicker';
import type { Places } from '../../components/usePlaces';
import { FieldRow, fieldsOf, TextField } from '../../components/fields';

/** 住址 (常住地 required, 户籍地 optional, both villages of the county) and 就业 (当前就业状态). */
export function AddressSection({ places }: { places: Places }) {
  const { control } = useFormContext<PersonFormValues>();
  const bind = fieldsOf(control, fieldId);
  const village = useWatch({ control, name: 'residenceRegionId' });
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
        <SelectField {...bind('employmentStatus')} label="当前就业状态" required options={EMPLOYMENT_STATUS_OPTIONS} />
      </FieldRow>
    </>
  );
}
