import { Checkbox, Col, Input, InputNumber, Row, type InputNumberProps, type InputProps } from 'antd';
import { Children, type ReactNode } from 'react';
import type { TextAreaProps } from 'antd/es/input';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { DateInput } from './DateInput';
import { textBinding } from './field-bindings';
import { FormField, type FormFieldProps } from './FormField';

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

type DateFieldProps<T extends FieldValues, N extends Path<T>> = FieldProps<T, N> & {
  autoFocus?: boolean;
  disabled?: boolean;
  placeholder?: string;
};

/** A date typed as YYYY-MM-DD (DateInput) in a string field. */
export function DateField<T extends FieldValues, N extends Path<T>>(props: DateFieldProps<T, N>) {
  const { autoFocus, disabled, placeholder, ...field } = props;
  return (
    <FormField
      {...field}
      render={(f) => (
        <DateInput {...f} autoFocus={autoFocus} disabled={disabled ?? f.disabled} placeholder={placeholder} />
      )}
    />
  );
}

type TextFieldProps<T extends FieldValues, N extends Path<T>> = FieldProps<T, N> &
  Omit<InputProps, 'id' | 'name' | 'value' | 'onChange' | 'onBlur' | 'ref' | 'aria-invalid'>;

/** A one-line text Input in a string field (null shows as empty); no browser autocomplete. */
export function TextField<T extends FieldValues, N extends Path<T>>(props: TextFieldProps<T, N>) {
  const { control, name, label, id, required, extra, ...input } = props;
  return (
    <FormField
      {...{ control, name, label, id, required, extra }}
      render={(f) => <Input autoComplete="off" {...textBinding(f)} {...input} />}
    />
  );
}

type TextAreaFieldProps<T extends FieldValues, N extends Path<T>> = FieldProps<T, N> &
  Omit<TextAreaProps, 'id' | 'name' | 'value' | 'onChange' | 'onBlur' | 'ref' | 'aria-invalid'>;

/** A multi-line text in a string field (null shows as empty). */
export function TextAreaField<T extends FieldValues, N extends Path<T>>(props: TextAreaFieldProps<T, N>) {
  const { control, name, label, id, required, extra, ...area } = props;
  return (
    <FormField
      {...{ control, name, label, id, required, extra }}
      render={(f) => <Input.TextArea {...textBinding(f)} {...area} />}
    />
  );
}

type CheckboxFieldProps<T extends FieldValues, N extends Path<T>> = FieldProps<T, N> & {
  /** The text beside the box. */
  children: ReactNode;
  disabled?: boolean;
};

/** A checkbox in a boolean field. */
export function CheckboxField<T extends FieldValues, N extends Path<T>>(props: CheckboxFieldProps<T, N>) {
  const { children, disabled, ...field } = props;
  return (
    <FormField
      {...field}
      render={(f) => (
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
      )}
    />
  );
}

type NumberFieldProps<T extends FieldValues, N extends Path<T>> = FieldProps<T, N> &
  Omit<InputNumberProps<number>, 'id' | 'name' | 'value' | 'onChange' | 'onBlur' | 'ref' | 'aria-invalid'>;

/** A number (InputNumber, full width) in a number field that holds null when empty. */
export function NumberField<T extends FieldValues, N extends Path<T>>(props: NumberFieldProps<T, N>) {
  const { control, name, label, id, required, extra, ...input } = props;
  return (
    <FormField
      {...{ control, name, label, id, required, extra }}
      render={(f) => (
        <InputNumber<number> {...f} value={f.value as number | null} style={{ width: '100%' }} {...input} />
      )}
    />
  );
}
