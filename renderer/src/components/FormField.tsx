import { Flex, Form, Typography } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import {
  Controller,
  useFormState,
  type Control,
  type ControllerRenderProps,
  type FieldValues,
  type Path,
} from 'react-hook-form';

export type FieldControlProps<T extends FieldValues, N extends Path<T> = Path<T>> = ControllerRenderProps<T, N> & {
  id: string;
  'aria-invalid'?: boolean;
};

export interface FormFieldProps<T extends FieldValues, N extends Path<T>> {
  control: Control<T>;
  name: N;
  /** Visible label; it is bound to the control with htmlFor, so it is also the control's accessible name. */
  label: string;
  /** Unique in the document, e.g. `${formId}-${name}`. */
  id: string;
  required?: boolean;
  extra?: ReactNode;
  /** Label, control and `extra` on one line (a short question in a tall form), instead of stacked. */
  inline?: boolean;
  render: (field: FieldControlProps<T, N>) => ReactElement;
}

/** A react-hook-form field laid out by antd's Form.Item: label, required mark, and the field's message under it. */
export function FormField<T extends FieldValues, N extends Path<T>>({
  control,
  name,
  label,
  id,
  required,
  extra,
  inline,
  render,
}: FormFieldProps<T, N>) {
  // A change here re-checks the other fields that show an error (issue 18): a message that depended on this field
  // (下次联系日期 after 联系日期) goes once it is corrected here, and a save's answer under another field, which
  // only the next save can check again, is not left standing red.
  const { errors } = useFormState({ control });
  const others = Object.keys(errors).filter((k) => k !== name && k !== 'root') as Path<T>[];
  return (
    <Controller
      control={control}
      name={name}
      rules={{ deps: others }}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          htmlFor={id}
          required={required}
          extra={inline ? undefined : extra}
          layout={inline ? 'horizontal' : undefined}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message}
        >
          {inline ? (
            <Flex gap={12} align="center">
              {render({ ...field, id, 'aria-invalid': fieldState.error ? true : undefined })}
              {extra && (
                <Typography.Text type="secondary" style={{ flex: '1 1 0', minWidth: 0 }}>
                  {extra}
                </Typography.Text>
              )}
            </Flex>
          ) : (
            render({ ...field, id, 'aria-invalid': fieldState.error ? true : undefined })
          )}
        </Form.Item>
      )}
    />
  );
}
