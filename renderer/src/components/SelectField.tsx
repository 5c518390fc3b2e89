import { EntrySelect, type EntrySelectProps } from './EntrySelect';
import { selectBinding } from './field-bindings';
import { controlField, type BoundProps } from './fields';

/**
 * The one select field of the forms: a FormField (label, required mark, message) holding an EntrySelect bound to a
 * code field that holds null when empty. Everything else (options, placeholder, allowClear …) goes to the select.
 */
export const SelectField = controlField<Omit<EntrySelectProps, BoundProps>>((f, select) => (
  <EntrySelect {...selectBinding(f)} {...select} />
));
