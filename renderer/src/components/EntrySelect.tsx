import { Select, type RefSelectProps, type SelectProps } from 'antd';
import { useCallback, useEffect, useRef, type KeyboardEvent, type Ref } from 'react';
import { useOptionKeys } from './option-keys';

export interface EntrySelectProps extends SelectProps<string> {
  ref?: Ref<RefSelectProps>;
}

/**
 * A single-choice Select for keyboard data entry. Typing filters the options by their Chinese label, or by the
 * number shown before each option of a code list; the list opens on the current value, else on its first option
 * (useOptionKeys). The clear button (allowClear) is kept out of the Tab order, so Tab goes from field to field;
 * Delete clears the value.
 */
export function EntrySelect({ ref, onKeyDown, onOpenChange, popupRender, ...props }: EntrySelectProps) {
  const keys = useOptionKeys(props.options, { onOpenChange, popupRender });
  const own = useRef<RefSelectProps | null>(null);
  useEffect(() => {
    own.current?.nativeElement?.querySelectorAll<HTMLButtonElement>('.ant-select-clear').forEach((b) => {
      b.tabIndex = -1;
    });
  });
  const setRef = useCallback(
    (r: RefSelectProps | null) => {
      own.current = r;
      if (typeof ref === 'function') ref(r);
      else if (ref) (ref as { current: RefSelectProps | null }).current = r;
    },
    [ref],
  );
  const { allowClear, value, onChange } = props;
  const keyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const typed = (e.target as HTMLInputElement).value;
    if (allowClear && e.key === 'Delete' && value != null && !typed)
      onChange?.(undefined as unknown as string, undefined);
    onKeyDown?.(e);
  };
  return (
    <Select
      ref={setRef}
      showSearch={{ filterOption: keys.filterOption }}
      optionRender={keys.optionRender}
      {...props}
      onOpenChange={keys.onOpenChange}
      popupRender={keys.popupRender}
      onKeyDown={keyDown}
    />
  );
}
