import type { ReactNode } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { DateField, fieldsOf, TextField } from './fields';
import { SelectField } from './SelectField';

interface EndingFieldsProps<T extends FieldValues> {
  control: Control<T>;
  formId: string;
  /** The form's date, coded reason and note fields, in that order. */
  names: readonly [date: Path<T>, reason: Path<T>, note: Path<T>];
  /** What is done: 离岗, 退出, 注销 — the labels are `${verb}日期`, `${verb}原因`, `${verb}说明`. */
  verb: string;
  /** The reason's code list (codeOptions). */
  reasonOptions: readonly { value: string; label: string }[];
  /** A grey line under the date: the date it may not precede. */
  dateExtra?: ReactNode;
  /** The field the modal opens on; the date unless the reason is the first thing to choose. */
  focus?: 'date' | 'reason';
  /** Fields the reason asks for, shown between the reason and the note. */
  children?: ReactNode;
}

/**
 * The fields of ending something on a date with a coded reason and a free note (离岗, 退出认定, 注销登记): the date
 * and the reason required, the note up to 200 characters.
 */
export function EndingFields<T extends FieldValues>({
  control,
  formId,
  names: [date, reason, note],
  verb,
  reasonOptions,
  dateExtra,
  focus = 'date',
  children,
}: EndingFieldsProps<T>) {
  const bind = fieldsOf(control, formId);
  return (
    <>
      <DateField {...bind(date)} label={`${verb}日期`} required extra={dateExtra} autoFocus={focus === 'date'} />
      <SelectField
        {...bind(reason)}
        label={`${verb}原因`}
        required
        options={reasonOptions as { value: string; label: string }[]}
        placeholder="输入文字可查找"
        autoFocus={focus === 'reason'}
      />
      {children}
      <TextField {...bind(note)} label={`${verb}说明`} maxLength={200} />
    </>
  );
}
