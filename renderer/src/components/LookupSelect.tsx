import { Select, type RefSelectProps, type SelectProps } from 'antd';
import type { Ref } from 'react';
import type { useLookup } from './useLookupSearch';

type Lookup = Pick<ReturnType<typeof useLookup>, 'clear' | 'holdEnter' | 'selectProps'>;

interface LookupSelectProps<T> extends Omit<SelectProps<string>, 'options' | 'onChange'> {
  /** The lookup's state (useLookup). */
  lookup: Lookup;
  /** What the lookup offers now (lookup.options). */
  items: T[];
  valueOf: (item: T) => string;
  labelOf: (item: T) => string;
  /** The item taken (null when cleared) and the select's value. */
  onPick: (item: T | null, value: string | null) => void;
  ref?: Ref<RefSelectProps>;
}

/**
 * The select of a keyboard lookup (persons, contacts): Enter is held while the typed text is searched, the items are
 * the options, and taking one clears the typed text before `onPick` is told.
 */
export function LookupSelect<T>({ lookup, items, valueOf, labelOf, onPick, ...select }: LookupSelectProps<T>) {
  return (
    <div onKeyDownCapture={lookup.holdEnter}>
      <Select<string>
        {...select}
        {...lookup.selectProps}
        options={items.map((o) => ({ value: valueOf(o), label: labelOf(o) }))}
        onChange={(v) => {
          lookup.clear();
          onPick(items.find((o) => valueOf(o) === v) ?? null, v ?? null);
        }}
      />
    </div>
  );
}
