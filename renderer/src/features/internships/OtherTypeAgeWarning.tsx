import { Alert } from 'antd';
import { isValidDate, normaliseTypedDate } from '../../../../shared/domain/dates';
import { otherTypeAgeWarning } from '../../../../shared/domain/internship-eligibility';
import { useRead } from '../../api';
import { useRuleValuesOn } from '../../components/useRuleNumberOn';

/**
 * 见习人员类别 “其他”: no age cap (BR-25 has one for 失业青年 only), but a warning when the chosen person is over the
 * youth cap in force on the start date (otherTypeAgeWarning). Nothing until the person and a valid start are given.
 */
export function OtherTypeAgeWarning({ personId, agreementStart }: { personId: string | null; agreementStart: string }) {
  const start = normaliseTypedDate(agreementStart);
  const on = isValidDate(start) && personId ? start : null;
  const { data: person } = useRead('persons.get', on && personId ? { id: personId } : null);
  const max = useRuleValuesOn('internships.youthAges', on)?.max;
  if (!on || !person || typeof max !== 'number') return null;
  const warning = otherTypeAgeWarning(person.birthDate, on, max);
  return warning ? <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} /> : null;
}
