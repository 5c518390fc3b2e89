import { Select, type RefSelectProps } from 'antd';
import type { KeyboardEvent, Ref } from 'react';
import { controlField } from './fields';
import { useOptionKeys } from './option-keys';

interface MultiCodeSelectProps {
  id: string;
  ref?: Ref<RefSelectProps>;
  value: string[];
  onChange: (v: string[]) => void;
  onBlur?: () => void;
  options: { value: string; label: string }[];
  placeholder?: string;
  'aria-invalid'?: boolean;
}

/**
 * A set of codes by keyboard: type part of a label, Enter adds the highlighted item (the list stays open for the
 * next one), Tab leaves. The list opens on its first option every time and each option's number picks it
 * (useOptionKeys), so the same keys always add the same item. rc-select would take Tab as "toggle the highlighted item" — which removes an item
 * just added — so Tab is kept from the list and only moves the focus (leaving closes the list).
 */
export function MultiCodeSelect({
  id,
  ref,
  value,
  onChange,
  onBlur,
  options,
  placeholder,
  ...aria
}: MultiCodeSelectProps) {
  const keys = useOptionKeys(options);
  const keepTab = (e: KeyboardEvent) => {
    if (e.key === 'Tab') e.stopPropagation();
  };
  return (
    <div onKeyDownCapture={keepTab}>
      <Select<string[]>
        id={id}
        ref={ref}
        mode="multiple"
        aria-invalid={aria['aria-invalid']}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        options={options}
        showSearch={{ filterOption: keys.filterOption }}
        optionRender={keys.optionRender}
        onOpenChange={keys.onOpenChange}
        popupRender={keys.popupRender}
        placeholder={placeholder}
        style={{ width: '100%' }}
      />
    </div>
  );
}

/** A set of codes (MultiCodeSelect) in a form's code-list field: 服务需求, 本次提供服务, 补录认定's 认定类别. */
export const MultiCodeField = controlField<Pick<MultiCodeSelectProps, 'options' | 'placeholder'>>(
  (f, { options, placeholder }) => (
    <MultiCodeSelect
      id={f.id}
      ref={f.ref}
      aria-invalid={f['aria-invalid']}
      value={f.value as string[]}
      onChange={(v) => f.onChange(v)}
      onBlur={f.onBlur}
      options={options}
      placeholder={placeholder}
    />
  ),
);
