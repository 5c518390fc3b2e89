import type { FieldValues, Path } from 'react-hook-form';
import { FormField, type FormFieldProps } from './FormField';
import { PersonLookup, type PersonOption } from './PersonLookup';

export type PersonLookupFieldProps<T extends FieldValues, N extends Path<T>> = Omit<FormFieldProps<T, N>, 'render'> & {
  /** The person already chosen, shown before any search. */
  initial?: PersonOption | null;
  disabled?: boolean;
  autoFocus?: boolean;
};

/** A person of the register (PersonLookup) in a field that holds the person's id, null when none is chosen. */
export function PersonLookupField<T extends FieldValues, N extends Path<T>>(props: PersonLookupFieldProps<T, N>) {
  const { initial, disabled, autoFocus, ...field } = props;
  return (
    <FormField
      {...field}
      render={(f) => (
        <PersonLookup
          id={f.id}
          ref={f.ref}
          value={f.value as string | null}
          onChange={(id) => f.onChange(id)}
          onBlur={f.onBlur}
          initial={initial}
          disabled={disabled}
          status={f['aria-invalid'] ? 'error' : undefined}
          autoFocus={autoFocus}
        />
      )}
    />
  );
}
