// The person form's schemas bounded by the working date (VR-01 step 4), for persons.create / persons.update and
// the person import's check. Building them is not free and "today" rarely changes: one pair per working date.
import { personInputSchema, personUpdateSchema } from '../../../../shared/contract/person-input';

const schemas = { today: '', create: personInputSchema(), update: personUpdateSchema() };

export function personSchemasOn(today: string) {
  if (schemas.today !== today)
    Object.assign(schemas, { today, create: personInputSchema(today), update: personUpdateSchema(today) });
  return schemas;
}
