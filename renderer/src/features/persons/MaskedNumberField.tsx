import { Button, Input, Space } from 'antd';
import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormField } from '../../components/FormField';
import { textBinding } from '../../components/field-bindings';
import { fieldId } from './form-bindings';
import type { PersonFormValues } from './person-form-values';

type NumberName = 'idNumber' | 'bankCardNo' | 'disabilityCertNo';
type ChangeName = 'changeIdNumber' | 'changeBankCardNo' | 'changeDisabilityCertNo';

interface MaskedNumberFieldProps {
  name: NumberName;
  changeName: ChangeName;
  label: string;
  /** The stored number, masked (VR-09); null when nothing is stored, and the field is then a plain input. */
  masked: string | null;
  required?: boolean;
  maxLength: number;
  placeholder?: string;
  autoFocus?: boolean;
  extra?: ReactNode;
}

/**
 * A number the record page only has masked (ID, bank card, disability certificate). It shows the masked value
 * and 修改; after 修改 the clerk types the new number in full (the old one is never sent to the screen).
 */
export function MaskedNumberField(props: MaskedNumberFieldProps) {
  const { name, changeName, label, masked, required, maxLength, placeholder, autoFocus, extra } = props;
  const { control, setValue, clearErrors, setFocus } = useFormContext<PersonFormValues>();
  const changing = useWatch({ control, name: changeName });
  const id = fieldId(name);
  const changeText = name === 'idNumber' ? '修改号码' : '修改';

  const locked = !!masked && !changing;
  const startChange = () => {
    setValue(changeName, true, { shouldDirty: true });
    setTimeout(() => setFocus(name), 0);
  };
  const cancelChange = () => {
    setValue(name, '', { shouldDirty: true });
    setValue(changeName, false, { shouldDirty: true });
    clearErrors(name);
  };
  return (
    <FormField
      {...{ control, name, id, label, required }}
      extra={extra ?? (masked && !locked ? '请输入完整的新号码' : undefined)}
      render={(field) =>
        locked ? (
          <Space.Compact style={{ width: '100%' }}>
            <Input
              id={id}
              value={masked}
              readOnly
              aria-readonly
              style={{ fontFamily: 'Consolas, "DejaVu Sans Mono", monospace' }}
            />
            <Button onClick={startChange}>{changeText}</Button>
          </Space.Compact>
        ) : (
          <Space.Compact style={{ width: '100%' }}>
            <Input
              {...textBinding(field)}
              // VR-01: the check character is stored as upper-case X; show it so while typing.
              onChange={(e) => field.onChange(name === 'idNumber' ? e.target.value.replace(/x/g, 'X') : e.target.value)}
              maxLength={maxLength}
              placeholder={placeholder}
              autoFocus={autoFocus}
              autoComplete="off"
            />
            {masked && <Button onClick={cancelChange}>取消修改</Button>}
          </Space.Compact>
        )
      }
    />
  );
}
