import { useFormContext, useWatch } from 'react-hook-form';
import type { PersonDetail } from '../../../../shared/contract/persons';
import { useRead } from '../../api';
import { factsFrom, factsFromIdNumber, type IdFacts } from './id-facts';
import type { PersonFormValues } from './person-form-values';

/**
 * What the person form knows from the ID (the stored person's unless the clerk retypes it) and the retirement category
 * (the county's default for women from 规则设置, in force today: the core applies the same when the field is empty).
 */
export function useIdFacts(detail: PersonDetail | null, today: string) {
  const { control } = useFormContext<PersonFormValues>();
  const [idNumber, changeId, category] = useWatch({
    control,
    name: ['idNumber', 'changeIdNumber', 'retirementCategory'],
  });
  const rules = useRead('ruleSettings.list', {});
  const femaleDefault: 'F50' | 'F55' =
    rules.data?.items.find((s) => s.key === 'persons.femaleRetirementDefault')?.inForce.values.value === 'F55'
      ? 'F55'
      : 'F50';
  const facts: IdFacts | null =
    detail && !changeId
      ? factsFrom(detail.sex, detail.birthDate, today, category, [], femaleDefault)
      : factsFromIdNumber(idNumber, today, category, femaleDefault);
  return { facts, femaleDefault, idNumber, changeId };
}
