import { Select, type RefSelectProps, type SelectProps } from 'antd';
import { useCallback, useEffect, useRef, type KeyboardEvent, type Ref } from 'react';

export interface EntrySelectProps extends SelectProps<string> {
  ref?: Ref<RefSelectProps>;
}

/**
 * A single-choice Select for keyboard data entry. Typing filters the options by their Chinese label; the clear
 * button (allowClear) is kept out of the Tab order, so Tab goes from field to field; Delete clears the value.
 */
export function EntrySelect({ ref, onKeyDown, ...props }: EntrySelectProps) {
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
  return <Select ref={setRef} showSearch={{ optionFilterProp: 'label' }} {...props} onKeyDown={keyDown} />;
}
