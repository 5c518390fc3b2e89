import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { personInputSchema, personUpdateSchema, type PersonDetail } from '../../../../shared/contract/persons';
import { toCreateInput, toUpdateInput, type PersonFormValues } from './person-form-values';

/**
 * zodResolver over the core's own schema (personInputSchema / personUpdateSchema on the working date), run on
 * what the form will send. Errors keep the form's paths; on success the form values pass through unchanged.
 */
export function personResolver(today: string, detail: PersonDetail | null): Resolver<PersonFormValues> {
  if (detail) {
    const inner = zodResolver(personUpdateSchema(today));
    return async (values, context, options) => {
      const r = await inner(toUpdateInput(values, detail), context, options as never);
      return Object.keys(r.errors).length ? { values: {}, errors: r.errors as never } : { values, errors: {} };
    };
  }
  const inner = zodResolver(personInputSchema(today));
  return async (values, context, options) => {
    const r = await inner(toCreateInput(values), context, options as never);
    return Object.keys(r.errors).length ? { values: {}, errors: r.errors as never } : { values, errors: {} };
  };
}
