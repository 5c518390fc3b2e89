import { Checkbox, Col, Input, InputNumber, Row, type InputNumberProps, type InputProps } from 'antd';
import { Children, type ReactElement, type ReactNode } from 'react';
import type { PasswordProps, TextAreaProps } from 'antd/es/input';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { DateInput } from './DateInput';
import { textBinding } from './field-bindings';
import { FormField, type FieldControlProps, type FormFieldProps } from './FormField';

// Typed fields of the forms: a FormField (label, required mark, message) holding one control bound to the field.
// The select field is SelectField; the password pair is PasswordFields.

/**
 * The control, name and id of one form's fields, to spread into a field component:
 * `const bind = fieldsOf(control, FORM_ID)` then `<TextField {...bind('name')} label="…" />`. The id is
 * `${formId}-${name}`, or what `idOf` makes of the name.
 */
export function fieldsOf<T extends FieldValues>(control: Control<T>, formId: string | ((name: string) => string)) {
  const idOf = typeof formId === 'string' ? (name: string) => `${formId}-${name}` : formId;
  return <N extends Path<T>>(name: N) => ({ control, name, id: idOf(name) });
}

/**
 * One row of a form's fields side by side: each child in a column of the given span (of 24), in order. A child that
 * is not shown (false, null) keeps its place, so the spans of the others do not move.
 */
export function FieldRow({ spans, children }: { spans: readonly number[]; children: ReactNode }) {
  return (
    <Row gutter={16}>
      {Children.map(children, (child, i) =>
        child == null || child === false ? null : <Col span={spans[i]}>{child}</Col>,
      )}
    </Row>
  );
}

type FieldProps<T extends FieldValues, N extends Path<T>> = Omit<FormFieldProps<T, N>, 'render'>;

/** What a field binds itself on its control; the field component does not take them. */
export type BoundProps = 'id' | 'name' | 'value' | 'onChange' | 'onBlur' | 'ref' | 'aria-invalid';

/**
 * A field component: FormField's props (control, name, label, id, required, extra) lay out and bind the field, the
 * others (P) go to the control that `draw` makes of the bound field.
 */
export function controlField<P extends object>(draw: (field: FieldControlProps<FieldValues>, rest: P) => ReactElement) {
  return function Field<T extends FieldValues, N extends Path<T>>(props: FieldProps<T, N> & P) {
    const { control, name, label, id, required, extra, ...rest } = props;
    return (
      <FormField
        {...{ control, name, label, id, required, extra }}
        render={(f) => draw(f as unknown as FieldControlProps<FieldValues>, rest as unknown as P)}
      />
    );
  };
}

/** A date typed as YYYY-MM-DD (DateInput) in a string field. */
export const DateField = controlField<{ autoFocus?: boolean; disabled?: boolean; placeholder?: string }>(
  (f, { autoFocus, disabled, placeholder }) => (
    <DateInput {...f} autoFocus={autoFocus} disabled={disabled ?? f.disabled} placeholder={placeholder} />
  ),
);

/** A one-line text Input in a string field (null shows as empty); no browser autocomplete. */
export const TextField = controlField<Omit<InputProps, BoundProps>>((f, input) => (
  <Input autoComplete="off" {...textBinding(f)} {...input} />
));

/** A password (Input.Password) in a string field; `autoComplete` says which password it is. */
export const PasswordField = controlField<Omit<PasswordProps, BoundProps>>((f, input) => (
  <Input.Password {...f} value={(f.value as string | undefined) ?? ''} {...input} />
));

/** A multi-line text in a string field (null shows as empty). */
export const TextAreaField = controlField<Omit<TextAreaProps, BoundProps>>((f, area) => (
  <Input.TextArea {...textBinding(f)} {...area} />
));

/** A checkbox in a boolean field; the children are the text beside the box. */
export const CheckboxField = controlField<{ children: ReactNode; disabled?: boolean }>((f, { children, disabled }) => (
  <Checkbox
    id={f.id}
    ref={f.ref}
    checked={!!f.value}
    disabled={disabled}
    onChange={(e) => f.onChange(e.target.checked)}
    onBlur={f.onBlur}
  >
    {children}
  </Checkbox>
));

/** A number (InputNumber, full width) in a number field that holds null when empty. */
export const NumberField = controlField<Omit<InputNumberProps<number>, BoundProps>>((f, input) => (
  <InputNumber<number> {...f} value={f.value as number | null} style={{ width: '100%' }} {...input} />
));
