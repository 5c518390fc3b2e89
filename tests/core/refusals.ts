// What a refused call looks like to the core tests (the Result envelope of shared/contract/result.ts), written
// once: the expected shapes for toMatchObject, and the refusal's parts read from a Result.
import type { ErrorCode, Result } from '../../shared/contract/result';

const refused = (error: Record<string, unknown>) => ({ ok: false, error });

/** A BAD_INPUT refusal naming these fields with these messages (for toMatchObject). */
export const refusedBadInput = (fields: Record<string, unknown>) => refused({ code: 'BAD_INPUT', fields });

/** A RULE_VIOLATION refusal naming these fields with these messages (for toMatchObject). */
export const refusedRuleFields = (fields: Record<string, unknown>) => refused({ code: 'RULE_VIOLATION', fields });

/** A refusal with this code, and this message when one is given (for toMatchObject). */
export const refusedAs = (code: ErrorCode, message?: unknown) =>
  refused(message === undefined ? { code } : { code, message });

/** A RULE_VIOLATION refusal whose message is also the named field's message, and these details if given. */
export const refusedRule = (field: string, message: string | RegExp, details?: Record<string, unknown>) =>
  refused({ code: 'RULE_VIOLATION', message, fields: { [field]: message }, ...(details ? { details } : {}) });

/** A CONFLICT refusal naming the record that already holds the value (for toMatchObject). */
export const refusedTaken = (message: string, existingId: string) =>
  refused({ code: 'CONFLICT', message, details: { existingId } });

/** A refusal with this message, whatever its code (for toMatchObject). */
export const refusedWith = (message: unknown) => refused({ message });

/** The refusal's message, or null when the call succeeded. */
export const messageOf = (r: Result<unknown>) => (r.ok ? null : r.error.message);

/** The refusal's field messages, or null when the call succeeded. */
export const fieldsOf = (r: Result<unknown>) => (r.ok ? null : r.error.fields);
