import { ruleViolation } from '../../shared/contract/result';

/**
 * Refuses with a rule violation shown on one field of the form: the message is the refusal's and the field's;
 * `details` carry the rule id (and whether it may be overridden) where the caller names one.
 */
export const refuseField = (message: string, field: string, details?: Record<string, unknown>): never => {
  throw ruleViolation(message, { [field]: message }, details);
};
