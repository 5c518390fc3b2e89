import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { AppErrorBody } from '../../../shared/contract';

/**
 * Puts each of the core's field messages (`error.fields`, keyed by form path) under its form field.
 * Returns what belongs at the top of the form instead: the message of a rule or conflict that names no field of
 * this form, or field messages whose path is not a field of this form; null when every message found its field.
 */
export function applyServerError<T extends FieldValues>(
  error: AppErrorBody,
  setError: UseFormSetError<T>,
  fieldNames: readonly Path<T>[],
): string | null {
  const unmatched: string[] = [];
  let matched = 0;
  for (const [path, message] of Object.entries(error.fields ?? {})) {
    const name = fieldNames.find((f) => f === path);
    if (name) {
      setError(name, { type: 'server', message }, { shouldFocus: matched === 0 });
      matched++;
    } else unmatched.push(message);
  }
  // A conflict names the record it meets at the top as well; a rule or bad input whose every message found its
  // field is said once, under the field (issue 18: a contact date before the registration was shown twice).
  if (matched === 0 || (error.code !== 'BAD_INPUT' && error.code !== 'RULE_VIOLATION')) return error.message;
  return unmatched.length ? unmatched.join('；') : null;
}

/** Pass a module-level constant as fieldNames so the handler stays stable. Form-level error state plus a handler that routes a failed Result's messages to fields or the top. */
export function useServerError<T extends FieldValues>(setError: UseFormSetError<T>, fieldNames: readonly Path<T>[]) {
  const [formError, setFormError] = useState<string | null>(null);
  const showError = useCallback(
    (error: AppErrorBody) => setFormError(applyServerError(error, setError, fieldNames)),
    [setError, fieldNames],
  );
  const clearError = useCallback(() => setFormError(null), []);
  return { formError, showError, clearError };
}
