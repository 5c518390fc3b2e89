import { EntrySelect, type EntrySelectProps } from './EntrySelect';
import { selectBinding } from './field-bindings';
import { controlField, type BoundProps } from './fields';
import { townshipOptions, usePlaces } from './usePlaces';

/** The places' townships to pick, a retired one only while it is the current value (townshipOptions). */
function TownshipPick({ value, ...select }: EntrySelectProps) {
  const places = usePlaces();
  return <EntrySelect {...select} value={value} options={townshipOptions(places, value)} />;
}

/**
 * A 乡镇(街道) chosen in a form (a class's 培训地点, a roster's 乡镇): a SelectField whose options are the
 * townships the account may pick (usePlaces), the retired one the record already names kept.
 */
export const TownshipField = controlField<Omit<EntrySelectProps, BoundProps | 'options'>>((f, select) => (
  <TownshipPick placeholder="请选择乡镇(街道)" {...selectBinding(f)} {...select} />
));
