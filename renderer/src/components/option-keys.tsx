import type { SelectProps } from 'antd';
import { Fragment, useMemo, useState, type ReactElement, type ReactNode } from 'react';

/** Lists this short are code lists: their options are numbered, and typing the number picks the option. */
const MAX_NUMBERED = 20;

interface Option {
  value?: unknown;
  label?: ReactNode;
}

type Keys = Pick<SelectProps, 'onOpenChange' | 'popupRender' | 'optionRender'> & {
  filterOption: (input: string, option?: Option) => boolean;
};

/**
 * The same keys always pick the same option (issue 18: ↓↓ Enter must not depend on the previous contact):
 * - the list opens on its first option every time (rc-select would keep the option highlighted when it last closed,
 *   so the list is mounted afresh on each opening; a single choice still opens on its current value);
 * - a code list shows a number before each option, and typing that number leaves only that option, so "2 Enter"
 *   always takes the second one; other text finds options by their Chinese label.
 */
export function useOptionKeys(
  options: readonly Option[] | undefined,
  own: Pick<SelectProps, 'onOpenChange' | 'popupRender'> = {},
): Keys {
  const [openings, setOpenings] = useState(0);
  const numbers = useMemo(() => {
    const list = options ?? [];
    return list.length <= MAX_NUMBERED ? new Map(list.map((o, i) => [o.value, i + 1])) : null;
  }, [options]);
  const { onOpenChange, popupRender } = own;
  return {
    onOpenChange: (open: boolean) => {
      if (open) setOpenings((n) => n + 1);
      onOpenChange?.(open);
    },
    popupRender: (menu: ReactElement) => <Fragment key={openings}>{popupRender ? popupRender(menu) : menu}</Fragment>,
    filterOption: (input: string, option?: Option) => {
      const typed = input.trim();
      const n = numbers?.get(option?.value);
      if (n !== undefined && /^\d+$/.test(typed)) return Number(typed) === n;
      return String(option?.label ?? '')
        .toLowerCase()
        .includes(typed.toLowerCase());
    },
    optionRender: numbers
      ? (o) => (
          <>
            <span className="option-key" aria-hidden>
              {numbers.get(o.value)}
            </span>
            <span>{o.label}</span>
          </>
        )
      : undefined,
  };
}
