import { Typography } from 'antd';
import type { Control } from 'react-hook-form';
import { isValidDate } from '../../../../shared/domain/dates';
import { normaliseTypedDate } from '../../../../shared/domain/dates';
import { fieldsOf, NumberField } from '../../components/fields';
import { yuanText } from './internship-labels';
import { useRead } from '../../api';
import type { InternshipFormValues } from './internship-form-values';

/**
 * BR-27: the living allowance standard defaults to the county's monthly minimum wage in force on the start date;
 * the host allowance must be at least half of it (VR-14, checked by the core).
 */
export function useMinWage(agreementStart: string) {
  const start = normaliseTypedDate(agreementStart);
  const { data, error } = useRead(
    'posts.defaultStandard',
    isValidDate(start) ? { areaType: 'urban', fullTime: true, onDate: start } : null,
  );
  return isValidDate(start) ? { fen: data?.minWageMonthlyFen ?? null, basis: data?.basis ?? null, error } : null;
}

/** What the default is, under the standard: the minimum wage on the start date and where it comes from. */
function DefaultHint({ wage }: { wage: ReturnType<typeof useMinWage> }) {
  if (!wage) return <>填写见习协议开始日期后显示</>;
  if (wage.error) return <Typography.Text type="danger">{wage.error}</Typography.Text>;
  if (wage.fen === null) return <Typography.Text type="warning">开始日期没有适用的最低工资标准</Typography.Text>;
  return (
    <>
      默认为最低工资标准 <Typography.Text strong>{yuanText(wage.fen)}/月</Typography.Text>
      ，随每月1日的最低工资标准调整；填写其他金额则固定不变
      <br />
      <span style={{ fontSize: 12 }}>{wage.basis}</span>
    </>
  );
}

/**
 * 生活费补助标准(元/月): filled with the BR-27 default (InternshipFormFields keeps it in step with the start date);
 * another amount is the internship's own standard. The core's refusals of it show under it.
 */
export function AllowanceStandard({
  control,
  formId,
  wage,
}: {
  control: Control<InternshipFormValues>;
  formId: string;
  wage: ReturnType<typeof useMinWage>;
}) {
  const bind = fieldsOf(control, formId);
  return (
    <div aria-label="生活费补助标准" role="group">
      <NumberField
        {...bind('allowanceStandard')}
        label="生活费补助标准(元/月)"
        extra={<DefaultHint wage={wage} />}
        min={0}
        precision={2}
      />
    </div>
  );
}
