import { Select, type RefSelectProps, type SelectProps } from 'antd';
import type { Ref } from 'react';
import type { useLookup } from './useLookupSearch';

/** What the select uses of a lookup over items `T` (useLookup). */
type Lookup<T> = Pick<ReturnType<typeof useLookup>, 'clear' | 'holdEnter' | 'selectProps'> & {
  options: (chosen: T | null) => T[];
};

interface LookupSelectProps<T> extends Omit<SelectProps<string>, 'options' | 'onChange' | 'value'> {
  /** The lookup's state (useLookup). */
  lookup: Lookup<T>;
  /** The chosen item's value. */
  value?: string | null;
  /** The item chosen last, shown while nothing is typed if it is still the value. */
  chosen: T | null;
  valueOf: (item: T) => string;
  labelOf: (item: T) => string;
  /** The item taken (null when cleared) and the select's value. */
  onPick: (item: T | null, value: string | null) => void;
  ref?: Ref<RefSelectProps>;
}

/**
 * The select of a keyboard lookup (persons, contacts): Enter is held while the typed text is searched, the lookup's
 * items are the options (the chosen one while nothing is typed), and taking one clears the typed text before
 * `onPick` is told.
 */
export function LookupSelect<T>({ lookup, value, chosen, valueOf, labelOf, onPick, ...select }: LookupSelectProps<T>) {
  const items = lookup.options(chosen && valueOf(chosen) === value ? chosen : null);
  return (
    <div onKeyDownCapture={lookup.holdEnter}>
      <Select<string>
        {...select}
        value={value ?? undefined}
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
