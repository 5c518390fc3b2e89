import { Button, Space, Typography } from 'antd';
import { useFormContext } from 'react-hook-form';
import { convertLegacyIdNumber } from '../../../../shared/domain/id-number';
import type { PersonFormValues } from './person-form-values';

/**
 * VR-02 under 公民身份号码 when 15 digits are typed: the schema refuses the number as a first-generation ID; this
 * shows the 18-digit number it converts to, and only the clerk's click on 转换为18位 puts it in the field (the
 * confirmation the rule asks for). Nothing when the number cannot be converted: the field's message says why.
 */
export function LegacyIdConverter({ idNumber }: { idNumber: string }) {
  const { setValue } = useFormContext<PersonFormValues>();
  const converted = convertLegacyIdNumber(idNumber);
  if (!converted.ok) return null;
  return (
    <Space size={4} wrap>
      <Typography.Text>
        转换为18位是 <Typography.Text strong>{converted.value}</Typography.Text>，请与本人证件核对
      </Typography.Text>
      <Button
        size="small"
        onClick={() => setValue('idNumber', converted.value, { shouldDirty: true, shouldValidate: true })}
      >
        转换为18位
      </Button>
    </Space>
  );
}
