import type { Resolver } from 'react-hook-form';
import { personInputSchema, personUpdateSchema, type PersonDetail } from '../../../../shared/contract/persons';
import { inputResolver } from '../../components/input-resolver';
import { toCreateInput, toUpdateInput, type PersonFormValues } from './person-form-values';

/** The shared input resolver over the core's own schema on the working date (personInputSchema / personUpdateSchema). */
export function personResolver(today: string, detail: PersonDetail | null): Resolver<PersonFormValues> {
  return detail
    ? inputResolver<PersonFormValues>(personUpdateSchema(today), (v) => toUpdateInput(v, detail))
    : inputResolver<PersonFormValues>(personInputSchema(today), toCreateInput);
}
