import type { Control, FieldValues, Path } from 'react-hook-form';
import { isValidDate } from '../../../../shared/domain/dates';
import { normaliseTypedDate } from '../../../../shared/domain/dates';

import { DateField, FieldRow, fieldsOf } from '../../components/fields';

/** The two dates of a 见习基地 (§3.11): recognised on, valid until. */
export interface BaseDates {
  baseRecognisedDate: string;
  baseValidUntil: string;
}

/** Both dates are needed to place interns and to warn before the status lapses. */
export function checkBaseDates(v: BaseDates): Record<string, { type: string; message: string }> {
  const errors: Record<string, { type: string; message: string }> = {};
  const from = normaliseTypedDate(v.baseRecognisedDate);
  const until = normaliseTypedDate(v.baseValidUntil);
  if (!from) errors.baseRecognisedDate = { type: 'required', message: '请填写见习基地认定日期' };
  else if (!isValidDate(from))
    errors.baseRecognisedDate = { type: 'format', message: '见习基地认定日期不是有效的日期（格式 YYYY-MM-DD）' };
  if (!until) errors.baseValidUntil = { type: 'required', message: '请填写见习基地有效期至' };
  else if (!isValidDate(until))
    errors.baseValidUntil = { type: 'format', message: '见习基地有效期至不是有效的日期（格式 YYYY-MM-DD）' };
  else if (isValidDate(from) && until < from)
    errors.baseValidUntil = { type: 'order', message: '见习基地有效期不能早于认定日期' };
  return errors;
}

export function BaseDateFields<T extends FieldValues & BaseDates>({
  control,
  formId,
  autoFocus,
}: {
  control: Control<T>;
  formId: string;
  autoFocus?: boolean;
}) {
  const bind = fieldsOf(control, formId);
  const date = (name: keyof BaseDates, label: string, focus?: boolean) => (
    <DateField {...bind(name as Path<T>)} label={label} required autoFocus={focus} />
  );
  return (
    <FieldRow spans={[12, 12]}>
      {date('baseRecognisedDate', '见习基地认定日期', autoFocus)}
      {date('baseValidUntil', '见习基地有效期至')}
    </FieldRow>
  );
}
