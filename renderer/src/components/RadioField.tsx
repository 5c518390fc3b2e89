import { Radio, type RadioGroupProps } from 'antd';
import type { FieldValues, Path, PathValue } from 'react-hook-form';
import { FormField, type FormFieldProps } from './FormField';

type RadioFieldProps<T extends FieldValues, N extends Path<T>> = Omit<FormFieldProps<T, N>, 'render'> &
  Omit<RadioGroupProps, 'id' | 'name' | 'value' | 'onChange'> & {
    /** Called after the field took the choice (to reset what depends on it). */
    onPick?: (value: PathValue<T, N>) => void;
  };

/** A choice of a few options shown as buttons (Radio.Group) in a field; everything else goes to the group. */
export function RadioField<T extends FieldValues, N extends Path<T>>(props: RadioFieldProps<T, N>) {
  const { control, name, label, id, required, extra, inline, onPick, ...group } = props;
  return (
    <FormField
      {...{ control, name, label, id, required, extra, inline }}
      render={(f) => (
        <Radio.Group
          id={f.id}
          value={f.value}
          optionType="button"
          aria-invalid={f['aria-invalid']}
          {...group}
          onChange={(e) => {
            f.onChange(e.target.value);
            onPick?.(e.target.value as PathValue<T, N>);
          }}
        />
      )}
    />
  );
}
