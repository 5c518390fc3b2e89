import {
  CANCEL_REASONS,
  CONTACT_METHODS,
  CONTACT_RESULTS,
  JOB_WISHES,
  SERVICE_ITEMS,
  SERVICE_LEVELS,
  UNEMPLOYMENT_REASONS,
} from '../../../../shared/enums/registration-codes';
import { codeOptions } from '../../components/code-options';

// Select options of the registration and contact screens: Chinese labels, codes as values (UI.md).

export const REASON_OPTIONS = codeOptions(UNEMPLOYMENT_REASONS);
export const CANCEL_REASON_OPTIONS = codeOptions(CANCEL_REASONS);
export const METHOD_OPTIONS = codeOptions(CONTACT_METHODS);
export const RESULT_OPTIONS = codeOptions(CONTACT_RESULTS);
export const JOB_WISH_OPTIONS = codeOptions(JOB_WISHES);
export const SERVICE_OPTIONS = codeOptions(SERVICE_ITEMS);
export const LEVEL_OPTIONS = SERVICE_LEVELS.map((l) => ({ value: l.code, label: `${l.code} ${l.label}` }));

/** Tag colours of E16 (红/黄/绿). */
export const LEVEL_COLOURS: Record<string, string> = { A: 'red', B: 'gold', C: 'green' };
